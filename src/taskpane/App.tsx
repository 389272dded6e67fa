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
import type { OpenFile, WorkbookDoor } from "../ports/workbook-door";
import type { HostInfo } from "./host";
import { FileOpener } from "./components/FileOpener";
import { Problem } from "./components/Problem";
import { ControlePane } from "./panes/ControlePane";
import { useSession } from "./session";

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
  /** Check the workbook as soon as the pane opens (in Excel). */
  checkOnOpen?: boolean;
  initialTab?: TabValue;
}

const noFiles: OpenFile = async () => {
  throw new Error("hier kan geen bestand worden geopend");
};
const noSizeLimit = async () => null;

export function App({
  host,
  door: excelDoor,
  openFile = noFiles,
  sizeProblem = noSizeLimit,
  checkOnOpen = true,
  initialTab = "controle",
}: AppProps) {
  useGlobalStyles();
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabValue>(initialTab);
  const {
    session,
    recheck,
    openFile: onFile,
    refuseFile,
    saveState,
    dismissProblem,
  } = useSession({
    excelDoor,
    openFile,
    checkOnOpen,
  });
  const { door, fileName, state, run, progress, problem, stale } = session;

  const fileArea = host.inExcel ? undefined : (
    <FileOpener
      compact={door !== null}
      onFile={(data, name) => void onFile(data, name)}
      onSampleError={(message) => refuseFile({ message })}
      sizeProblem={sizeProblem}
    />
  );

  const subtitle = host.inExcel
    ? run
      ? run.model.name
      : "De geopende werkmap"
    : fileName
      ? fileName
      : "Zonder Excel: open een .xlsx-werkmap";

  const paneProps = {
    door,
    run,
    state,
    onCheck: recheck,
    onSaveState: saveState,
    openFile: openFile === noFiles ? undefined : openFile,
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
            onDismissProblem={dismissProblem}
            fileArea={fileArea}
          />
        )}
        {tab !== "controle" && (
          <React.Suspense fallback={<Spinner className={styles.loading} size="small" label="Laden…" />}>
            {tab !== "instellingen" && <Problem problem={problem} onDismiss={dismissProblem} />}
            {tab === "herverdeling" && <HerverdelingPane {...paneProps} busy={progress !== null} />}
            {tab === "verdeelsleutel" && <VerdeelsleutelPane {...paneProps} busy={progress !== null} />}
            {tab === "instellingen" && <InstellingenPane {...paneProps} />}
          </React.Suspense>
        )}
      </main>
    </FluentProvider>
  );
}
