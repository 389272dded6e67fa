import * as React from "react";
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { SelectAllOnRegular, TableAddRegular } from "@fluentui/react-icons";
import { decFromExcelNumber } from "../../core/decimal";
import { formatEuro, formatNumber } from "../../core/format";
import { a1, parseA1 } from "../../core/workbook";
import { absolute, columnLetters, dutchFormulaText, reference, verdeelFormula } from "../../excel/formula-text";
import { rangeBox } from "../check";
import { Notice, Problem, ProblemInfo, problemOf } from "../components/Problem";
import { usePaneStyles } from "../styles";
import { verdeelPreview, VerdeelPreview } from "../verdeel-view";
import { cellLookup, NeedsWorkbook, PaneProps, valueText } from "./common";

const useStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground1,
  },
  th: {
    textAlign: "start",
    ...typographyStyles.caption1Strong,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  td: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: "anywhere",
  },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  total: { ...typographyStyles.caption1Strong },
  caption: { ...typographyStyles.body1Strong, textAlign: "start", color: tokens.colorNeutralForeground1, paddingBottom: tokens.spacingVerticalXS },
  pick: { flexShrink: 0 },
});

const RANGE = /^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/;
const CELL = /^[A-Z]{1,3}\d+$/;

/** "Blad!C3" or "C3" (on `sheet`) as sheet and cell. */
function splitRef(text: string, sheet: string): { sheet: string; cell: string } {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet, cell: text.trim().toUpperCase().replace(/\$/g, "") };
  let name = text.slice(0, bang).trim();
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheet: name, cell: text.slice(bang + 1).trim().toUpperCase().replace(/\$/g, "") };
}

/**
 * Verdeelsleutel: divide an amount over a key column to the cent (largest remainder, the same as
 * =IZA.VERDEEL), preview the shares, and in Excel put the formula or the values in a column.
 */
export function VerdeelsleutelPane({ door, run, onCheck, busy }: PaneProps) {
  const pane = usePaneStyles();
  const styles = useStyles();
  const sheets = run?.model.sheets.map((s) => s.name) ?? [];
  const preset = React.useMemo(() => {
    const table = run?.result.tables.find((t) => t.kind === "verdeling" && t.columns.some((c) => c.role === "key"));
    if (!table) return null;
    const key = table.columns.find((c) => c.role === "key")!;
    const first = Math.min(...table.detailRows);
    const last = Math.max(...table.detailRows);
    return { sheet: table.sheet, key: `${a1(first, key.col)}:${a1(last, key.col)}` };
  }, [run]);
  const [sheet, setSheet] = React.useState(preset?.sheet ?? sheets[0] ?? "");
  const [amountRef, setAmountRef] = React.useState("");
  const [keyRange, setKeyRange] = React.useState(preset?.key ?? "");
  const [target, setTarget] = React.useState("");
  const [mode, setMode] = React.useState<"formule" | "waarden">("formule");
  const [preview, setPreview] = React.useState<(VerdeelPreview & { labels: string[]; key: string; sheet: string; source: { sheet: string; cell: string } }) | null>(null);
  const [problem, setProblem] = React.useState<ProblemInfo | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [working, setWorking] = React.useState(false);

  React.useEffect(() => {
    if (preset) {
      setSheet(preset.sheet);
      setKeyRange(preset.key);
    }
  }, [preset]);

  if (!run || !door) {
    return (
      <div className={pane.pane}>
        <NeedsWorkbook door={door} onCheck={onCheck} busy={busy} />
      </div>
    );
  }

  const pick = async (field: "amount" | "key") => {
    if (!door.getSelection) return;
    setProblem(null);
    try {
      const selection = await door.getSelection();
      setSheet(selection.sheet);
      if (field === "amount") setAmountRef(selection.cell.split(":")[0]);
      else setKeyRange(selection.cell);
      setPreview(null);
    } catch (error) {
      setProblem(problemOf(error, () => void pick(field)));
    }
  };

  const showPreview = async () => {
    setProblem(null);
    setNotice(null);
    setPreview(null);
    const key = keyRange.trim().toUpperCase().replace(/\$/g, "");
    const amount = splitRef(amountRef, sheet);
    if (!CELL.test(amount.cell)) {
      setProblem({ message: "Geef de cel met het te verdelen bedrag, bijvoorbeeld C3 of Begroting!C12." });
      return;
    }
    if (!RANGE.test(key) || rangeBox(sheet, key).left !== rangeBox(sheet, key).right) {
      setProblem({ message: "Geef de sleutel als één kolom, bijvoorbeeld C5:C18." });
      return;
    }
    setWorking(true);
    try {
      const [amountValues, keyValues] = [
        await door.readRange(amount.sheet, amount.cell),
        await door.readRange(sheet, key),
      ];
      const result = verdeelPreview(amountValues[0][0], keyValues.map((row) => row[0]));
      if ("error" in result) {
        setProblem({ message: result.error });
        return;
      }
      const box = rangeBox(sheet, key);
      const table = run.result.tables.find(
        (t) => t.sheet === sheet && rangeBox(t.sheet, t.range).left <= box.left && rangeBox(t.sheet, t.range).right >= box.left,
      );
      const labelCol = table?.columns.find((c) => c.role === "label")?.col ?? box.left - 1;
      const lookup = cellLookup(run.model, sheet);
      const labels = keyValues.map((_, i) => (labelCol > 0 ? valueText(lookup(box.top + i, labelCol)) : "") || `Rij ${box.top + i}`);
      setPreview({ ...result, labels, key, sheet, source: amount });
      if (door.findEmptyColumn && !target) {
        // the first empty column right of the key (often the table's own empty "toegekend" column)
        const free = await door.findEmptyColumn(sheet, box.left, box.top, box.bottom - box.top + 1);
        setTarget(columnLetters(free));
      }
    } catch (error) {
      setProblem(problemOf(error, () => void showPreview()));
    } finally {
      setWorking(false);
    }
  };

  const insert = async () => {
    if (!preview || !door.writeCells) return;
    const letters = target.trim().toUpperCase();
    if (!/^[A-Z]{1,3}$/.test(letters)) {
      setProblem({ message: "Geef de kolom met een letter, bijvoorbeeld F." });
      return;
    }
    const box = rangeBox(preview.sheet, preview.key);
    const col = parseA1(`${letters}1`).col;
    if (col === box.left) {
      setProblem({ message: "Kies een andere kolom dan de sleutel." });
      return;
    }
    setWorking(true);
    setProblem(null);
    setNotice(null);
    try {
      const anchor = a1(box.top, col);
      const rows = box.bottom - box.top + 1;
      const amountText = reference(preview.sheet, preview.source.sheet, absolute(preview.source.cell));
      const formula = verdeelFormula(amountText, preview.key);
      const address =
        mode === "formule"
          ? await door.writeCells({ sheet: preview.sheet, anchor, formulas: [[formula]], reserve: { rows, columns: 1 } })
          : await door.writeCells({ sheet: preview.sheet, anchor, values: preview.shares.map((s) => [s]) });
      setNotice(
        mode === "formule"
          ? `Formule ingevoegd in ${address}: ${dutchFormulaText(formula)}.`
          : `${rows} bedragen ingevoegd in ${address}; samen precies ${formatEuro(preview.total)}.`,
      );
    } catch (error) {
      setProblem(problemOf(error, () => void insert(), "Invoegen"));
    } finally {
      setWorking(false);
    }
  };

  const inExcel = door.mode === "excel";
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
          onChange={(_, data) => {
            setSheet(data.value);
            setPreview(null);
          }}
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
          <Input className={pane.select} input={{ className: pane.selectControl }} value={amountRef} onChange={(_, data) => setAmountRef(data.value)} />
        </Field>
        {inExcel && (
          <Button
            className={styles.pick}
            icon={<SelectAllOnRegular />}
            aria-label="Neem de geselecteerde cel als bedrag"
            title="Neem de geselecteerde cel"
            onClick={() => void pick("amount")}
          />
        )}
      </div>
      <div className={pane.fieldRow}>
        <Field label="Sleutelkolom" className={pane.grow} hint="Eén kolom, bijvoorbeeld C5:C18">
          <Input className={pane.select} input={{ className: pane.selectControl }} value={keyRange} onChange={(_, data) => setKeyRange(data.value)} />
        </Field>
        {inExcel && (
          <Button
            className={styles.pick}
            icon={<SelectAllOnRegular />}
            aria-label="Neem de geselecteerde kolom als sleutel"
            title="Neem de geselecteerde cellen"
            onClick={() => void pick("key")}
          />
        )}
      </div>
      <div className={pane.row}>
        <Button appearance="primary" disabled={working} onClick={() => void showPreview()}>
          Voorbeeld tonen
        </Button>
      </div>
      <Problem problem={problem} onDismiss={() => setProblem(null)} />
      {preview && (
        <>
          <table className={styles.table}>
            <caption className={styles.caption}>
              {formatEuro(preview.total)} verdeeld over {preview.key}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={styles.th}>
                  Regel
                </th>
                <th scope="col" className={`${styles.th} ${styles.num}`}>
                  Sleutel
                </th>
                <th scope="col" className={`${styles.th} ${styles.num}`}>
                  Aandeel
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.shares.map((share, i) => (
                <tr key={i}>
                  <td className={styles.td}>{preview.labels[i]}</td>
                  <td className={`${styles.td} ${styles.num}`}>{formatNumber(decFromExcelNumber(preview.weights[i]), 0, 4)}</td>
                  <td className={`${styles.td} ${styles.num}`}>{formatEuro(decFromExcelNumber(share))}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td className={`${styles.td} ${styles.total}`}>Totaal</td>
                <td className={styles.td} />
                <td className={`${styles.td} ${styles.num} ${styles.total}`}>{formatEuro(preview.total)}</td>
              </tr>
            </tfoot>
          </table>
          {inExcel && (
            <div className={pane.card}>
              <RadioGroup
                value={mode}
                onChange={(_, data) => setMode(data.value as "formule" | "waarden")}
                aria-label="Wat invoegen"
              >
                <Radio value="formule" label="Formule =IZA.VERDEEL (rekent mee als de sleutel verandert)" />
                <Radio value="waarden" label="Alleen de bedragen" />
              </RadioGroup>
              <div className={pane.fieldRow}>
                <Field label="In kolom" hint={`Rij ${rangeBox(preview.sheet, preview.key).top} en verder; de cellen moeten leeg zijn`} className={pane.grow}>
                  <Input className={pane.select} input={{ className: pane.selectControl }} value={target} onChange={(_, data) => setTarget(data.value)} />
                </Field>
                <Button appearance="primary" icon={<TableAddRegular />} disabled={working} onClick={() => void insert()}>
                  Invoegen
                </Button>
              </div>
            </div>
          )}
          <Notice text={notice} onDismiss={() => setNotice(null)} />
        </>
      )}
      {!inExcel && preview && (
        <p className={pane.muted}>Invoegen in de werkmap kan in Excel; hier ziet u de verdeling.</p>
      )}
    </div>
  );
}
