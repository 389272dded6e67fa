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
import {
  ArrowClockwiseRegular,
  DocumentAddRegular,
  EraserRegular,
  HighlightRegular,
} from "@fluentui/react-icons";
import { Dec } from "../../core/decimal";
import type { Finding, Severity } from "../../core/findings";
import { formatEuro, formatLimit } from "../../core/format";
import { RULES } from "../../core/rules/catalogue";
import type { CheckRun } from "../check";
import { groupFindings } from "../check";
import type { ReadProgress, StoredState, WorkbookDoor } from "../door";
import { countBySeverity, countText, SEVERITIES, SEVERITY_PLURAL } from "../labels";
import { FindingsList } from "../components/FindingsList";
import { Notice, Problem, ProblemInfo, problemOf } from "../components/Problem";
import { SelectionCheck } from "../components/SelectionCheck";
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

const timeFormat = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit" });

function ruleTitle(rule: string): string | undefined {
  return (RULES as Record<string, { title: string } | undefined>)[rule]?.title;
}

function grantText(grant: { amount: string; source: string }): string {
  try {
    return `${formatEuro(new Dec(grant.amount))} (${grant.source})`;
  } catch {
    return `${grant.amount} (${grant.source})`;
  }
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
  /** Outside Office: the file opener (and the name of the open file). */
  fileArea?: React.ReactNode;
}

export function ControlePane(props: ControlePaneProps) {
  const { door, run, state, progress, problem, stale, onCheck, onSaveState, onDismissProblem, fileArea } = props;
  const pane = usePaneStyles();
  const styles = useStyles();
  const [show, setShow] = React.useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [notice, setNotice] = React.useState<string | null>(null);
  const [actionProblem, setActionProblem] = React.useState<ProblemInfo | null>(null);
  const [acting, setActing] = React.useState(false);
  const inExcel = door?.mode === "excel";
  const busy = progress !== null;

  React.useEffect(() => {
    setNotice(null);
    setActionProblem(null);
  }, [run]);

  const findings = run?.result.findings ?? [];
  const counts = countBySeverity(findings);
  const groups = React.useMemo(
    () =>
      run
        ? groupFindings(
            run.result.findings,
            run.result.tables,
            run.model.sheets.map((s) => s.name),
            show,
          )
        : [],
    [run, show],
  );
  const shown = groups.reduce((n, g) => n + g.count, 0);
  const shownFindings = React.useMemo(() => findings.filter((f) => show.has(f.severity)), [findings, show]);

  const act = async (label: string, action: () => Promise<string>) => {
    setActing(true);
    setNotice(null);
    setActionProblem(null);
    try {
      setNotice(await action());
    } catch (error) {
      setActionProblem(problemOf(error, () => void act(label, action), label));
    } finally {
      setActing(false);
    }
  };

  const select = async (finding: Finding) => {
    if (!door?.selectCell) return;
    setActionProblem(null);
    try {
      await door.selectCell({ sheet: finding.sheet, cell: finding.cell });
    } catch (error) {
      setActionProblem(problemOf(error, () => void select(finding), `Naar cel ${finding.cell}`));
    }
  };

  const toggle = (severity: Severity) => {
    const next = new Set(show);
    if (next.has(severity)) next.delete(severity);
    else next.add(severity);
    setShow(next);
  };

  return (
    <div className={pane.pane}>
      {fileArea}
      {door?.mode === "excel" && (
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
      {run && (
        <>
          <div className={styles.summary} role="status" aria-live="polite">
            <p className={pane.heading}>
              {findings.length === 0
                ? "Geen bevindingen"
                : countText(counts).replace(/^./, (c) => c.toUpperCase())}
            </p>
            <p className={pane.muted}>
              {run.model.name}, gecontroleerd om {timeFormat.format(run.checkedAt)}:{" "}
              {run.result.tables.length === 1 ? "1 tabel" : `${run.result.tables.length} tabellen`} op{" "}
              {run.model.sheets.length === 1 ? "1 blad" : `${run.model.sheets.length} bladen`}.
            </p>
            <p className={pane.muted}>
              Toekenning {grantText(run.result.grant)}; herverdelingsgrens {formatLimit(state.settings.maxHerverdeling)}.
            </p>
          </div>
          {run.skipped.map(({ table, reason }) => (
            <MessageBar key={`${table.sheet}!${table.range}`} intent="warning" layout="multiline">
              <MessageBarBody>
                De aangewezen tabel {table.sheet}!{table.range} is overgeslagen: {reason}.
              </MessageBarBody>
            </MessageBar>
          ))}
          {run.result.tables.length === 0 && (
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
                  onClick={() => toggle(severity)}
                  disabled={counts[severity] === 0}
                >
                  {`${SEVERITY_PLURAL[severity][1].replace(/^./, (c) => c.toUpperCase())} (${counts[severity]})`}
                </ToggleButton>
              ))}
            </div>
          )}
          {inExcel && (
            <div className={pane.row} role="group" aria-label="Acties in de werkmap">
              <Button
                size="small"
                icon={<HighlightRegular />}
                disabled={acting || shownFindings.length === 0}
                onClick={() =>
                  void act("Markeren", async () => {
                    const n = await door!.markFindings!(shownFindings);
                    return `${n} ${n === 1 ? "cel" : "cellen"} gemarkeerd. Markeringen verwijderen geeft de cellen precies hun eigen opmaak terug.`;
                  })
                }
              >
                Markeren
              </Button>
              <Button
                size="small"
                icon={<EraserRegular />}
                disabled={acting}
                onClick={() =>
                  void act("Markeringen verwijderen", async () => {
                    const n = await door!.removeMarks!();
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
                disabled={acting}
                onClick={() =>
                  void act("Controleverslag", async () => {
                    const name = await door!.writeReport!({
                      findings,
                      settings: state.settings,
                      grant: run.result.grant,
                      workbookName: run.model.name,
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
          <Notice text={notice} onDismiss={() => setNotice(null)} />
          <Problem problem={actionProblem} onDismiss={() => setActionProblem(null)} />
          {findings.length > 0 && shown === 0 && <p className={pane.muted}>Geen bevindingen met deze filter.</p>}
          <div className={styles.findings}>
            <FindingsList groups={groups} onSelect={inExcel ? (f) => void select(f) : undefined} ruleTitle={ruleTitle} />
          </div>
        </>
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
