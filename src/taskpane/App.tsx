import * as React from "react";
import {
  Badge,
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  makeStaticStyles,
  makeStyles,
  tokens,
  typographyStyles,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { SettingsRegular } from "@fluentui/react-icons";
import { defaultState, stateToRows } from "../excel/state-format";
import type { CheckRun } from "./check";
import { runCheck } from "./check";
import type { ReadProgress, StoredState, WorkbookDoor } from "./door";
import { openFileDoor } from "./file-door";
import type { HostInfo } from "./host";
import { FileOpener } from "./components/FileOpener";
import { Problem, ProblemInfo, problemOf } from "./components/Problem";
import { ControlePane } from "./panes/ControlePane";

/* The less-used panes load when first opened (chunks of their own). */
const HerverdelingPane = React.lazy(() =>
  import(/* webpackChunkName: "herverdeling" */ "./panes/HerverdelingPane").then((m) => ({ default: m.HerverdelingPane })),
);
const VerdeelsleutelPane = React.lazy(() =>
  import(/* webpackChunkName: "verdeelsleutel" */ "./panes/VerdeelsleutelPane").then((m) => ({
    default: m.VerdeelsleutelPane,
  })),
);
const InstellingenPane = React.lazy(() =>
  import(/* webpackChunkName: "instellingen" */ "./panes/InstellingenPane").then((m) => ({ default: m.InstellingenPane })),
);

const useGlobalStyles = makeStaticStyles({
  body: { margin: 0 },
});

const useStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
  },
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS}`,
  },
  titles: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 1 },
  title: { ...typographyStyles.subtitle1, margin: 0, color: tokens.colorNeutralForeground1 },
  subtitle: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground3,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  nav: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  tabs: { flexWrap: "wrap" },
  main: { flexGrow: 1 },
  loading: { padding: tokens.spacingHorizontalXXL },
});

export type TabValue = "controle" | "herverdeling" | "verdeelsleutel" | "instellingen";

export interface AppProps {
  host: HostInfo;
  /** The open workbook in Excel; absent outside Office until a file is opened. */
  door?: WorkbookDoor;
  /** Outside Office: how a file becomes a door (ExcelJS in the page). */
  openFile?: (data: ArrayBuffer, name: string) => Promise<WorkbookDoor>;
  /** Check the workbook as soon as the pane opens (in Excel). */
  checkOnOpen?: boolean;
  initialTab?: TabValue;
}

const sameState = (a: StoredState, b: StoredState) => JSON.stringify(stateToRows(a)) === JSON.stringify(stateToRows(b));

export function App({ host, door: excelDoor, openFile = openFileDoor, checkOnOpen = true, initialTab = "controle" }: AppProps) {
  useGlobalStyles();
  const styles = useStyles();
  const [door, setDoor] = React.useState<WorkbookDoor | null>(excelDoor ?? null);
  const [fileName, setFileName] = React.useState<string | null>(null);
  const [state, setState] = React.useState<StoredState>(defaultState);
  const [run, setRun] = React.useState<CheckRun | null>(null);
  const [progress, setProgress] = React.useState<ReadProgress | null>(null);
  const [problem, setProblem] = React.useState<ProblemInfo | null>(null);
  const [stale, setStale] = React.useState<string | null>(null);
  const [tab, setTab] = React.useState<TabValue>(initialTab);
  const latest = React.useRef(0);
  const stateRef = React.useRef(state);
  stateRef.current = state;
  const runRef = React.useRef(run);
  runRef.current = run;

  const check = React.useCallback(async (target: WorkbookDoor | null = door) => {
    if (!target) return;
    const ticket = ++latest.current;
    setProblem(null);
    setProgress({ phase: "Werkmap lezen", fraction: 0 });
    try {
      const result = await runCheck(target, (p) => {
        if (ticket === latest.current) setProgress(p);
      });
      if (ticket !== latest.current) return;
      setRun(result);
      setState(result.state);
      setStale(null);
    } catch (error) {
      if (ticket === latest.current) setProblem(problemOf(error, () => void check(target), "De controle is niet gelukt"));
    } finally {
      if (ticket === latest.current) setProgress(null);
    }
  }, [door]);

  /** Re-read the stored state (a co-author may have saved other settings). */
  const reloadState = React.useCallback(async () => {
    if (!door || door.mode !== "excel") return;
    try {
      const fresh = await door.loadState();
      if (!sameState(fresh, stateRef.current)) {
        setState(fresh);
        if (runRef.current) {
          setStale("De instellingen in de werkmap zijn gewijzigd (door u of een medeauteur). Controleer opnieuw om ze te gebruiken.");
        }
      }
    } catch {
      // Excel busy (cell-edit mode): the next focus or change tries again
    }
  }, [door]);

  // In Excel: the stored state, a first check, and listening for changes by co-authors.
  React.useEffect(() => {
    if (!door || door.mode !== "excel") return;
    if (checkOnOpen) void check(door);
    else void reloadState();
    const stop = door.watch?.((what) => {
      if (what === "state") void reloadState();
      else if (runRef.current) setStale("De werkmap is gewijzigd sinds de controle.");
    });
    const onFocus = () => void reloadState();
    window.addEventListener("focus", onFocus);
    return () => {
      stop?.();
      window.removeEventListener("focus", onFocus);
    };
  }, [door]);

  /** A file that could not be read: its reason, and no findings of an earlier file beneath it. */
  const fileRefused = (problem: ProblemInfo) => {
    ++latest.current;
    setProgress(null);
    setDoor(null);
    setFileName(null);
    setRun(null);
    setProblem(problem);
  };

  const onFile = async (data: ArrayBuffer, name: string) => {
    const ticket = ++latest.current;
    setProblem(null);
    setProgress({ phase: `${name} lezen` });
    try {
      const fileDoor = await openFile(data, name);
      if (ticket !== latest.current) return;
      setDoor(fileDoor);
      setFileName(name);
      setRun(null);
      setProgress(null);
      await check(fileDoor);
    } catch (error) {
      if (ticket === latest.current) fileRefused(problemOf(error, undefined, `${name} kon niet worden gelezen`));
    }
  };

  const saveState = async (next: StoredState) => {
    if (door) await door.saveState(next);
    setState(next);
    if (door && runRef.current) await check(door);
  };

  const fileArea =
    host.inExcel ? undefined : (
      <FileOpener
        compact={door !== null}
        onFile={(data, name) => void onFile(data, name)}
        onSampleError={(message) => fileRefused({ message })}
      />
    );

  const subtitle = host.inExcel
    ? run
      ? run.model.name
      : "De geopende werkmap"
    : fileName
      ? fileName
      : "Zonder Excel: open een .xlsx-werkmap";

  const paneProps = { door, run, state, onCheck: () => void check(), onSaveState: saveState };

  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme} className={styles.provider} lang="nl">
      <header className={styles.header}>
        <div className={styles.titles}>
          <h1 className={styles.title}>IZA Controle</h1>
          <p className={styles.subtitle} title={subtitle}>
            {subtitle}
          </p>
        </div>
        <Badge appearance="outline" color={host.inExcel ? "brand" : "informative"}>
          {host.inExcel ? "In Excel" : "Bestand"}
        </Badge>
      </header>
      <nav className={styles.nav} aria-label="Onderdelen van IZA Controle">
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as TabValue)}
        >
          <Tab value="controle">Controle</Tab>
          <Tab value="herverdeling">Herverdeling</Tab>
          <Tab value="verdeelsleutel">Verdeelsleutel</Tab>
          <Tab value="instellingen" icon={<SettingsRegular />} aria-label="Instellingen" title="Instellingen" />
        </TabList>
      </nav>
      <main className={styles.main}>
        {tab === "controle" && (
          <ControlePane
            {...paneProps}
            progress={progress}
            problem={problem}
            stale={stale}
            onDismissProblem={() => setProblem(null)}
            fileArea={fileArea}
          />
        )}
        {tab !== "controle" && (
          <React.Suspense fallback={<Spinner className={styles.loading} size="small" label="Laden…" />}>
            {tab !== "instellingen" && <Problem problem={problem} onDismiss={() => setProblem(null)} />}
            {tab === "herverdeling" && <HerverdelingPane {...paneProps} busy={progress !== null} />}
            {tab === "verdeelsleutel" && <VerdeelsleutelPane {...paneProps} busy={progress !== null} />}
            {tab === "instellingen" && <InstellingenPane {...paneProps} />}
          </React.Suspense>
        )}
      </main>
    </FluentProvider>
  );
}
