import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Divider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, DocumentAddRegular, EraserRegular, HighlightRegular } from "@fluentui/react-icons";
import type { Finding, Severity } from "../../core/findings";
import { formatEuro, formatLimit } from "../../core/format";
import {
  countBySeverity,
  countText,
  formatTime,
  SEVERITIES,
  SEVERITY_FILTER_LABEL,
  tablesFoundText,
} from "../../core/labels";
import { RULES } from "../../core/rules/catalogue";
import { grantText, resolvedSourceText } from "../../core/sources";
import type { StoredState } from "../../core/stored-state";
import { capitalize } from "../../core/text";
import type { ExcelActions, ReadProgress, WorkbookDoor } from "../../ports/workbook-door";
import type { CheckRun } from "../check";
import { groupFindings } from "../check";
import { FindingsList } from "../components/FindingsList";
import { Notice, Problem, ProblemInfo, problemOf } from "../components/Problem";
import { SelectionCheck } from "../components/SelectionCheck";
import type { Session } from "../session";
import { usePaneStyles } from "../styles";

const useStyles = makeStyles({
  filters: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
  },
  summary: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  findings: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
  },
});

function ruleTitle(rule: string): string | undefined {
  return (RULES as Record<string, { title: string } | undefined>)[rule]?.title;
}

export interface ControlePaneProps {
  /** null outside Office until a file is opened. */
  door: WorkbookDoor | null;
  run: CheckRun | null;
  state: StoredState;
  progress: ReadProgress | null;
  problem: ProblemInfo | null;
  /** Why the findings may be out of date, or null. */
  stale: string | null;
  onCheck: () => void;
  onSaveState: (state: StoredState) => Promise<void>;
  onDismissProblem: () => void;
  /** Outside Office: the file opener, the overview of the files and the downloads. */
  fileArea?: React.ReactNode;
  /** Outside Office with several files: the name of the one shown (its heading names it). */
  fileName?: string | null;
  /** Where the focus goes after the user opened or chose something. */
  focus?: Session["focus"];
}

/** Which severities are shown: kept across checks. */
function useSeverityFilter() {
  const [show, setShow] = React.useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const toggle = React.useCallback((severity: Severity) => {
    setShow((current) => {
      const next = new Set(current);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });
  }, []);
  return { show, toggle };
}

export function ControlePane(props: ControlePaneProps) {
  const {
    door,
    run,
    state,
    progress,
    problem,
    stale,
    onCheck,
    onSaveState,
    onDismissProblem,
    fileArea,
    fileName,
    focus,
  } = props;
  const pane = usePaneStyles();
  const styles = useStyles();
  const { show, toggle } = useSeverityFilter();
  const busy = progress !== null;

  return (
    <div className={pane.pane}>
      {fileArea}
      {door?.excel && (
        <div className={pane.row}>
          <Button appearance="primary" icon={<ArrowClockwiseRegular />} disabled={busy} onClick={onCheck}>
            {run ? "Opnieuw controleren" : "Controleren"}
          </Button>
        </div>
      )}
      {progress && (
        <div className={styles.summary} role="status" aria-live="polite">
          <p className={pane.muted}>{progress.phase}…</p>
          <ProgressBar value={progress.fraction} max={1} thickness="large" aria-label="Voortgang van de controle" />
        </div>
      )}
      <Problem problem={problem} onDismiss={onDismissProblem} />
      {stale && run && !busy && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{stale}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onCheck}>
              Opnieuw controleren
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {/* A new check starts with a clean slate of notices: keyed by the moment of the check. */}
      {run && (
        <RunView
          key={run.checkedAt.getTime()}
          run={run}
          excel={door?.excel}
          show={show}
          onToggle={toggle}
          fileName={fileName ?? null}
          focus={focus ?? null}
        />
      )}
      {door && (
        <>
          <Divider />
          <Accordion collapsible>
            <AccordionItem value="selectie">
              <AccordionHeader size="small">Tabel niet gevonden?</AccordionHeader>
              <AccordionPanel>
                <SelectionCheck
                  door={door}
                  state={state}
                  sheets={run?.model.sheets.map((s) => s.name) ?? []}
                  onSave={onSaveState}
                />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
    </div>
  );
}

/** What the Excel actions of one check show: a confirmation or a problem, and whether one runs. */
function useExcelActions(excel: ExcelActions | undefined) {
  const [notice, setNotice] = React.useState<string | null>(null);
  const [problem, setProblem] = React.useState<ProblemInfo | null>(null);
  const [acting, setActing] = React.useState(false);

  const act = React.useCallback(async function act(label: string, action: () => Promise<string>): Promise<void> {
    setActing(true);
    setNotice(null);
    setProblem(null);
    try {
      setNotice(await action());
    } catch (error) {
      setProblem(problemOf(error, () => void act(label, action), label));
    } finally {
      setActing(false);
    }
  }, []);

  const select = React.useCallback(
    async function select(finding: Finding): Promise<void> {
      if (!excel) return;
      setProblem(null);
      try {
        await excel.selectCell({ sheet: finding.sheet, cell: finding.cell });
      } catch (error) {
        setProblem(problemOf(error, () => void select(finding), `Naar cel ${finding.cell}`));
      }
    },
    [excel],
  );

  return {
    notice,
    problem,
    acting,
    act,
    select,
    dismissNotice: () => setNotice(null),
    dismissProblem: () => setProblem(null),
  };
}

interface RunViewProps {
  run: CheckRun;
  /** In Excel: marking, the report and going to a cell. */
  excel?: ExcelActions;
  show: ReadonlySet<Severity>;
  onToggle: (severity: Severity) => void;
  fileName: string | null;
  focus: Session["focus"];
}

/** "Toekenning € … (cel …); herverdelingsgrens 25% (gekozen in deze sessie; de werkmap bewaart 10%)." */
function settingsText(run: CheckRun): string {
  const { grant, settings } = run;
  const grantPart =
    grant.source.kind === "cel"
      ? grantText(grant)
      : `${formatEuro(grant.amount)} (${resolvedSourceText("toekenning", settings.toekenning)})`;
  return `Toekenning ${grantPart}; herverdelingsgrens ${formatLimit(settings.maxHerverdeling.value)} (${resolvedSourceText("maxHerverdeling", settings.maxHerverdeling)}).`;
}

/** What was checked and found right, per table (core/checked): shown in full for a clean workbook. */
function CheckedList({ run }: { run: CheckRun }) {
  const pane = usePaneStyles();
  const tables = run.checked.filter((t) => t.passed.length > 0);
  if (tables.length === 0) return null;
  return (
    <ul className={pane.list} aria-label="Gecontroleerd en in orde">
      {tables.map((t) => (
        <li key={`${t.sheet}!${t.range}`} className={pane.card}>
          <span className={pane.subheading}>
            {t.label} (blad {t.sheet}), {t.rows}
          </span>
          <ul className={pane.checks}>
            {t.passed.map((p) => (
              <li key={p}>{capitalize(p)}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** The outcome of one check: counts, settings used, filters, the actions in Excel and the findings. */
function RunView({ run, excel, show, onToggle, fileName, focus }: RunViewProps) {
  const pane = usePaneStyles();
  const styles = useStyles();
  const actions = useExcelActions(excel);
  const heading = React.useRef<HTMLHeadingElement>(null);
  // After the user opened the workbook or checked again, the keyboard starts at the results.
  React.useEffect(() => {
    if (focus?.target === "results") heading.current?.focus();
  }, [focus]);
  const { findings, tables, model, skipped } = run;
  const counts = countBySeverity(findings);
  const groups = React.useMemo(
    () =>
      groupFindings(
        findings,
        tables,
        model.sheets.map((s) => s.name),
        show,
      ),
    [findings, tables, model, show],
  );
  const shown = groups.reduce((n, g) => n + g.count, 0);
  const shownFindings = React.useMemo(() => findings.filter((f) => show.has(f.severity)), [findings, show]);

  return (
    <>
      <div className={styles.summary} role="status" aria-live="polite">
        <h2 ref={heading} tabIndex={-1} className={pane.heading} id="resultaten">
          {fileName ? `${fileName}: ` : ""}
          {findings.length === 0 ? "Geen bevindingen" : capitalize(countText(counts))}
        </h2>
        <p className={pane.muted}>
          {model.name}, gecontroleerd om {formatTime(run.checkedAt)}: {tablesFoundText(tables)}.
        </p>
        <p className={pane.muted}>{settingsText(run)}</p>
      </div>
      {findings.length === 0 && tables.length > 0 && (
        <section aria-labelledby="in-orde" className={pane.section}>
          <h3 id="in-orde" className={pane.subheading}>
            Gecontroleerd en in orde
          </h3>
          <CheckedList run={run} />
        </section>
      )}
      {skipped.map(({ table, reason }) => (
        <MessageBar key={`${table.sheet}!${table.range}`} intent="warning" layout="multiline">
          <MessageBarBody>
            De aangewezen tabel {table.sheet}!{table.range} is overgeslagen: {reason}.
          </MessageBarBody>
        </MessageBar>
      ))}
      {tables.length === 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Er is geen IZA-tabel gevonden (een kopregel met bijvoorbeeld Onderdeel en Begroting). Wijs een tabel zelf
            aan onder Tabel niet gevonden?
          </MessageBarBody>
        </MessageBar>
      )}
      {findings.length > 0 && (
        <div role="group" aria-label="Toon bevindingen per ernst" className={styles.filters}>
          {SEVERITIES.map((severity) => (
            <ToggleButton
              key={severity}
              size="small"
              checked={show.has(severity)}
              onClick={() => onToggle(severity)}
              disabled={counts[severity] === 0}
            >
              {`${SEVERITY_FILTER_LABEL[severity]} (${counts[severity]})`}
            </ToggleButton>
          ))}
        </div>
      )}
      {excel && (
        <div className={pane.row} role="group" aria-label="Acties in de werkmap">
          <Button
            size="small"
            icon={<HighlightRegular />}
            disabled={actions.acting || shownFindings.length === 0}
            onClick={() =>
              void actions.act("Markeren", async () => {
                const n = await excel.markFindings(shownFindings);
                return `${n} ${n === 1 ? "cel" : "cellen"} gemarkeerd. Markeringen verwijderen geeft de cellen precies hun eigen opmaak terug.`;
              })
            }
          >
            Markeren
          </Button>
          <Button
            size="small"
            icon={<EraserRegular />}
            disabled={actions.acting}
            onClick={() =>
              void actions.act("Markeringen verwijderen", async () => {
                const n = await excel.removeMarks();
                return n === 0
                  ? "Er waren geen markeringen."
                  : `${n} ${n === 1 ? "markering" : "markeringen"} verwijderd; de opmaak van de cellen is weer als voorheen.`;
              })
            }
          >
            Markeringen verwijderen
          </Button>
          <Button
            size="small"
            icon={<DocumentAddRegular />}
            disabled={actions.acting}
            onClick={() =>
              void actions.act("Controleverslag", async () => {
                const name = await excel.writeReport({
                  findings,
                  settings: run.state.settings,
                  grant: run.grant,
                  workbookName: model.name,
                  date: run.checkedAt,
                });
                return `Controleverslag geschreven op het nieuwe blad "${name}".`;
              })
            }
          >
            Controleverslag
          </Button>
        </div>
      )}
      <Notice text={actions.notice} onDismiss={actions.dismissNotice} />
      <Problem problem={actions.problem} onDismiss={actions.dismissProblem} />
      {findings.length > 0 && shown === 0 && <p className={pane.muted}>Geen bevindingen met deze filter.</p>}
      <div className={styles.findings}>
        <FindingsList
          groups={groups}
          onSelect={excel ? (f) => void actions.select(f) : undefined}
          ruleTitle={ruleTitle}
        />
      </div>
      {findings.length > 0 && run.checked.some((t) => t.passed.length > 0) && (
        <Accordion collapsible>
          <AccordionItem value="in-orde">
            <AccordionHeader size="small">Wat wel in orde is</AccordionHeader>
            <AccordionPanel>
              <CheckedList run={run} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </>
  );
}
