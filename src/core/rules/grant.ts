import { Dec, decFromExcelNumber } from "../decimal";
import { isBlankCell, SheetGrid } from "../detect/grid";
import { lastRowOf } from "../detect/table";
import { DetectedTable } from "../detect/types";
import { grantLabelScore, headerNamesYearSpan, headerYear } from "../detect/vocabulary";
import { formatEuro } from "../format";
import { a1 } from "../a1";
import type { Cell } from "../workbook";
import { parseAmountText } from "../amounts";
import type { Grant } from "../sources";
import { above, TableContext } from "./context";

/** Below this share of the grant a begroting is taken for a part (one onderdeel, one gemeente), not the whole. */
const WHOLE_BEGROTING_SHARE = new Dec("0.5");

function insideTable(tables: DetectedTable[], row: number, col: number): boolean {
  return tables.some((t) => row >= t.headerRow && row <= lastRowOf(t) && col >= t.firstCol && col <= t.lastCol);
}

/**
 * The available grant from a labelled cell ("Toekenning", "SPUK IZA", "Budget SPUK", "Beschikbaar")
 * with a positive amount beside it (up to three columns right, past a lone "€") or just below it,
 * outside the tables. A label naming the grant itself wins over a bare "Beschikbaar"; among equals
 * the first in sheet order, then row, then column.
 */
export function findGrantCell(grids: SheetGrid[], tablesBySheet: Map<string, DetectedTable[]>): Grant | null {
  return findGrantCells(grids, tablesBySheet).grant;
}

/**
 * The grants a workbook names: the one for a table without a year (as findGrantCell), and per year
 * the one whose label names that year ("Toekenning 2025", "SPUK IZA 2024"); a label without a year
 * is the grant of every year (the grant is a yearly amount); a label naming a span ("2023-2026") is
 * no one year's grant.
 */
export interface GrantCells {
  grant: Grant | null;
  byYear: ReadonlyMap<number, Grant>;
  withoutYear: Grant | null;
}

export function findGrantCells(grids: SheetGrid[], tablesBySheet: Map<string, DetectedTable[]>): GrantCells {
  type Best = { grant: Grant; score: number } | null;
  const better = (best: Best, score: number): boolean => !best || score > best.score;
  let best: Best = null;
  let withoutYear: Best = null;
  const byYear = new Map<number, { grant: Grant; score: number }>();
  for (const grid of grids) {
    const tables = tablesBySheet.get(grid.name) ?? [];
    for (const row of grid.rowNumbers) {
      const cells = grid.rows.get(row)!;
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i];
        if (cell.value.kind !== "text" || !/^\s*[bstrBSTR]/.test(cell.value.value)) continue;
        const label = cell.value.value.trim();
        const score = grantLabelScore(label);
        if (score === 0) continue;
        const year = headerYear(label);
        const span = year === undefined && headerNamesYearSpan(label);
        const wanted =
          better(best, score) ||
          (year !== undefined && better(byYear.get(year) ?? null, score)) ||
          (year === undefined && !span && better(withoutYear, score));
        if (!wanted || insideTable(tables, row, cell.col)) continue;
        let amountCell: Cell | undefined;
        for (let j = i + 1; j < cells.length && cells[j].col <= cell.col + 3; j++) {
          if (!isBlankCell(cells[j]) && !isCurrencySign(cells[j])) {
            amountCell = cells[j];
            break;
          }
        }
        if (!amountCell) amountCell = grid.get(row + 1, cell.col);
        const amount = amountCell ? amountOf(amountCell) : null;
        if (!amountCell || !amount || !amount.isPositive() || amount.isZero()) continue;
        const found = {
          score,
          grant: {
            amount,
            source: { kind: "cel" as const, sheet: grid.name, cell: a1(amountCell.row, amountCell.col) },
          },
        };
        if (better(best, score)) best = found;
        if (year !== undefined && better(byYear.get(year) ?? null, score)) byYear.set(year, found);
        if (year === undefined && !span && better(withoutYear, score)) withoutYear = found;
      }
    }
  }
  const years = new Map<number, Grant>();
  for (const [year, found] of byYear) years.set(year, found.grant);
  return { grant: best?.grant ?? null, byYear: years, withoutYear: withoutYear?.grant ?? null };
}

/** A cell holding only "€" (or "EUR"), put in its own column before the amount. */
function isCurrencySign(cell: Cell): boolean {
  return cell.value.kind === "text" && /^\s*(?:€|eur|euro)\s*$/i.test(cell.value.value);
}

/** A number, or an amount typed as text ("4.747.850"). */
function amountOf(cell: Cell): Dec | null {
  if (cell.value.kind === "number") return decFromExcelNumber(cell.value.value);
  if (cell.value.kind === "text") {
    const parsed = parseAmountText(cell.value.value);
    return parsed && !parsed.percent ? parsed.value : null;
  }
  return null;
}

/** A total the grant rule holds against a grant: what it is ("begroting 2025"), the year (" 2025" or ""), where. */
export interface GrantTotal {
  what: string;
  year: string;
  grant: Grant;
  total: Dec;
  row: number;
  col: number;
}

/**
 * The totals checkGrant compares, each with its grant: planned (and actual in a realisatie), per
 * year's grant in a table with a column per year, none for a column of several years. A verdeling,
 * a verantwoording and a register are parts of the money, not a begroting of all of it: none.
 * Also what a clean table lists as checked (../checked.ts).
 */
export function grantTotals(ctx: TableContext): GrantTotal[] {
  const { table } = ctx;
  if (table.kind === "verdeling" || table.kind === "verantwoording" || table.kind === "register") return [];
  const roles = table.kind === "realisatie" ? ["planned", "actual"] : ["planned"];
  const perYear = ctx.years.length > 0;
  const totals: GrantTotal[] = [];
  for (const column of table.columns) {
    if (!roles.includes(column.role)) continue;
    const grant = ctx.grantFor(column);
    if (!grant) continue;
    const { total, row, col } = ctx.columnTotal(column.col);
    const year = perYear && column.year !== undefined ? ` ${column.year}` : "";
    const what =
      (column.role === "actual" ? "realisatie" : table.kind === "herverdeling" ? "vastgesteld" : "begroting") + year;
    totals.push({ what, year, grant, total, row, col });
  }
  return totals;
}

/**
 * boven-toekenning: the total of a begroting (or of the planned or actual amounts of a realisatie,
 * or of the adopted amounts of a herverdeling) above the available grant.
 * onder-toekenning: a begroting total below it: the part not budgeted.
 * A table with a column per year (ctx.years) holds each year's column against that year's grant
 * and names the year; a column of several years ("Totaal 2023-2026") is held against none.
 */
export function checkGrant(ctx: TableContext): void {
  const { table } = ctx;
  for (const { what, year, grant, total, row, col } of grantTotals(ctx)) {
    if (above(total, grant.amount)) {
      ctx.emit(
        "boven-toekenning",
        row,
        col,
        `Totaal ${what} ${formatEuro(total)} is ${formatEuro(total.minus(grant.amount))} hoger dan de beschikbare toekenning${year} van ${formatEuro(grant.amount)}`,
      );
    } else if (
      table.kind === "begroting" &&
      above(grant.amount, total) &&
      total.gte(grant.amount.times(WHOLE_BEGROTING_SHARE))
    ) {
      ctx.emit(
        "onder-toekenning",
        row,
        col,
        `Niet begroot${year ? ` in${year}` : ""}: ${formatEuro(grant.amount.minus(total))} van de toekenning${year} van ${formatEuro(grant.amount)} (totaal ${what} ${formatEuro(total)})`,
      );
    }
  }
}
