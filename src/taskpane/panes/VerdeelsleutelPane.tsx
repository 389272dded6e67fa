import * as React from "react";
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { SelectAllOnRegular, TableAddRegular } from "@fluentui/react-icons";
import {
  a1,
  absolute,
  CellBox,
  columnLetters,
  columnNumber,
  firstCell,
  formatRange,
  isCellAddress,
  parseCellRange,
  reference,
  splitAddress,
  tryParseRange,
} from "../../core/a1";
import { decFromExcelNumber } from "../../core/decimal";
import { formatEuro, formatNumber } from "../../core/format";
import { dutchFormulaText, verdeelFormula } from "../../core/formula-text";
import type { ExcelActions, WorkbookDoor } from "../../ports/workbook-door";
import type { CheckRun } from "../check";
import { Notice, Problem, ProblemInfo, problemOf } from "../components/Problem";
import { usePaneStyles } from "../styles";
import { verdeelPreview, VerdeelPreview } from "../verdeel-view";
import { cellLookup, NeedsWorkbook, PaneProps, valueText } from "./common";

const useStyles = makeStyles({
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  total: { ...typographyStyles.caption1Strong },
  caption: { ...typographyStyles.body1Strong, margin: 0, color: tokens.colorNeutralForeground1 },
  pick: { flexShrink: 0 },
});

/** The key column of the first verdeling with a key: what the pane proposes. */
function presetOf(run: CheckRun | null): { sheet: string; key: string } | null {
  const table = run?.tables.find((t) => t.kind === "verdeling" && t.columns.some((c) => c.role === "key"));
  if (!table) return null;
  const key = table.columns.find((c) => c.role === "key")!;
  return {
    sheet: table.sheet,
    key: `${a1(Math.min(...table.detailRows), key.col)}:${a1(Math.max(...table.detailRows), key.col)}`,
  };
}

/**
 * Verdeelsleutel: divide an amount over a key column to the cent (largest remainder, the same as
 * =IZA.VERDEEL), preview the shares, and in Excel put the formula or the values in a column.
 */
export function VerdeelsleutelPane({ door, run, onCheck, busy, several }: PaneProps) {
  const pane = usePaneStyles();
  const preset = React.useMemo(() => presetOf(run), [run]);
  if (!run || !door) {
    return (
      <div className={pane.pane}>
        <NeedsWorkbook door={door} onCheck={onCheck} busy={busy} several={several} />
      </div>
    );
  }
  // A check that proposes another key column starts the form afresh (keyed by the proposal).
  return <VerdeelForm key={preset ? `${preset.sheet}!${preset.key}` : ""} run={run} door={door} preset={preset} />;
}

interface Preview extends VerdeelPreview {
  labels: string[];
  /** The key column, e.g. "B4:B17", on `sheet`. */
  key: string;
  box: CellBox;
  sheet: string;
  source: { sheet: string; cell: string };
}

interface FormState {
  sheet: string;
  amountRef: string;
  keyRange: string;
  target: string;
  mode: "formule" | "waarden";
  preview: Preview | null;
  problem: ProblemInfo | null;
  notice: string | null;
  working: boolean;
}

type FormAction =
  | { type: "edit"; field: "sheet" | "amountRef" | "keyRange" | "target"; value: string; clearsPreview?: boolean }
  | { type: "mode"; mode: FormState["mode"] }
  | { type: "picked"; sheet: string; field: "amountRef" | "keyRange"; value: string }
  | { type: "start" }
  | { type: "previewed"; preview: Preview }
  | { type: "written"; notice: string }
  | { type: "problem"; problem: ProblemInfo | null }
  | { type: "done" }
  | { type: "dismiss-notice" };

function reduce(state: FormState, action: FormAction): FormState {
  switch (action.type) {
    case "edit":
      return { ...state, [action.field]: action.value, ...(action.clearsPreview ? { preview: null } : {}) };
    case "mode":
      return { ...state, mode: action.mode };
    case "picked":
      return { ...state, sheet: action.sheet, [action.field]: action.value, preview: null, problem: null };
    case "start":
      return { ...state, working: true, problem: null, notice: null };
    case "previewed":
      return { ...state, preview: action.preview };
    case "written":
      return { ...state, notice: action.notice };
    case "problem":
      return { ...state, problem: action.problem, working: false };
    case "done":
      return { ...state, working: false };
    case "dismiss-notice":
      return { ...state, notice: null };
  }
}

/** The form, the preview and the insert: every step one action of the reducer. */
function useVerdeelsleutel(run: CheckRun, door: WorkbookDoor, preset: { sheet: string; key: string } | null) {
  const [state, dispatch] = React.useReducer(reduce, undefined, () => ({
    sheet: preset?.sheet ?? run.model.sheets[0]?.name ?? "",
    amountRef: "",
    keyRange: preset?.key ?? "",
    target: "",
    mode: "formule" as const,
    preview: null,
    problem: null,
    notice: null,
    working: false,
  }));
  const excel: ExcelActions | undefined = door.excel;

  const pick = async function pick(field: "amountRef" | "keyRange"): Promise<void> {
    if (!excel) return;
    dispatch({ type: "problem", problem: null });
    try {
      const selection = await excel.getSelection();
      const value = field === "amountRef" ? firstCell(selection.cell) : selection.cell;
      dispatch({ type: "picked", sheet: selection.sheet, field, value });
    } catch (error) {
      dispatch({ type: "problem", problem: problemOf(error, () => void pick(field)) });
    }
  };

  const showPreview = async function showPreview(): Promise<void> {
    const { sheet, amountRef, keyRange, target } = state;
    const amount = splitAddress(amountRef);
    const source = { sheet: amount.sheet || sheet, cell: amount.address };
    const box = parseCellRange(keyRange);
    dispatch({ type: "start" });
    if (!isCellAddress(source.cell)) {
      dispatch({
        type: "problem",
        problem: { message: "Geef de cel met het te verdelen bedrag, bijvoorbeeld C3 of Begroting!C12." },
      });
      return;
    }
    if (!box || box.left !== box.right) {
      dispatch({ type: "problem", problem: { message: "Geef de sleutel als één kolom, bijvoorbeeld C5:C18." } });
      return;
    }
    const key = formatRange(box);
    try {
      const amountValues = await door.readRange(source.sheet, source.cell);
      const keyValues = await door.readRange(sheet, key);
      const result = verdeelPreview(
        amountValues[0][0],
        keyValues.map((row) => row[0]),
      );
      if ("error" in result) {
        dispatch({ type: "problem", problem: { message: result.error } });
        return;
      }
      const table = run.tables.find((t) => {
        const range = tryParseRange(t.range);
        return t.sheet === sheet && range !== null && range.left <= box.left && range.right >= box.left;
      });
      const labelCol = table?.columns.find((c) => c.role === "label")?.col ?? box.left - 1;
      const lookup = cellLookup(run.model, sheet);
      const labels = keyValues.map(
        (_, i) => (labelCol > 0 ? valueText(lookup(box.top + i, labelCol)) : "") || `Rij ${box.top + i}`,
      );
      dispatch({ type: "previewed", preview: { ...result, labels, key, box, sheet, source } });
      if (excel && !target) {
        // the first empty column right of the key (often the table's own empty "toegekend" column)
        const free = await excel.findEmptyColumn(sheet, box.left, box.top, box.bottom - box.top + 1);
        dispatch({ type: "edit", field: "target", value: columnLetters(free) });
      }
      dispatch({ type: "done" });
    } catch (error) {
      dispatch({ type: "problem", problem: problemOf(error, () => void showPreview()) });
    }
  };

  const insert = async function insert(): Promise<void> {
    const { preview, target, mode } = state;
    if (!preview || !excel) return;
    const col = columnNumber(target);
    if (col === null) {
      dispatch({ type: "problem", problem: { message: "Geef de kolom met een letter, bijvoorbeeld F." } });
      return;
    }
    if (col === preview.box.left) {
      dispatch({ type: "problem", problem: { message: "Kies een andere kolom dan de sleutel." } });
      return;
    }
    dispatch({ type: "start" });
    try {
      const anchor = a1(preview.box.top, col);
      const rows = preview.box.bottom - preview.box.top + 1;
      const amountText = reference(preview.sheet, preview.source.sheet, absolute(preview.source.cell));
      const formula = verdeelFormula(amountText, preview.key);
      const address =
        mode === "formule"
          ? await excel.writeCells({
              sheet: preview.sheet,
              anchor,
              formulas: [[formula]],
              reserve: { rows, columns: 1 },
            })
          : await excel.writeCells({ sheet: preview.sheet, anchor, values: preview.shares.map((s) => [s]) });
      dispatch({
        type: "written",
        notice:
          mode === "formule"
            ? `Formule ingevoegd in ${address}: ${dutchFormulaText(formula)}.`
            : `${rows} bedragen ingevoegd in ${address}; samen precies ${formatEuro(preview.total)}.`,
      });
      dispatch({ type: "done" });
    } catch (error) {
      dispatch({ type: "problem", problem: problemOf(error, () => void insert(), "Invoegen") });
    }
  };

  return { state, dispatch, excel, pick, showPreview, insert };
}

interface VerdeelFormProps {
  run: CheckRun;
  door: WorkbookDoor;
  preset: { sheet: string; key: string } | null;
}

function VerdeelForm({ run, door, preset }: VerdeelFormProps) {
  const pane = usePaneStyles();
  const styles = useStyles();
  const { state, dispatch, excel, pick, showPreview, insert } = useVerdeelsleutel(run, door, preset);
  const { sheet, amountRef, keyRange, target, mode, preview, problem, notice, working } = state;
  const sheets = run.model.sheets.map((s) => s.name);

  return (
    <div className={pane.pane}>
      <p className={pane.muted}>
        Verdeelt een bedrag naar een sleutel (inwoners, percentages) op de cent: de delen tellen precies op tot het
        bedrag. Dezelfde berekening als =IZA.VERDEEL.
      </p>
      <Field label="Blad">
        <Select
          className={pane.select}
          select={{ className: pane.selectControl }}
          value={sheet}
          onChange={(_, data) => dispatch({ type: "edit", field: "sheet", value: data.value, clearsPreview: true })}
        >
          {sheets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={pane.fieldRow}>
        <Field label="Cel met het bedrag" className={pane.grow} hint="Bijvoorbeeld C3">
          <Input
            className={pane.select}
            input={{ className: pane.selectControl }}
            value={amountRef}
            onChange={(_, data) => dispatch({ type: "edit", field: "amountRef", value: data.value })}
          />
        </Field>
        {excel && (
          <Button
            className={styles.pick}
            icon={<SelectAllOnRegular />}
            aria-label="Neem de geselecteerde cel als bedrag"
            title="Neem de geselecteerde cel"
            onClick={() => void pick("amountRef")}
          />
        )}
      </div>
      <div className={pane.fieldRow}>
        <Field label="Sleutelkolom" className={pane.grow} hint="Eén kolom, bijvoorbeeld C5:C18">
          <Input
            className={pane.select}
            input={{ className: pane.selectControl }}
            value={keyRange}
            onChange={(_, data) => dispatch({ type: "edit", field: "keyRange", value: data.value })}
          />
        </Field>
        {excel && (
          <Button
            className={styles.pick}
            icon={<SelectAllOnRegular />}
            aria-label="Neem de geselecteerde kolom als sleutel"
            title="Neem de geselecteerde cellen"
            onClick={() => void pick("keyRange")}
          />
        )}
      </div>
      <div className={pane.row}>
        <Button appearance="primary" disabled={working} onClick={() => void showPreview()}>
          Voorbeeld tonen
        </Button>
      </div>
      <Problem problem={problem} onDismiss={() => dispatch({ type: "problem", problem: null })} />
      {preview && (
        <>
          <p className={styles.caption} id="verdeling-titel">
            {formatEuro(preview.total)} verdeeld over {preview.key}
          </p>
          <Table size="extra-small" aria-labelledby="verdeling-titel">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Regel</TableHeaderCell>
                <TableHeaderCell className={styles.num}>Sleutel</TableHeaderCell>
                <TableHeaderCell className={styles.num}>Aandeel</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {preview.shares.map((share, i) => (
                <TableRow key={i}>
                  <TableCell>{preview.labels[i]}</TableCell>
                  <TableCell className={styles.num}>
                    {formatNumber(decFromExcelNumber(preview.weights[i]), 0, 4)}
                  </TableCell>
                  <TableCell className={styles.num}>{formatEuro(decFromExcelNumber(share))}</TableCell>
                </TableRow>
              ))}
              <TableRow className={styles.total}>
                <TableCell>Totaal</TableCell>
                <TableCell />
                <TableCell className={styles.num}>{formatEuro(preview.total)}</TableCell>
              </TableRow>
            </TableBody>
          </Table>
          {excel && (
            <div className={pane.card}>
              <RadioGroup
                value={mode}
                onChange={(_, data) => dispatch({ type: "mode", mode: data.value as FormState["mode"] })}
                aria-label="Wat invoegen"
              >
                <Radio value="formule" label="Formule =IZA.VERDEEL (rekent mee als de sleutel verandert)" />
                <Radio value="waarden" label="Alleen de bedragen" />
              </RadioGroup>
              <div className={pane.fieldRow}>
                <Field
                  label="In kolom"
                  hint={`Rij ${preview.box.top} en verder; de cellen moeten leeg zijn`}
                  className={pane.grow}
                >
                  <Input
                    className={pane.select}
                    input={{ className: pane.selectControl }}
                    value={target}
                    onChange={(_, data) => dispatch({ type: "edit", field: "target", value: data.value })}
                  />
                </Field>
                <Button
                  appearance="primary"
                  icon={<TableAddRegular />}
                  disabled={working}
                  onClick={() => void insert()}
                >
                  Invoegen
                </Button>
              </div>
            </div>
          )}
          <Notice text={notice} onDismiss={() => dispatch({ type: "dismiss-notice" })} />
        </>
      )}
      {!excel && preview && (
        <p className={pane.muted}>Invoegen in de werkmap kan in Excel; hier ziet u de verdeling.</p>
      )}
    </div>
  );
}
