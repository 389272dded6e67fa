import { Dec, sameAmount } from "../decimal";
import { DetectedColumn } from "../detect/types";
import { formatEuro, formatEuroChange, formatPercent } from "../format";
import { checkCumulatief, checkTotaal, HerverdelingStep, statusDetail } from "../herverdeling";
import { capitalize } from "../text";
import { ExactSum, TableContext, ZERO } from "./context";

/**
 * herverdeling-boven-grens and herverdeling-boven-budget, with the same logic as IZA.CHECKREALLOC
 * (checkOnderdeel, checkTotaal), over one or several changes:
 *
 * - the layouts: `Vastgesteld | Gewijzigd` (one state), `Vastgesteld | 1e wijziging | 2e wijziging`
 *   (the changes, one column each), `Vastgesteld | Na 1e wijziging | Na 2e wijziging` (the states
 *   after each change), `Vastgesteld | Mutatie` (one change, no state), and mixes of these; the
 *   columns are the steps from left to right;
 * - per onderdeel the change since vastgesteld after every step (checkCumulatief): the finding falls
 *   on the cell of the first step after which it is beyond the limit, and its message shows the
 *   steps that add up to it;
 * - the total of the latest state against the total vastgesteld;
 * - a state right after a change ("1e wijziging | Na 1e wijziging") must be the state before plus
 *   the change: verschil-klopt-niet on the change's cell otherwise.
 */
export function checkHerverdeling(ctx: TableContext): void {
  const { table, settings } = ctx;
  if (table.kind !== "herverdeling") return;
  const planned = ctx.first("planned");
  if (!planned) return;
  const stepColumns = table.columns.filter((c) => c.role === "changed" || c.role === "mutation");
  if (stepColumns.length === 0) return;
  const last = stepColumns[stepColumns.length - 1];
  const totalPlanned = new ExactSum();
  const totalLatest = new ExactSum();
  let complete = true;
  for (const row of table.detailRows) {
    const a = ctx.read(row, planned.col);
    const reads = stepColumns.map((c) => ctx.read(row, c.col));
    if (a.kind === "blank" && reads.every((r) => r.kind === "blank")) continue;
    const steps = stepsOf(ctx, row, stepColumns);
    if (a.kind !== "number" || !steps) {
      complete = false;
      continue;
    }
    const vastgesteld = ctx.decOf(a.cell);
    const check = checkCumulatief(vastgesteld, steps, settings.maxHerverdeling);
    totalPlanned.add(vastgesteld);
    totalLatest.add(check.states[check.states.length - 1]);
    checkStateAfterChange(ctx, row, planned, stepColumns, steps, check.states);
    if (check.first === null) continue;
    const at = stepColumns[check.first];
    const several = stepColumns.length > 1;
    let message = `${ctx.rowName(row)}: ${statusDetail(check.status)}`;
    if (several) message += `, tot en met ${ctx.colName(at.col)}`;
    if (check.latest.code === "OK" && check.first < stepColumns.length - 1) {
      const latestChange = check.states[check.states.length - 1].minus(vastgesteld);
      message += `; na ${ctx.colName(last.col)} is het weer binnen de grens (${formatEuroChange(latestChange)}${vastgesteld.isZero() ? "" : `, ${formatPercent(latestChange.abs().dividedBy(vastgesteld.abs()))}`})`;
    }
    ctx.emit("herverdeling-boven-grens", row, at.col, `${message}; hiervoor is een besluit van de PhO nodig`);
  }
  if (!complete) return;
  const totaal = checkTotaal(totalLatest.value(), totalPlanned.value());
  if (totaal.code === "FOUT") {
    ctx.emit(
      "herverdeling-boven-budget",
      table.totalRow ?? Math.max(table.headerRow, 1),
      last.col,
      `${capitalize(statusDetail(totaal))} (het totaal vastgesteld)`,
    );
  }
}

/**
 * The steps of a row of a herverdeling, one per step column (a blank change is no change); null
 * when an amount cannot be read (lege-bedragcel, getal-als-tekst or foutwaarde tell what is wrong).
 */
export function stepsOf(
  ctx: TableContext,
  row: number,
  stepColumns: readonly DetectedColumn[],
): HerverdelingStep[] | null {
  const steps: HerverdelingStep[] = [];
  for (const column of stepColumns) {
    const r = ctx.read(row, column.col);
    const mutation = column.role === "mutation";
    if (r.kind === "number") steps.push({ kind: mutation ? "mutatie" : "stand", value: ctx.decOf(r.cell) });
    else if (r.kind === "blank" && mutation) steps.push({ kind: "mutatie", value: ZERO });
    else return null;
  }
  return steps;
}

/** A state column right after a change column must be the amount before that change plus the change. */
function checkStateAfterChange(
  ctx: TableContext,
  row: number,
  planned: DetectedColumn,
  columns: readonly DetectedColumn[],
  steps: readonly HerverdelingStep[],
  states: readonly Dec[],
): void {
  for (let i = 1; i < columns.length; i++) {
    if (steps[i].kind !== "stand" || steps[i - 1].kind !== "mutatie") continue;
    const before = i >= 2 ? states[i - 2] : ctx.number(row, planned.col)!;
    const beforeCol = i >= 2 ? columns[i - 2] : planned;
    const change = steps[i - 1].value;
    const expected = steps[i].value.minus(before);
    if (sameAmount(change, expected)) continue;
    ctx.emit(
      "verschil-klopt-niet",
      row,
      columns[i - 1].col,
      `${ctx.colName(columns[i - 1].col)} ${formatEuro(change)} klopt niet: ${ctx.colName(columns[i].col)} − ${ctx.colName(beforeCol.col)} is ${formatEuro(expected)} bij ${ctx.rowName(row)}`,
    );
  }
}
