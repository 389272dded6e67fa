import ExcelJS from "exceljs";
import { Cell, WorkbookModel } from "../core/workbook";

/**
 * Generated realisatie ledgers as a gemeente might keep them: a title, a header row
 * (Omschrijving | Begroting | Realisatie | Verschil), one row per invoice or post, and a Totaal row
 * with formulas. Deterministic, so every run measures the same work.
 */
export interface Ledger {
  rows: number;
  model: WorkbookModel;
  xlsx: () => Promise<Uint8Array>;
}

function amounts(rows: number): { planned: number[]; actual: number[] } {
  const planned: number[] = [];
  const actual: number[] = [];
  let x = 11;
  for (let i = 0; i < rows; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const cents = 10000 + (x % 5_000_000);
    planned.push(cents / 100);
    actual.push(Math.round(cents * (0.7 + (x % 400) / 1000)) / 100);
  }
  return { planned, actual };
}

/**
 * `formulas`: more formulas on every line — a "% besteed" (=C4/B4), a running total of the
 * Verschil (=SUM($D$4:D4), a range over formula cells that grows line by line: what the cycle
 * check must handle without one edge per cell) and the line's share of the whole column
 * (=B4/SUM(B:B), a whole-column range in every line's formula).
 */
export function makeLedger(rows: number, options: { formulas?: boolean } = {}): Ledger {
  const { planned, actual } = amounts(rows);
  const cells: Cell[] = [
    { row: 1, col: 1, value: { kind: "text", value: "Realisatie IZA 2024 — grootboek (gegenereerd)" } },
    { row: 3, col: 1, value: { kind: "text", value: "Omschrijving" } },
    { row: 3, col: 2, value: { kind: "text", value: "Begroting" } },
    { row: 3, col: 3, value: { kind: "text", value: "Realisatie" } },
    { row: 3, col: 4, value: { kind: "text", value: "Verschil" } },
  ];
  if (options.formulas)
    cells.push(
      { row: 3, col: 5, value: { kind: "text", value: "% besteed" } },
      { row: 3, col: 6, value: { kind: "text", value: "Cumulatief" } },
      { row: 3, col: 7, value: { kind: "text", value: "Aandeel" } },
    );
  let running = 0;
  // SUM(B:B) counts the lines and their Totaal
  const column = planned.reduce((a, b) => a + b, 0);
  let totalPlanned = 0;
  let totalActual = 0;
  for (let i = 0; i < rows; i++) {
    const r = 4 + i;
    const p = planned[i];
    const a = actual[i];
    totalPlanned += Math.round(p * 100);
    totalActual += Math.round(a * 100);
    cells.push(
      { row: r, col: 1, value: { kind: "text", value: `Factuur ${i + 1}` } },
      { row: r, col: 2, value: { kind: "number", value: p }, numFmt: "#,##0.00" },
      { row: r, col: 3, value: { kind: "number", value: a }, numFmt: "#,##0.00" },
      {
        row: r,
        col: 4,
        value: { kind: "number", value: Math.round((p - a) * 100) / 100 },
        formula: `B${r}-C${r}`,
        numFmt: "#,##0.00",
      },
    );
    if (options.formulas) {
      running += Math.round(p * 100) - Math.round(a * 100);
      cells.push(
        { row: r, col: 5, value: { kind: "number", value: a / p }, formula: `C${r}/B${r}`, numFmt: "0.0%" },
        {
          row: r,
          col: 6,
          value: { kind: "number", value: running / 100 },
          formula: `SUM($D$4:D${r})`,
          numFmt: "#,##0.00",
        },
        {
          row: r,
          col: 7,
          value: { kind: "number", value: p / (2 * column) },
          formula: `B${r}/SUM(B:B)`,
          numFmt: "0.00%",
        },
      );
    }
  }
  const t = 4 + rows;
  cells.push(
    { row: t, col: 1, value: { kind: "text", value: "Totaal" } },
    { row: t, col: 2, value: { kind: "number", value: totalPlanned / 100 }, formula: `SUM(B4:B${t - 1})` },
    { row: t, col: 3, value: { kind: "number", value: totalActual / 100 }, formula: `SUM(C4:C${t - 1})` },
    { row: t, col: 4, value: { kind: "number", value: (totalPlanned - totalActual) / 100 }, formula: `B${t}-C${t}` },
  );
  if (options.formulas)
    cells.push(
      { row: t, col: 5, value: { kind: "number", value: totalActual / totalPlanned }, formula: `C${t}/B${t}` },
      { row: t, col: 6, value: { kind: "number", value: running / 100 }, formula: `F${t - 1}` },
    );
  const model: WorkbookModel = {
    name: `grootboek-${rows}${options.formulas ? "-formules" : ""}.xlsx`,
    sheets: [{ name: "Realisatie", cells }],
  };
  return { rows, model, xlsx: () => toXlsx(model) };
}

/** The model written as an .xlsx (formulas with their cached results), for the reading benchmark. */
export async function toXlsx(model: WorkbookModel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    for (const cell of sheet.cells) {
      const target = ws.getCell(cell.row, cell.col);
      const v = cell.value;
      const plain = v.kind === "number" || v.kind === "text" || v.kind === "boolean" ? v.value : null;
      target.value = cell.formula ? { formula: cell.formula, result: plain as number } : plain;
      if (cell.numFmt) target.numFmt = cell.numFmt;
    }
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
