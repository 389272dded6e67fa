import { Dec, decFromExcelNumber, sameAmount } from "../decimal";
import { DetectedColumn } from "../detect/types";
import { settlementSign } from "../detect/vocabulary";
import { formatEuro } from "../format";
import { above, ExactSum, TableContext, ZERO } from "./context";

/**
 * The SiSa-verrekening (IZA-DOMAIN.md rule 5, SOK art. 10): money Venlo passed on to a gemeente is
 * accounted for by that gemeente through SiSa, and the difference is settled the year after. Per
 * gemeente: overgemaakt (voorschot), verantwoord, and the verrekening.
 *
 * - verrekening-klopt-niet: the verrekening is not overgemaakt − verantwoord. Workbooks write it
 *   both ways: "Terug te betalen" (positive: the gemeente pays back) or "Na te betalen" (positive:
 *   Venlo pays more), or in two columns side by side; a bare "Verrekening" takes the sign the other
 *   lines use (overgemaakt − verantwoord when they do not tell). The message says which sign it used.
 * - verantwoord-boven-overgemaakt: a gemeente accounted for more than it received.
 * - verrekening-totaal: what Venlo reclaims from, or pays to, the gemeenten in all.
 * The gemeente rules (missing, twice, unknown) are those of every table of gemeenten (./gemeenten).
 */

/** positive is what the gemeente pays back ("terug") or what Venlo pays it ("na"). */
type Sign = "terug" | "na";

/** Where the sign of a settlement column came from. */
type SignSource = "kolomkop" | "regels" | "standaard";

interface SettlementColumn {
  column: DetectedColumn;
  sign: Sign;
  from: SignSource;
}

/** One gemeente's line: the amounts as decimals, a blank as 0. */
interface Line {
  row: number;
  transferred: Dec;
  accounted: Dec;
}

export function checkVerantwoording(ctx: TableContext): void {
  if (ctx.table.kind !== "verantwoording") return;
  const transferred = ctx.first("transferred");
  const accounted = ctx.first("accounted");
  const lines = transferred && accounted ? readLines(ctx, transferred, accounted) : [];
  if (transferred && accounted) {
    for (const line of lines) {
      if (!above(line.accounted, line.transferred)) continue;
      ctx.emit(
        "verantwoord-boven-overgemaakt",
        line.row,
        accounted.col,
        `Verantwoord ${formatEuro(line.accounted)} is ${formatEuro(line.accounted.minus(line.transferred))} meer dan overgemaakt (${formatEuro(line.transferred)}) bij ${ctx.rowName(line.row)}: dat verschil kan niet uit de SPUK IZA worden betaald`,
      );
    }
  }
  const settlements = settlementColumns(ctx, lines);
  if (transferred && accounted) {
    const split = settlements.length === 2 && settlements[0].sign !== settlements[1].sign;
    for (const settlement of split ? settlements : settlements.slice(0, 1)) {
      checkSettlement(ctx, lines, settlement, split, transferred, accounted);
    }
  }
  settlementTotal(ctx, lines, settlements, accounted);
}

function readLines(ctx: TableContext, transferred: DetectedColumn, accounted: DetectedColumn): Line[] {
  const lines: Line[] = [];
  for (const row of ctx.table.detailRows) {
    const t = ctx.num(row, transferred.col);
    const v = ctx.num(row, accounted.col);
    if (t === null || v === null || (t === undefined && v === undefined)) continue; // text, errors: other rules
    lines.push({
      row,
      transferred: t === undefined ? ZERO : decFromExcelNumber(t),
      accounted: v === undefined ? ZERO : decFromExcelNumber(v),
    });
  }
  return lines;
}

/** The settlement as the sign reads it: overgemaakt − verantwoord, or the other way round. */
function expected(line: Line, sign: Sign): Dec {
  const back = line.transferred.minus(line.accounted);
  return sign === "terug" ? back : back.negated();
}

/**
 * The settlement columns with their sign: from the header, else from the lines (the sign most lines
 * fit), else overgemaakt − verantwoord. Two columns of opposite sign are the split form.
 */
function settlementColumns(ctx: TableContext, lines: readonly Line[]): SettlementColumn[] {
  return ctx.columns("settlement").map((column) => {
    const stated = settlementSign(column.header);
    if (stated) return { column, sign: stated, from: "kolomkop" };
    let back = 0;
    let more = 0;
    for (const line of lines) {
      const s = ctx.number(line.row, column.col);
      if (!s || sameAmount(line.transferred, line.accounted)) continue; // 0 fits both signs
      if (sameAmount(s, expected(line, "terug"))) back++;
      else if (sameAmount(s, expected(line, "na"))) more++;
    }
    if (more > back) return { column, sign: "na", from: "regels" };
    return { column, sign: "terug", from: back > 0 ? "regels" : "standaard" };
  });
}

const SIGN_TEXT: Record<Sign, string> = {
  terug: "positief is wat de gemeente terugbetaalt",
  na: "positief is wat Venlo nabetaalt",
};
const SOURCE_TEXT: Record<SignSource, string> = {
  kolomkop: ", volgens de kolomkop",
  regels: ", zoals in de andere regels",
  standaard: "",
};

function checkSettlement(
  ctx: TableContext,
  lines: readonly Line[],
  settlement: SettlementColumn,
  split: boolean,
  transferred: DetectedColumn,
  accounted: DetectedColumn,
): void {
  const col = settlement.column.col;
  const name = ctx.colName(col);
  const formula =
    settlement.sign === "terug"
      ? `${ctx.colName(transferred.col)} − ${ctx.colName(accounted.col)}`
      : `${ctx.colName(accounted.col)} − ${ctx.colName(transferred.col)}`;
  for (const line of lines) {
    const raw = ctx.num(line.row, col);
    if (raw === null || (raw === undefined && !split)) continue; // a blank: lege-bedragcel tells
    const value = raw === undefined ? ZERO : decFromExcelNumber(raw);
    const difference = expected(line, settlement.sign);
    // Split: each column holds its own side, the other side is 0 (or blank).
    const want = split ? Dec.max(difference, ZERO) : difference;
    if (sameAmount(value, want)) continue;
    const what = split
      ? `${formula} is ${formatEuro(difference)}, dus ${settlement.sign === "terug" ? "terug te betalen" : "na te betalen"} ${formatEuro(want)} (terugbetalen en nabetalen staan in aparte kolommen)`
      : `${formula} is ${formatEuro(want)} (${SIGN_TEXT[settlement.sign]}${SOURCE_TEXT[settlement.from]})` +
        (!want.isZero() && sameAmount(value, want.negated()) ? "; het teken is omgekeerd" : "");
    ctx.emit(
      "verrekening-klopt-niet",
      line.row,
      col,
      `${name} ${formatEuro(value)} klopt niet bij ${ctx.rowName(line.row)}: ${what}`,
    );
  }
}

/** "1 gemeente", "9 gemeenten". */
function gemeenten(count: number): string {
  return `${count} ${count === 1 ? "gemeente" : "gemeenten"}`;
}

/**
 * verrekening-totaal: what the settlement comes to for all gemeenten together, on the total (the
 * Totaal row, or the header when there is none): what Venlo reclaims, what it pays, and the balance.
 * Read from the settlement column(s) as the table has them, or as overgemaakt − verantwoord when it
 * has none.
 */
function settlementTotal(
  ctx: TableContext,
  lines: readonly Line[],
  settlements: readonly SettlementColumn[],
  accounted: DetectedColumn | undefined,
): void {
  const split = settlements.length === 2 && settlements[0].sign !== settlements[1].sign;
  const used = split ? settlements : settlements.slice(0, 1);
  /** Per line: positive is what the gemeente pays back. */
  const backs: Dec[] = [];
  if (used.length > 0) {
    for (const row of ctx.table.detailRows) {
      let back: Dec | null = null;
      for (const s of used) {
        const value = ctx.number(row, s.column.col);
        if (!value) continue;
        back = (back ?? ZERO).plus(s.sign === "terug" ? value : value.negated());
      }
      if (back) backs.push(back);
    }
  } else {
    for (const line of lines) backs.push(expected(line, "terug"));
  }
  if (backs.length === 0) return;
  const reclaim = new ExactSum();
  const pay = new ExactSum();
  let reclaimCount = 0;
  let payCount = 0;
  for (const back of backs) {
    if (sameAmount(back, ZERO)) continue;
    if (back.isPositive()) {
      reclaim.add(back);
      reclaimCount++;
    } else {
      pay.add(back.negated());
      payCount++;
    }
  }
  const net = reclaim.value().minus(pay.value());
  const balance = sameAmount(net, ZERO)
    ? `Verrekening per saldo ${formatEuro(ZERO)}: Venlo vordert per saldo niets terug van de gemeenten en betaalt niets na`
    : net.isPositive()
      ? `Verrekening per saldo: Venlo vordert ${formatEuro(net)} terug van de gemeenten`
      : `Verrekening per saldo: Venlo betaalt de gemeenten ${formatEuro(net.negated())} na`;
  const parts: string[] = [];
  if (reclaimCount > 0) parts.push(`${formatEuro(reclaim.value())} terug van ${gemeenten(reclaimCount)}`);
  if (payCount > 0) parts.push(`${formatEuro(pay.value())} na te betalen aan ${gemeenten(payCount)}`);
  const detail = parts.length > 0 ? ` (${parts.join(", ")})` : "";
  const first = used[0];
  const how =
    used.length === 0
      ? "; berekend als overgemaakt − verantwoord (de tabel heeft geen kolom verrekening)"
      : !split && first.from !== "kolomkop"
        ? `; ${ctx.colName(first.column.col)} gelezen met ${SIGN_TEXT[first.sign]}${SOURCE_TEXT[first.from]}`
        : "";
  const col = first?.column.col ?? accounted?.col;
  if (col === undefined) return;
  ctx.emit(
    "verrekening-totaal",
    ctx.table.totalRow ?? Math.max(ctx.table.headerRow, 1),
    col,
    `${balance}${detail}${how}`,
  );
}
