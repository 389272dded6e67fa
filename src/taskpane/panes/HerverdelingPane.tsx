import * as React from "react";
import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons";
import type { Dec } from "../../core/decimal";
import { a1, columnLetters, columnRange } from "../../core/a1";
import type { ColumnRole, DetectedTable } from "../../core/detect/types";
import { formatEuro, formatLimit } from "../../core/format";
import { checkReallocFormula, dutchFormulaText } from "../../core/formula-text";
import { HerverdelingStatus, statusDetail } from "../../core/herverdeling";
import { counted, herverdelingSummary, KIND_LABEL, STATUS_LABEL } from "../../core/labels";
import { tableLabel } from "../../core/tables-of";
import { capitalize, dutchList } from "../../core/text";
import type { ExcelActions } from "../../ports/workbook-door";
import type { CheckRun } from "../check";
import { reallocStatuses } from "../herverdeling-view";
import { Notice, Problem, ProblemInfo, problemOf } from "../components/Problem";
import { usePaneStyles } from "../styles";
import { cellLookup, NeedsWorkbook, PaneProps, valueText } from "./common";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  /** An onderdeel that needs a PhO-besluit stands out, first in the list. */
  pho: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStatusWarningBorder1}`,
    backgroundColor: tokens.colorStatusWarningBackground1,
  },
  label: { ...typographyStyles.body1Strong, color: tokens.colorNeutralForeground1, overflowWrap: "anywhere" },
  amounts: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    fontVariantNumeric: "tabular-nums",
  },
  status: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
  },
  statusText: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground1, overflowWrap: "anywhere" },
});

function StatusBadge({ status }: { status: HerverdelingStatus }) {
  const pane = usePaneStyles();
  if (!status.code) return null;
  const color = status.code === "OK" ? "success" : status.code === "PHO" ? "severe" : "danger";
  const text = status.kind === "ongewijzigd" ? "Ongewijzigd" : STATUS_LABEL[status.code];
  return (
    <Badge className={pane.badge} appearance="tint" color={color} shape="rounded">
      {text}
    </Badge>
  );
}

function columnName(table: DetectedTable, col: number): string {
  const column = table.columns.find((c) => c.col === col);
  return `${columnLetters(col)}: ${column?.header ?? ""}`;
}

/**
 * The tables that are herverdelingen, by core's own kind (core/detect/kind: a vastgesteld amount
 * with a gewijzigd one, a mutatie or a later state). A realisatie or a verdeling is never offered:
 * a realisatie column is no "gewijzigd".
 */
function herverdelingTables(run: CheckRun | null): DetectedTable[] {
  return (run?.tables ?? []).filter((t) => t.kind === "herverdeling");
}

/** The columns that may be the adopted amounts, and those that may be the changed ones. */
const ADOPTED_ROLES: readonly ColumnRole[] = ["planned"];
const CHANGED_ROLES: readonly ColumnRole[] = ["changed"];

/** A workbook without a herverdeling (a jaarrapportage, a begroting) says so, and what it has instead. */
function NoHerverdeling({ run }: { run: CheckRun }) {
  const kinds = [...new Set(run.tables.map((t) => t.kind))];
  const found =
    run.tables.length === 0
      ? "Er is geen tabel gevonden."
      : `Gevonden: ${dutchList(kinds.map((kind) => `${counted(run.tables.filter((t) => t.kind === kind).length, "tabel", "tabellen")} ${KIND_LABEL[kind].toLowerCase()}`))}.`;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Geen herverdeling in deze werkmap</MessageBarTitle>
        Een herverdeling is een tabel met per onderdeel het vastgestelde bedrag en het gewijzigde bedrag (of een
        voorstel of mutatie). {found}
        {kinds.includes("realisatie") &&
          " Een realisatie is geen herverdeling: wat er minder of meer is besteed, staat bij de bevindingen op het tabblad Controle."}{" "}
        Staat er toch een herverdeling in, wijs de tabel dan aan op het tabblad Controle (Tabel niet gevonden?, soort
        Herverdeling).
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * Herverdeling: the 20% rule per onderdeel and the total, for a herverdeling of the workbook, with
 * the same logic as =IZA.CHECKREALLOC; a summary on top and the onderdelen that need a PhO-besluit
 * first; in Excel the formula can be put beside the table. One component per part (the choice of
 * table, the table's check), so that another choice (a vastgestelde begroting elsewhere) fits in.
 */
export function HerverdelingPane({ door, run, state, onCheck, busy, several }: PaneProps) {
  const pane = usePaneStyles();
  const candidates = React.useMemo(() => herverdelingTables(run), [run]);
  const [tableIndex, setTableIndex] = React.useState(0);
  const table: DetectedTable | undefined = candidates[tableIndex] ?? candidates[0];

  if (!run || !door) {
    return (
      <div className={pane.pane}>
        <NeedsWorkbook door={door} onCheck={onCheck} busy={busy} several={several} />
      </div>
    );
  }
  if (!table) {
    return (
      <div className={pane.pane}>
        <NoHerverdeling run={run} />
      </div>
    );
  }
  const max = state.settings.maxHerverdeling;
  return (
    <div className={pane.pane}>
      <p className={pane.muted}>
        Per onderdeel mag de Kerngroep tot {formatLimit(max)} van het vastgestelde bedrag herverdelen; daarboven is een
        PhO-besluit nodig. Dezelfde toets als =IZA.CHECKREALLOC.
      </p>
      {candidates.length > 1 && (
        <Field label="Tabel">
          <Select
            className={pane.select}
            select={{ className: pane.selectControl }}
            value={String(tableIndex)}
            onChange={(_, data) => setTableIndex(Number(data.value))}
          >
            {candidates.map((t, i) => (
              <option key={`${t.sheet}!${t.range}`} value={i}>
                {`${t.sheet}: ${tableLabel(t)}`}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {candidates.length === 1 && <p className={pane.text}>{`${table.sheet}: ${tableLabel(table)}`}</p>}
      {/* Another table or another check: its own columns and no old notice (keyed by both). */}
      <HerverdelingTable
        key={`${run.checkedAt.getTime()}|${table.sheet}!${table.range}`}
        run={run}
        table={table}
        max={max}
        excel={door.excel}
      />
    </div>
  );
}

interface HerverdelingTableProps {
  run: CheckRun;
  table: DetectedTable;
  max: Dec;
  excel?: ExcelActions;
}

/** The columns chosen for one table, the statuses they give, and inserting the formula. */
function useHerverdeling({ run, table, max, excel }: HerverdelingTableProps) {
  const adoptedColumns = table.columns.filter((c) => ADOPTED_ROLES.includes(c.role));
  // The last change column: with several (a first and a second wijziging) the latest state.
  const changedColumns = table.columns.filter((c) => CHANGED_ROLES.includes(c.role));
  const [adoptedCol, setAdoptedCol] = React.useState(() => adoptedColumns[0]?.col ?? 0);
  const [changedCol, setChangedCol] = React.useState(() => changedColumns[changedColumns.length - 1]?.col ?? 0);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [problem, setProblem] = React.useState<ProblemInfo | null>(null);
  const [writing, setWriting] = React.useState(false);

  const lookup = cellLookup(run.model, table.sheet);
  const labelCol = table.columns.find((c) => c.role === "label")?.col;
  const inputs = table.detailRows.map((row) => ({
    row,
    label: labelCol ? valueText(lookup(row, labelCol)) || `Rij ${row}` : `Rij ${row}`,
    adopted: lookup(row, adoptedCol),
    changed: lookup(row, changedCol),
  }));
  const { rows, total } = reallocStatuses(inputs, max);
  const summary = herverdelingSummary({ rows: rows.map((r) => r.status), total }, max);
  // The onderdelen that need a PhO-besluit first, then those that cannot be tested, then the rest in table order.
  const rank = (r: (typeof rows)[number]) => (r.status.code === "PHO" ? 0 : r.status.code === "FOUT" ? 1 : 2);
  const ordered = rows.filter((r) => r.status.code !== "").sort((a, b) => rank(a) - rank(b) || a.row - b.row);
  const first = Math.min(...table.detailRows);
  const last = Math.max(...table.detailRows);

  const insert = async function insert(): Promise<void> {
    if (!excel) return;
    setWriting(true);
    setNotice(null);
    setProblem(null);
    try {
      const n = last - first + 1;
      const col = await excel.findEmptyColumn(table.sheet, table.lastCol, first, n + 1);
      const formula = checkReallocFormula(
        columnRange(adoptedCol, first, last),
        columnRange(changedCol, first, last),
        max,
      );
      const address = await excel.writeCells({
        sheet: table.sheet,
        anchor: a1(first, col),
        formulas: [[formula]],
        reserve: { rows: n + 1, columns: 1 },
      });
      setNotice(
        `Formule ingevoegd in ${address}: ${dutchFormulaText(formula)}. De uitkomst loopt door tot en met rij ${last + 1} (het totaal).`,
      );
    } catch (error) {
      setProblem(problemOf(error, () => void insert(), "Formule invoegen"));
    } finally {
      setWriting(false);
    }
  };

  return {
    adoptedColumns,
    changedColumns,
    summary,
    ordered,
    adoptedCol,
    setAdoptedCol,
    changedCol,
    setChangedCol,
    rows,
    total,
    subtotalsInside: (table.subtotalRows ?? []).filter((r) => r > first && r < last),
    notice,
    problem,
    writing,
    insert,
    dismissNotice: () => setNotice(null),
    dismissProblem: () => setProblem(null),
  };
}

function HerverdelingTable(props: HerverdelingTableProps) {
  const { table, excel } = props;
  const pane = usePaneStyles();
  const styles = useStyles();
  const h = useHerverdeling(props);
  const phoCount = h.ordered.filter((r) => r.status.code === "PHO").length;
  return (
    <>
      <div className={pane.fieldRow}>
        {(
          [
            ["Vastgesteld", h.adoptedCol, h.setAdoptedCol, h.adoptedColumns],
            ["Gewijzigd", h.changedCol, h.setChangedCol, h.changedColumns],
          ] as const
        ).map(([label, col, setCol, columns]) => (
          <Field key={label} label={label} className={pane.grow}>
            <Select
              className={pane.select}
              select={{ className: pane.selectControl }}
              value={String(col)}
              onChange={(_, data) => setCol(Number(data.value))}
            >
              {columns.map((c) => (
                <option key={c.col} value={c.col}>
                  {columnName(table, c.col)}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      <MessageBar
        intent={h.total.code === "FOUT" ? "error" : phoCount > 0 ? "warning" : "success"}
        layout="multiline"
        role="status"
      >
        <MessageBarBody>{capitalize(h.summary)}.</MessageBarBody>
      </MessageBar>
      <section aria-labelledby="hv-onderdelen">
        <h2 id="hv-onderdelen" className={pane.heading}>
          Per onderdeel
        </h2>
        <ul className={pane.list}>
          {h.ordered.map((r) => (
            <li key={r.row} className={mergeClasses(styles.item, r.status.code === "PHO" && styles.pho)}>
              <span className={styles.label}>{r.label}</span>
              <span className={styles.amounts}>
                {r.adoptedDec ? formatEuro(r.adoptedDec) : "—"} → {r.changedDec ? formatEuro(r.changedDec) : "—"}
              </span>
              <span className={styles.status}>
                <StatusBadge status={r.status} />
                {/* an unchanged row: the badge says "Ongewijzigd", no text beside it says it again */}
                {statusDetail(r.status) !== "" && (
                  <span className={styles.statusText}>{capitalize(statusDetail(r.status))}</span>
                )}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <div className={pane.card}>
        <span className={styles.label}>Totaal</span>
        <span className={styles.status}>
          <Badge
            className={pane.badge}
            appearance="tint"
            color={h.total.code === "OK" ? "success" : "danger"}
            shape="rounded"
          >
            {h.total.code === "OK" ? "Binnen het plafond" : "Fout"}
          </Badge>
          <span className={styles.statusText}>{capitalize(statusDetail(h.total))}</span>
        </span>
      </div>
      {h.subtotalsInside.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            De tabel heeft subtotalen binnen de regels (rij {h.subtotalsInside.join(", ")}). Een formule over het hele
            bereik telt die mee; controleer het bereik na het invoegen.
          </MessageBarBody>
        </MessageBar>
      )}
      {excel && (
        <div className={pane.row}>
          <Button appearance="primary" icon={<TableAddRegular />} disabled={h.writing} onClick={() => void h.insert()}>
            Formule naast de tabel invoegen
          </Button>
        </div>
      )}
      <Notice text={h.notice} onDismiss={h.dismissNotice} />
      <Problem problem={h.problem} onDismiss={h.dismissProblem} />
    </>
  );
}
