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
import { AMOUNT_ROLES } from "../../core/detect/types";
import type { DetectedTable } from "../../core/engine";
import { formatEuro, formatLimit } from "../../core/format";
import { a1 } from "../../core/workbook";
import { checkReallocFormula, columnLetters, columnRange, dutchFormulaText } from "../../excel/formula-text";
import { tableLabel } from "../check";
import { reallocStatuses, ReallocStatus } from "../herverdeling-view";
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


function StatusBadge({ status }: { status: ReallocStatus }) {
  if (!status.code) return null;
  const color = status.code === "OK" ? "success" : status.code === "PHO" ? "warning" : "danger";
  return (
    <Badge appearance="tint" color={color} shape="rounded">
      {status.code}
    </Badge>
  );
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function columnName(table: DetectedTable, col: number): string {
  const column = table.columns.find((c) => c.col === col);
  return `${columnLetters(col)}: ${column?.header ?? ""}`;
}

/**
 * Herverdeling: the 20% rule per onderdeel and the total, for a table of the workbook, with the
 * same logic as =IZA.CHECKREALLOC; in Excel the formula can be put beside the table.
 */
export function HerverdelingPane({ door, run, state, onCheck, busy }: PaneProps) {
  const pane = usePaneStyles();
  const styles = useStyles();
  const candidates = React.useMemo(() => {
    const tables = (run?.result.tables ?? []).filter(
      (t) => t.columns.filter((c) => AMOUNT_ROLES.has(c.role)).length >= 2,
    );
    return [...tables.filter((t) => t.kind === "herverdeling"), ...tables.filter((t) => t.kind !== "herverdeling")];
  }, [run]);
  const [tableIndex, setTableIndex] = React.useState(0);
  const table: DetectedTable | undefined = candidates[tableIndex] ?? candidates[0];
  const amountColumns = table ? table.columns.filter((c) => AMOUNT_ROLES.has(c.role)) : [];
  const defaults = React.useMemo(() => {
    if (!table) return { adopted: 0, changed: 0 };
    const adopted = table.columns.find((c) => c.role === "planned") ?? amountColumns[0];
    const changed =
      table.columns.find((c) => c.role === "changed") ?? amountColumns.find((c) => c.col !== adopted?.col);
    return { adopted: adopted?.col ?? 0, changed: changed?.col ?? 0 };
  }, [table]);
  const [adoptedCol, setAdoptedCol] = React.useState(defaults.adopted);
  const [changedCol, setChangedCol] = React.useState(defaults.changed);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [problem, setProblem] = React.useState<ProblemInfo | null>(null);
  const [writing, setWriting] = React.useState(false);

  React.useEffect(() => {
    setAdoptedCol(defaults.adopted);
    setChangedCol(defaults.changed);
    setNotice(null);
  }, [defaults]);

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

  const lookup = cellLookup(run.model, table.sheet);
  const labelCol = table.columns.find((c) => c.role === "label")?.col;
  const inputs = table.detailRows.map((row) => ({
    row,
    label: labelCol ? valueText(lookup(row, labelCol)) || `Rij ${row}` : `Rij ${row}`,
    adopted: lookup(row, adoptedCol),
    changed: lookup(row, changedCol),
  }));
  const max = state.settings.maxHerverdeling;
  const { rows, total } = reallocStatuses(inputs, max);
  const first = Math.min(...table.detailRows);
  const last = Math.max(...table.detailRows);
  const subtotalsInside = (table.subtotalRows ?? []).filter((r) => r > first && r < last);
  const sameColumn = adoptedCol === changedCol;

  const insert = async () => {
    if (!door.writeCells || !door.findEmptyColumn) return;
    setWriting(true);
    setNotice(null);
    setProblem(null);
    try {
      const n = last - first + 1;
      const col = await door.findEmptyColumn(table.sheet, table.lastCol, first, n + 1);
      const formula = checkReallocFormula(columnRange(adoptedCol, first, last), columnRange(changedCol, first, last), max);
      const address = await door.writeCells({
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

  return (
    <div className={pane.pane}>
      <p className={pane.muted}>
        Per onderdeel mag de Kerngroep tot {formatLimit(max)} van het vastgestelde bedrag herverdelen; daarboven beslist
        de PhO. Dezelfde toets als =IZA.CHECKREALLOC.
      </p>
      <Field label="Tabel">
        <Select className={pane.select} select={{ className: pane.selectControl }} value={String(tableIndex)} onChange={(_, data) => setTableIndex(Number(data.value))}>
          {candidates.map((t, i) => (
            <option key={`${t.sheet}!${t.range}`} value={i}>
              {`${t.sheet}: ${tableLabel(t)}`}
            </option>
          ))}
        </Select>
      </Field>
      <div className={pane.fieldRow}>
        {(
          [
            ["Vastgesteld", adoptedCol, setAdoptedCol],
            ["Gewijzigd", changedCol, setChangedCol],
          ] as const
        ).map(([label, col, setCol]) => (
          <Field key={label} label={label} className={pane.grow}>
            <Select
              className={pane.select}
              select={{ className: pane.selectControl }}
              value={String(col)}
              onChange={(_, data) => setCol(Number(data.value))}
            >
              {amountColumns.map((c) => (
                <option key={c.col} value={c.col}>
                  {columnName(table, c.col)}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      {sameColumn ? (
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
              {rows
                .filter((r) => r.status.code !== "")
                .map((r) => (
                  <li key={r.row} className={styles.item}>
                    <span className={styles.label}>{r.label}</span>
                    <span className={styles.amounts}>
                      {r.adoptedDec ? formatEuro(r.adoptedDec) : "—"} → {r.changedDec ? formatEuro(r.changedDec) : "—"}
                    </span>
                    <span className={styles.status}>
                      <StatusBadge status={r.status} />
                      <span className={styles.statusText}>{r.status.text.replace(/^(OK|PHO|FOUT):?\s*/, "") || "Ongewijzigd"}</span>
                    </span>
                  </li>
                ))}
            </ul>
          </section>
          <div className={pane.card} role="status">
            <span className={styles.label}>Totaal</span>
            <span className={styles.status}>
              <StatusBadge status={total} />
              <span className={styles.statusText}>{capital(total.text.replace(/^(OK|PHO|FOUT):?\s*/, ""))}</span>
            </span>
          </div>
          {subtotalsInside.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                De tabel heeft subtotalen binnen de regels (rij {subtotalsInside.join(", ")}). Een formule over het hele
                bereik telt die mee; controleer het bereik na het invoegen.
              </MessageBarBody>
            </MessageBar>
          )}
          {door.mode === "excel" && (
            <div className={pane.row}>
              <Button appearance="primary" icon={<TableAddRegular />} disabled={writing} onClick={() => void insert()}>
                Formule naast de tabel invoegen
              </Button>
            </div>
          )}
          <Notice text={notice} onDismiss={() => setNotice(null)} />
          <Problem problem={problem} onDismiss={() => setProblem(null)} />
        </>
      )}
    </div>
  );
}
