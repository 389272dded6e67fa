import * as React from "react";
import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons";
import type { Dec } from "../../core/decimal";
import { a1, columnLetters, columnRange } from "../../core/a1";
import { AMOUNT_ROLES, DetectedTable } from "../../core/detect/types";
import { formatEuro, formatLimit } from "../../core/format";
import { checkReallocFormula, dutchFormulaText } from "../../core/formula-text";
import { HerverdelingStatus, statusDetail } from "../../core/herverdeling";
import { tableLabel } from "../../core/tables-of";
import { capitalize } from "../../core/text";
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
  if (!status.code) return null;
  const color = status.code === "OK" ? "success" : status.code === "PHO" ? "warning" : "danger";
  return (
    <Badge appearance="tint" color={color} shape="rounded">
      {status.code}
    </Badge>
  );
}

function columnName(table: DetectedTable, col: number): string {
  const column = table.columns.find((c) => c.col === col);
  return `${columnLetters(col)}: ${column?.header ?? ""}`;
}

/** Tables with at least two amount columns, the herverdelingen first. */
function candidateTables(run: CheckRun | null): DetectedTable[] {
  const tables = (run?.tables ?? []).filter((t) => t.columns.filter((c) => AMOUNT_ROLES.has(c.role)).length >= 2);
  return [...tables.filter((t) => t.kind === "herverdeling"), ...tables.filter((t) => t.kind !== "herverdeling")];
}

/**
 * Herverdeling: the 20% rule per onderdeel and the total, for a table of the workbook, with the
 * same logic as =IZA.CHECKREALLOC; in Excel the formula can be put beside the table.
 */
export function HerverdelingPane({ door, run, state, onCheck, busy }: PaneProps) {
  const pane = usePaneStyles();
  const candidates = React.useMemo(() => candidateTables(run), [run]);
  const [tableIndex, setTableIndex] = React.useState(0);
  const table: DetectedTable | undefined = candidates[tableIndex] ?? candidates[0];

  if (!run || !door) {
    return (
      <div className={pane.pane}>
        <NeedsWorkbook door={door} onCheck={onCheck} busy={busy} />
      </div>
    );
  }
  if (!table) {
    return (
      <div className={pane.pane}>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Er is geen tabel met een vastgesteld en een gewijzigd bedrag gevonden. Wijs de tabel aan op het tabblad
            Controle (Tabel niet gevonden?, soort Herverdeling).
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  const max = state.settings.maxHerverdeling;
  return (
    <div className={pane.pane}>
      <p className={pane.muted}>
        Per onderdeel mag de Kerngroep tot {formatLimit(max)} van het vastgestelde bedrag herverdelen; daarboven beslist
        de PhO. Dezelfde toets als =IZA.CHECKREALLOC.
      </p>
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
  const amountColumns = table.columns.filter((c) => AMOUNT_ROLES.has(c.role));
  const [adoptedCol, setAdoptedCol] = React.useState(
    () => (table.columns.find((c) => c.role === "planned") ?? amountColumns[0])?.col ?? 0,
  );
  const [changedCol, setChangedCol] = React.useState(
    () =>
      (table.columns.find((c) => c.role === "changed") ?? amountColumns.find((c) => c.col !== adoptedCol))?.col ?? 0,
  );
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
    amountColumns,
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
  return (
    <>
      <div className={pane.fieldRow}>
        {(
          [
            ["Vastgesteld", h.adoptedCol, h.setAdoptedCol],
            ["Gewijzigd", h.changedCol, h.setChangedCol],
          ] as const
        ).map(([label, col, setCol]) => (
          <Field key={label} label={label} className={pane.grow}>
            <Select
              className={pane.select}
              select={{ className: pane.selectControl }}
              value={String(col)}
              onChange={(_, data) => setCol(Number(data.value))}
            >
              {h.amountColumns.map((c) => (
                <option key={c.col} value={c.col}>
                  {columnName(table, c.col)}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      {h.adoptedCol === h.changedCol ? (
        <MessageBar intent="warning">
          <MessageBarBody>Kies twee verschillende kolommen.</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <section aria-labelledby="hv-onderdelen">
            <h2 id="hv-onderdelen" className={pane.heading}>
              Per onderdeel
            </h2>
            <ul className={pane.list}>
              {h.rows
                .filter((r) => r.status.code !== "")
                .map((r) => (
                  <li key={r.row} className={styles.item}>
                    <span className={styles.label}>{r.label}</span>
                    <span className={styles.amounts}>
                      {r.adoptedDec ? formatEuro(r.adoptedDec) : "—"} → {r.changedDec ? formatEuro(r.changedDec) : "—"}
                    </span>
                    <span className={styles.status}>
                      <StatusBadge status={r.status} />
                      <span className={styles.statusText}>{statusDetail(r.status) || "Ongewijzigd"}</span>
                    </span>
                  </li>
                ))}
            </ul>
          </section>
          <div className={pane.card} role="status">
            <span className={styles.label}>Totaal</span>
            <span className={styles.status}>
              <StatusBadge status={h.total} />
              <span className={styles.statusText}>{capitalize(statusDetail(h.total))}</span>
            </span>
          </div>
          {h.subtotalsInside.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                De tabel heeft subtotalen binnen de regels (rij {h.subtotalsInside.join(", ")}). Een formule over het
                hele bereik telt die mee; controleer het bereik na het invoegen.
              </MessageBarBody>
            </MessageBar>
          )}
          {excel && (
            <div className={pane.row}>
              <Button
                appearance="primary"
                icon={<TableAddRegular />}
                disabled={h.writing}
                onClick={() => void h.insert()}
              >
                Formule naast de tabel invoegen
              </Button>
            </div>
          )}
          <Notice text={h.notice} onDismiss={h.dismissNotice} />
          <Problem problem={h.problem} onDismiss={h.dismissProblem} />
        </>
      )}
    </>
  );
}
