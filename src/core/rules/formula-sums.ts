import { a1, columnRange } from "../a1";
import { lowerBound } from "../detect/grid";
import type { Cell } from "../workbook";
import { dutchFunctionName, shownFormula } from "../formula/render";
import { holdsSubtotal, SumFormula, sumOf } from "../formula/sums";
import { dutchList, shortList } from "../text";
import { TableContext } from "./context";
import { summedColumns } from "./totals";

/** What a total's formula counts, line by line. */
interface Coverage {
  sum: SumFormula;
  /** How often detail row `r` (a cell with an amount) is counted, through the subtotals it counts too. */
  count(r: number): number;
  /** True when a SUBTOTAL 101–111 passed detail row `r` over because it is hidden. */
  skipsHidden(r: number): boolean;
  header: boolean;
  /** Number cells in its ranges that are no line, subtotal or header of the table. */
  foreign: number[];
}

/** A cell with an amount to count: a number, an error or a formula (text and blanks add nothing). */
function hasAmount(cell: Cell | undefined): boolean {
  return (
    cell !== undefined && (cell.value.kind === "number" || cell.value.kind === "error" || cell.formula !== undefined)
  );
}

/**
 * som-mist-regel: a Totaal or Subtotaal formula that is a plain sum (./formula/sums) but does not
 * count exactly the lines of its table once: it leaves a line out, counts one twice (directly and
 * through a subtotal, or a subtotal and its own lines), or counts the header or a number that is
 * no line of the table. Two layouts are right for a Totaal over subtotals, as real begrotingen
 * have them: the sum of the subtotals (and the lines after the last one), or one SUBTOTAL over the
 * whole range while the subtotals are SUBTOTAL formulas too (Excel then skips them). A subtotal
 * counts the lines of its group: from its first counted line to the line above it. The message
 * names the lines and gives the formula that would be right, as the user types it in Dutch Excel.
 * A total that counts its own cell is a kringverwijzing, not this rule's finding.
 */
export function checkSumRanges(ctx: TableContext): void {
  const { table, grid } = ctx;
  const subtotals = table.subtotalRows ?? [];
  if (table.totalRow === undefined && subtotals.length === 0) return;
  const lines = table.detailRows;
  // The group of each subtotal: the detail rows between the previous subtotal (or the header) and it.
  const runs = new Map<number, number[]>();
  let prev = table.headerRow;
  for (const sub of subtotals) {
    runs.set(
      sub,
      lines.filter((r) => r > prev && r < sub),
    );
    prev = sub;
  }
  const totals = [...subtotals, ...(table.totalRow !== undefined ? [table.totalRow] : [])];

  for (const column of summedColumns(ctx)) {
    const col = column.col;
    const memo = new Map<number, Coverage | null | "self">();
    const visiting = new Set<number>();

    const coverage = (row: number): Coverage | null | "self" => {
      if (memo.has(row)) return memo.get(row)!;
      const cell = grid.get(row, col);
      const info = cell && ctx.formulas.info(cell);
      const sum = info ? sumOf(ctx.formulas, info, grid) : null;
      let outcome: Coverage | null | "self" = null;
      if (sum) {
        visiting.add(row);
        outcome = measure(row, sum);
        visiting.delete(row);
      }
      memo.set(row, outcome);
      return outcome;
    };

    const measure = (row: number, sum: SumFormula): Coverage | null | "self" => {
      // a total of this column: every reference on this sheet, in this column only
      for (const { target } of sum.terms) {
        if (target.grid !== grid || target.area.left !== col || target.area.right !== col) return null;
        if (target.area.top <= row && row <= target.area.bottom) return "self";
      }
      const nested: ((r: number) => number)[] = [];
      let header = false;
      const foreign: number[] = [];
      for (const term of sum.terms) {
        const { top, bottom } = term.target.area;
        // the subtotals (and an earlier total) it counts
        for (const s of totals) {
          if (s < top || s > bottom || s === row) continue;
          const c = grid.get(s, col);
          if (!c || (term.skipsSubtotals && holdsSubtotal(ctx.formulas, c))) continue;
          if (term.skipsHidden && grid.isHiddenRow(s)) continue;
          const inner = visiting.has(s) ? null : coverage(s);
          if (inner && inner !== "self") nested.push((r) => inner.count(r));
          else {
            const run = new Set(runs.get(s) ?? []);
            nested.push((r) => (run.has(r) ? 1 : 0));
          }
        }
        if (table.headerRow >= top && table.headerRow <= bottom && grid.get(table.headerRow, col)) header = true;
        // numbers in its ranges that are no line of the table: walk the sheet's rows beside the lines
        const rows = grid.rowNumbers;
        let j = lowerBound(lines, top);
        for (let i = grid.indexAfter(top - 1); i < rows.length && rows[i] <= bottom; i++) {
          const r = rows[i];
          while (j < lines.length && lines[j] < r) j++;
          if (lines[j] === r || r === table.headerRow || totals.includes(r)) continue;
          if (grid.get(r, col)?.value.kind === "number") foreign.push(r);
        }
      }
      const direct = (r: number): { n: number; hidden: boolean } => {
        let n = 0;
        let hidden = false;
        for (const term of sum.terms) {
          const { top, bottom } = term.target.area;
          if (r < top || r > bottom) continue;
          if (term.skipsSubtotals && holdsSubtotal(ctx.formulas, grid.get(r, col))) continue;
          if (term.skipsHidden && grid.isHiddenRow(r)) {
            hidden = true;
            continue;
          }
          n++;
        }
        return { n, hidden };
      };
      return {
        sum,
        count: (r) => {
          let n = direct(r).n;
          for (const inner of nested) n += inner(r);
          return n;
        },
        skipsHidden: (r) => direct(r).hidden,
        header,
        foreign,
      };
    };

    /** Lines already named in a subtotal's finding: the Totaal does not name them again. */
    const named = new Set<number>();
    /** Where each subtotal's own group starts: its first counted line (or the group's first). */
    const groupStart = new Map<number, number>();

    for (const sub of subtotals) {
      const run = runs.get(sub)!;
      const cov = coverage(sub);
      if (!cov || cov === "self") {
        if (run.length > 0) groupStart.set(sub, run[0]);
        continue;
      }
      const filled = run.filter((r) => hasAmount(grid.get(r, col)));
      const first = filled.find((r) => cov.count(r) > 0) ?? filled[0];
      if (first === undefined) continue;
      groupStart.set(sub, first);
      const group = run.filter((r) => r >= first);
      const missing = filled.filter((r) => r >= first && cov.count(r) === 0 && !cov.skipsHidden(r));
      const hidden = filled.filter((r) => r >= first && cov.count(r) === 0 && cov.skipsHidden(r));
      const doubled = lines.filter((r) => r < sub && cov.count(r) > 1 && hasAmount(grid.get(r, col)));
      const suggestion = formulaFor(cov.sum.fn, cov.sum.code, [[first, group[group.length - 1]]], col);
      if (report(ctx, "Subtotaal", sub, col, cov, missing, hidden, doubled, suggestion))
        for (const r of [...missing, ...hidden, ...doubled]) named.add(r);
    }

    const total = table.totalRow;
    if (total === undefined) continue;
    const cov = coverage(total);
    if (!cov || cov === "self") continue;
    const missing: number[] = [];
    const hidden: number[] = [];
    const doubled: number[] = [];
    for (const r of lines) {
      if (named.has(r) || !hasAmount(grid.get(r, col))) continue;
      const n = cov.count(r);
      if (n > 1) doubled.push(r);
      else if (n === 0) (cov.skipsHidden(r) ? hidden : missing).push(r);
    }
    report(ctx, "Totaal", total, col, cov, missing, hidden, doubled, totalSuggestion(ctx, col, cov, groupStart));
  }
}

/** The right formula for a Totaal: over all lines, or over the subtotals and the lines outside their groups. */
function totalSuggestion(ctx: TableContext, col: number, cov: Coverage, groupStart: Map<number, number>): string {
  const { table } = ctx;
  const lines = table.detailRows;
  const subtotals = table.subtotalRows ?? [];
  const last = Math.max(lines[lines.length - 1], ...subtotals);
  if (subtotals.length === 0) return formulaFor(cov.sum.fn, cov.sum.code, [[lines[0], last]], col);
  const subtotalFormulas = subtotals.filter((s) => holdsSubtotal(ctx.formulas, ctx.grid.get(s, col))).length;
  // One SUBTOTAL over everything is right when the subtotals are SUBTOTAL formulas themselves.
  if (cov.sum.fn === "SUBTOTAL" && subtotalFormulas === subtotals.length)
    return formulaFor("SUBTOTAL", cov.sum.code, [[lines[0], last]], col);
  // Else the subtotals, and the lines that are in no subtotal's group, in order.
  const owned = new Set<number>();
  let prev = table.headerRow;
  for (const sub of subtotals) {
    const start = groupStart.get(sub);
    for (const r of lines) if (r > prev && r < sub && start !== undefined && r >= start) owned.add(r);
    prev = sub;
  }
  const subSet = new Set(subtotals);
  const parts: [number, number][] = [];
  let run: [number, number] | null = null;
  for (const r of [...lines, ...subtotals].sort((a, b) => a - b)) {
    if (!subSet.has(r) && !hasAmount(ctx.grid.get(r, col))) continue; // a heading: in no part
    if (!subSet.has(r) && !owned.has(r)) {
      if (run) run[1] = r;
      else run = [r, r];
      continue;
    }
    if (run) parts.push(run);
    run = null;
    if (subSet.has(r)) parts.push([r, r]);
  }
  if (run) parts.push(run);
  // SUBTOTAL would pass over subtotals that are SUBTOTAL formulas: then SOM.
  const fn = cov.sum.fn === "SUBTOTAL" && subtotalFormulas === 0 ? "SUBTOTAL" : "SUM";
  return formulaFor(fn, cov.sum.code, parts, col);
}

/** "=SOM(C5:C13)", "=SUBTOTAAL(9;C5:C13)", "=SOM(C10;C15;C17:C18)" as the user types it in Dutch Excel. */
function formulaFor(fn: SumFormula["fn"], code: number | undefined, parts: [number, number][], col: number): string {
  const refs = parts.map(([from, to]) => (from === to ? a1(from, col) : columnRange(col, from, to)));
  if (fn === "SUBTOTAL") return `=${dutchFunctionName("SUBTOTAL")}(${[code, ...refs].join(";")})`;
  return `=${dutchFunctionName("SUM")}(${refs.join(";")})`;
}

/** `rij 13 ("Monitoring en evaluatie")`, `de rijen 12 ("…") en 13 ("…")`: up to three, "en nog 2" for the rest. */
function lineList(ctx: TableContext, rows: number[]): string {
  if (rows.length === 1) return ctx.lineName(rows[0]);
  return `de rijen ${shortList(rows.map((r) => ctx.lineName(r, false)))}`;
}

function report(
  ctx: TableContext,
  what: "Totaal" | "Subtotaal",
  row: number,
  col: number,
  cov: Coverage,
  missing: number[],
  hidden: number[],
  doubled: number[],
  suggestion: string,
): boolean {
  const clauses: string[] = [];
  if (missing.length > 0) clauses.push(`${lineList(ctx, missing)} niet mee`);
  if (hidden.length > 0)
    clauses.push(`verborgen ${lineList(ctx, hidden)} niet mee (SUBTOTAAL ${cov.sum.code} slaat verborgen rijen over)`);
  if (doubled.length > 0) clauses.push(`${lineList(ctx, doubled)} dubbel`);
  if (cov.header) clauses.push(`de kopregel (rij ${ctx.table.headerRow}) mee`);
  if (cov.foreign.length > 0) {
    const cells = cov.foreign.map((r) => a1(r, col));
    clauses.push(
      cells.length === 1
        ? `cel ${cells[0]} mee, die geen regel van de tabel is`
        : `de cellen ${shortList(cells)} mee, die geen regels van de tabel zijn`,
    );
  }
  if (clauses.length === 0) return false;
  const cell = ctx.grid.get(row, col)!;
  const current = shownFormula(ctx.formulas.info(cell)!.tokens);
  ctx.emit(
    "som-mist-regel",
    row,
    col,
    `${what} ${current} telt ${dutchList(clauses)}; de juiste formule is ${suggestion}`,
  );
  return true;
}
