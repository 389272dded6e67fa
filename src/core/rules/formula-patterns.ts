import { VALUE_ROLES } from "../detect/types";
import { formatNumber, formatPercent } from "../format";
import { FormulaInfo } from "../formula/book";
import { shownFormula } from "../formula/render";
import type { Cell } from "../workbook";
import { TableContext } from "./context";

/** The fewest lines that make a pattern, and the share of the column's lines it must hold. */
const MIN_PATTERN = 3;
const PATTERN_SHARE = 2 / 3;

interface Line {
  row: number;
  cell: Cell;
  info?: FormulaInfo;
  shape?: string;
}

/**
 * inconsistente-formule: in a column whose lines are computed — at least three lines and two
 * thirds of its filled lines share one formula, compared as Excel copies formulas (R1C1-style:
 * =B5-C5 in row 5 and =B6-C6 in row 6 are the same) — a line with another formula, or with a
 * typed number. On the odd cell, with the formula the pattern gives there. Excel's own check
 * ("inconsistent formula") in the words of the table. The first line of a running total (=C5, or a
 * typed opening balance, above =D5+C6) is not held against a pattern that refers to the line above.
 * A typed number that verschil-klopt-niet, percentage-klopt-niet or verrekening-klopt-niet
 * already reports is left to that fout.
 */
export function checkFormulaPatterns(ctx: TableContext): void {
  for (const column of ctx.table.columns) {
    if (!VALUE_ROLES.has(column.role)) continue;
    const col = column.col;
    const lines: Line[] = [];
    for (const row of ctx.table.detailRows) {
      const cell = ctx.grid.get(row, col);
      if (!cell) continue;
      if (cell.formula !== undefined) {
        const info = ctx.formulas.info(cell)!;
        lines.push({ row, cell, info, shape: ctx.formulas.shapeKey(info, row) });
      } else if (cell.value.kind === "number") lines.push({ row, cell });
    }
    if (lines.length <= MIN_PATTERN) continue;
    const byShape = new Map<string, { count: number; line: Line }>();
    for (const line of lines) {
      if (line.shape === undefined) continue;
      const entry = byShape.get(line.shape);
      if (entry) entry.count++;
      else byShape.set(line.shape, { count: 1, line });
    }
    let best: { count: number; line: Line } | undefined;
    for (const entry of byShape.values()) if (!best || entry.count > best.count) best = entry;
    if (!best || best.count < MIN_PATTERN || best.count < lines.length * PATTERN_SHARE || best.count === lines.length)
      continue;
    const pattern = best.line;
    const { up, down } = directions(pattern);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.shape === pattern.shape) continue;
      // a pattern over the line above cannot hold on the first line (nor one over the line below on the last)
      if ((i === 0 && up) || (i === lines.length - 1 && down)) continue;
      const here = shownFormula(pattern.info!.tokens, { shift: { rows: line.row - pattern.row, cols: 0 } });
      const where = `In kolom ${ctx.colName(col)}`;
      if (line.info) {
        ctx.emit(
          "inconsistente-formule",
          line.row,
          col,
          `${where} heeft ${ctx.lineName(line.row)} de formule ${shownFormula(line.info.tokens)}, anders dan de andere regels: die rekenen hier ${here}`,
        );
      } else {
        if (
          ctx.hasReported("verschil-klopt-niet", line.row, col) ||
          ctx.hasReported("percentage-klopt-niet", line.row, col) ||
          ctx.hasReported("verrekening-klopt-niet", line.row, col)
        )
          continue;
        ctx.emit(
          "inconsistente-formule",
          line.row,
          col,
          `${where} staat op ${ctx.lineName(line.row)} een getypt getal (${shown(ctx, line.cell, col, column.role)}) waar de andere regels een formule hebben: hier ${here}; een getypt getal volgt wijzigingen niet`,
        );
      }
    }
  }
}

/** Whether a formula refers to lines above or below its own (relative rows only). */
function directions(line: Line): { up: boolean; down: boolean } {
  let up = false;
  let down = false;
  for (const ref of line.info!.refs) {
    if (ref.ref.kind !== "area" || ref.ref.sheet !== undefined) continue;
    for (const corner of ref.ref.corners) {
      if (corner.row === undefined || corner.rowAbs) continue;
      if (corner.row < line.row) up = true;
      if (corner.row > line.row) down = true;
    }
  }
  return { up, down };
}

function shown(ctx: TableContext, cell: Cell, col: number, role: string): string {
  const dec = ctx.decOf(cell);
  if (role !== "percentage") return ctx.show(col, dec);
  return cell.numFmt?.includes("%") ? formatPercent(dec, 2) : formatNumber(dec, 0, 4);
}
