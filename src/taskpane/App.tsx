import * as React from "react";
import {
  Badge,
  FluentProvider,
  Link,
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
import { QuestionCircleRegular, SettingsRegular } from "@fluentui/react-icons";
import type { OpenFile, WorkbookDoor, WriteOverviewXlsx } from "../ports/workbook-door";
import type { HostInfo } from "./host";
import { FileOpener } from "./components/FileOpener";
import { Downloads, Overview } from "./components/Overview";
import { Notice, Problem, problemOf } from "./components/Problem";
import { downloadOverview, SaveFile, saveInBrowser } from "./downloads";
import { ControlePane } from "./panes/ControlePane";
import { useSession } from "./session";
import { defaultState } from "../core/stored-state";

/* The less-used panes load when first opened (chunks of their own). */
const HerverdelingPane = React.lazy(() =>
  import(/* webpackChunkName: "herverdeling" */ "./panes/HerverdelingPane").then((m) => ({
    default: m.HerverdelingPane,
  })),
);
const VerdeelsleutelPane = React.lazy(() =>
  import(/* webpackChunkName: "verdeelsleutel" */ "./panes/VerdeelsleutelPane").then((m) => ({
    default: m.VerdeelsleutelPane,
  })),
);
const InstellingenPane = React.lazy(() =>
  import(/* webpackChunkName: "instellingen" */ "./panes/InstellingenPane").then((m) => ({
    default: m.InstellingenPane,
  })),
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
  help: { whiteSpace: "nowrap", display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXXS },
  main: { flexGrow: 1 },
  loading: { padding: tokens.spacingHorizontalXXL },
});

export type TabValue = "controle" | "herverdeling" | "verdeelsleutel" | "instellingen";

export interface AppProps {
  host: HostInfo;
  /** The open workbook in Excel; absent outside Office. */
  door?: WorkbookDoor;
  /** Outside Office: how a file becomes a door (the reader in the page, src/xlsx/file-door). */
  openFile?: OpenFile;
  /** Outside Office: why a file of this many bytes is not read, or null (asked before reading it). */
  sizeProblem?: (bytes: number) => Promise<string | null>;
  /** Outside Office: the .xlsx writer of "Download overzicht" (src/xlsx/file-door's overviewXlsx). */
  writeXlsx?: WriteOverviewXlsx;
  /** How a download is saved (the browser's way; tests give their own). */
  save?: SaveFile;
  /** Check the workbook as soon as the pane opens (in Excel). */
  checkOnOpen?: boolean;
  initialTab?: TabValue;
}

/** The handleiding, next to the pane (built and hosted with it: src/handleiding). */
export const HELP_PAGE = "handleiding.html";

const DEFAULT_STATE = defaultState();

const noFiles: OpenFile = async () => {
  throw new Error("hier kan geen bestand worden geopend");
};
const noSizeLimit = async () => null;
const noXlsx: WriteOverviewXlsx = async () => {
  throw new Error("hier kan geen .xlsx worden gemaakt");
};

export function App({
  host,
  door: excelDoor,
  openFile = noFiles,
  sizeProblem = noSizeLimit,
  writeXlsx = noXlsx,
  save = saveInBrowser,
  checkOnOpen = true,
  initialTab = "controle",
}: AppProps) {
  useGlobalStyles();
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabValue>(initialTab);
  const { session, active, recheck, openFiles, activate, showProblem, saveState, chooseSettings, dismissProblem } =
    useSession({ excelDoor, openFile, checkOnOpen });
  const { workbooks, batch, focus } = session;
  const door = active?.door ?? null;
  const run = active?.run ?? null;
  const problem = active?.problem ?? session.problem;
  const several = workbooks.length > 1;
  const [downloaded, setDownloaded] = React.useState<string | null>(null);

  const download = async (kind: "csv" | "xlsx") => {
    setDownloaded(null);
    try {
      const name = await downloadOverview(kind, workbooks, writeXlsx, save);
      setDownloaded(`${name} is gedownload.`);
    } catch (error) {
      showProblem(problemOf(error, undefined, "Download overzicht"));
    }
  };

  const fileArea = host.inExcel ? undefined : (
    <>
      <FileOpener
        compact={workbooks.length > 0}
        onFiles={(sources) => void openFiles(sources)}
        sizeProblem={sizeProblem}
      />
      {several && (
        <Overview workbooks={workbooks} activeId={session.activeId} batch={batch} focus={focus} onActivate={activate} />
      )}
      {workbooks.some((w) => w.run || w.refused) && (
        <Downloads disabled={batch !== null} onDownload={(kind) => void download(kind)} />
      )}
      <Notice text={downloaded} onDismiss={() => setDownloaded(null)} />
    </>
  );

  const subtitle = host.inExcel
    ? run
      ? run.model.name
      : "De geopende werkmap"
    : active
      ? active.name
      : several
        ? `${workbooks.length} werkmappen in deze pagina`
        : "Werkmappen controleren in deze pagina";

  const paneProps = {
    door,
    run,
    state: active?.state ?? DEFAULT_STATE,
    onCheck: () => void recheck(),
    onSaveState: saveState,
    openFile: openFile === noFiles ? undefined : openFile,
  };

  const openHelp = (event: React.MouseEvent) => {
    // In Excel a link would open inside the pane's webview: Office opens it in a browser instead.
    const excel = excelDoor?.excel;
    if (!excel) return;
    event.preventDefault();
    excel.openInBrowser(new URL(HELP_PAGE, window.location.href).href);
  };

  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme} className={styles.provider} lang="nl">
      <header className={styles.header}>
        <div className={styles.titles}>
          <h1 className={styles.title}>IZA Controle</h1>
          <p className={styles.subtitle} title={subtitle}>
            {subtitle}
          </p>
        </div>
        <Badge
          appearance="outline"
          color={host.inExcel ? "brand" : "informative"}
          title={
            host.inExcel
              ? "Het taakvenster werkt op de werkmap die in Excel open is"
              : "Buiten Excel: de werkmappen die u hier opent, worden alleen in deze pagina gelezen"
          }
        >
          {host.inExcel ? "In Excel" : "Zonder Excel"}
        </Badge>
        <Link href={HELP_PAGE} target="_blank" rel="noopener" className={styles.help} onClick={openHelp}>
          <QuestionCircleRegular aria-hidden />
          Help
        </Link>
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
            progress={active?.progress ?? null}
            problem={problem}
            stale={active?.stale ?? null}
            onDismissProblem={dismissProblem}
            fileArea={fileArea}
            fileName={several ? (active?.name ?? null) : null}
            focus={focus}
          />
        )}
        {tab !== "controle" && (
          <React.Suspense fallback={<Spinner className={styles.loading} size="small" label="Laden…" />}>
            {tab !== "instellingen" && <Problem problem={problem} onDismiss={dismissProblem} />}
            {tab === "herverdeling" && (
              <HerverdelingPane {...paneProps} busy={active?.progress != null} several={several} />
            )}
            {tab === "verdeelsleutel" && (
              <VerdeelsleutelPane {...paneProps} busy={active?.progress != null} several={several} />
            )}
            {tab === "instellingen" && (
              <InstellingenPane
                {...paneProps}
                choices={host.inExcel ? undefined : session.choices}
                onChooseSettings={host.inExcel ? undefined : chooseSettings}
                fileCount={workbooks.length}
              />
            )}
          </React.Suspense>
        )}
      </main>
    </FluentProvider>
  );
}
