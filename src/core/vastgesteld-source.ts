/**
 * Finding the vastgestelde begroting in its source (see ./vastgesteld): a sheet of the workbook
 * under check, another workbook, or what the workbook kept of a file. The table taken is the first
 * begroting table (in sheet order, then from the top), else the first herverdeling table (its
 * vastgesteld column), else the first realisatie table (its begroting column); the tables a user
 * pointed out in that workbook count as its tables.
 */
import { parseAmountText } from "./amounts";
import { Dec, decFromExcelNumber } from "./decimal";
import { SheetGrid } from "./detect/grid";
import { DetectedTable, TableKind } from "./detect/types";
import { findTables } from "./engine";
import { a1 } from "./a1";
import { isPaneSheet, STATE_SHEET, storedFromSheet } from "./stored-state";
import { VastgesteldeBegroting, VastgesteldOnderdeel, VastgesteldSource } from "./vastgesteld";
import type { WorkbookModel } from "./workbook";

const PREFERENCE: readonly TableKind[] = ["begroting", "herverdeling", "realisatie"];

/** The begroting of the source, or why there is none (Dutch). */
export type VastgesteldFound = { begroting: VastgesteldeBegroting; table?: DetectedTable } | { problem: string };

/**
 * The vastgestelde begroting of a source. `checked` is the workbook under check (for a source
 * `blad`); `table` is the reference table itself when it stands in that workbook (so that it is
 * not compared with itself).
 */
export function findVastgesteld(source: VastgesteldSource, checked: WorkbookModel): VastgesteldFound {
  switch (source.kind) {
    case "vast":
      return source.begroting.onderdelen.length > 0
        ? { begroting: source.begroting }
        : { problem: "de bewaarde vastgestelde begroting heeft geen onderdelen" };
    case "blad": {
      if (!checked.sheets.some((s) => s.name === source.sheet))
        return { problem: `het blad "${source.sheet}" bestaat niet (meer) in deze werkmap` };
      return begrotingIn(checked, source.sheet);
    }
    case "werkmap":
      if (source.sheet !== undefined && !source.model.sheets.some((s) => s.name === source.sheet))
        return { problem: `het blad "${source.sheet}" bestaat niet in '${source.model.name}'` };
      return begrotingIn(source.model, source.sheet);
  }
}

/** The first begroting of a workbook (or of one of its sheets). */
function begrotingIn(model: WorkbookModel, sheet?: string): VastgesteldFound {
  const stored = storedFromSheet(model.sheets.find((s) => s.name === STATE_SHEET));
  // only the sheet asked for is searched (the checked workbook itself is not detected a second time)
  const data: WorkbookModel = {
    ...model,
    sheets: model.sheets.filter((s) => !isPaneSheet(s.name) && (sheet === undefined || s.name === sheet)),
  };
  const { tables, grids } = findTables(data, stored.tables);
  const candidates = tables.filter((t) => (sheet === undefined || t.sheet === sheet) && PREFERENCE.includes(t.kind));
  const sheetIndex = new Map(data.sheets.map((s, i) => [s.name, i]));
  candidates.sort(
    (a, b) =>
      PREFERENCE.indexOf(a.kind) - PREFERENCE.indexOf(b.kind) ||
      sheetIndex.get(a.sheet)! - sheetIndex.get(b.sheet)! ||
      a.headerRow - b.headerRow ||
      a.firstCol - b.firstCol,
  );
  const where = sheet !== undefined ? `het blad "${sheet}" van '${model.name}'` : `'${model.name}'`;
  for (const table of candidates) {
    const grid = grids.find((g) => g.name === table.sheet)!;
    const begroting = readBegroting(model.name, grid, table);
    if (begroting) return { begroting, table };
  }
  return {
    problem: `geen begroting gevonden in ${where}: een tabel met een kolom Onderdeel en een kolom Begroting of Vastgesteld`,
  };
}

/** The labelled rows of a table with their amounts in the first planned column; null without any. */
function readBegroting(workbook: string, grid: SheetGrid, table: DetectedTable): VastgesteldeBegroting | null {
  const label = table.columns.find((c) => c.role === "label");
  const amount = table.columns.find((c) => c.role === "planned");
  if (!label || !amount) return null;
  const onderdelen: VastgesteldOnderdeel[] = [];
  for (const row of table.detailRows) {
    const text = grid.text(row, label.col);
    if (text === null) continue;
    const value = amountOf(grid, row, amount.col);
    if (value === null) continue;
    onderdelen.push({ label: text, amount: value, cell: a1(row, amount.col) });
  }
  if (onderdelen.length === 0) return null;
  const begroting: VastgesteldeBegroting = {
    workbook,
    sheet: table.sheet,
    range: table.range,
    column: amount.header,
    onderdelen,
  };
  if (amount.year !== undefined) begroting.year = amount.year;
  return begroting;
}

/** A number, an amount typed as text, or 0 for a blank cell; null for anything else. */
function amountOf(grid: SheetGrid, row: number, col: number): Dec | null {
  const cell = grid.get(row, col);
  if (!cell || cell.value.kind === "blank") return new Dec(0);
  if (cell.value.kind === "number") return decFromExcelNumber(cell.value.value);
  if (cell.value.kind === "text") {
    if (cell.value.value.trim() === "") return new Dec(0);
    const parsed = parseAmountText(cell.value.value);
    return parsed && !parsed.percent ? parsed.value : null;
  }
  return null;
}
