import { dutchList, quote } from "../text";
import { AMOUNT_ROLES, ColumnRole, VALUE_ROLES } from "../detect/types";
import { formatEuro, formatNumber } from "../format";
import { TableContext } from "./context";
import { compareAmounts, finerThanCents } from "./exact";

/** Excel's error values as a Dutch Excel shows them. */
const DUTCH_ERRORS: Record<string, string> = {
  "#REF!": "#VERW!",
  "#DIV/0!": "#DEEL/0!",
  "#VALUE!": "#WAARDE!",
  "#N/A": "#N/B",
  "#NAME?": "#NAAM?",
  "#NUM!": "#GETAL!",
  "#NULL!": "#LEEG!",
  "#SPILL!": "#OVERLOOP!",
  "#CALC!": "#BEREKENING!",
};

/**
 * A reference into another workbook: [1]Begroting!B2, or '…\[begroting.xlsx]Blad1'!B5 — a
 * bracket followed by a sheet name and "!". A table's structured reference (Tabel1[Bedrag]) has no
 * "!" after its bracket.
 */
const EXTERNAL_REFERENCE = /\[(?:\d+|[^[\]]+\.xl[a-z]{1,2})\](?:[A-Za-z0-9_.]+|[^'!]*')!/i;

/** Amounts that are never below zero (a settlement is: what Venlo pays the gemeente). */
const SIGNED_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "planned",
  "changed",
  "actual",
  "transferred",
  "accounted",
]);
const CENT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "planned",
  "changed",
  "mutation",
  "actual",
  "invoiced",
  "transferred",
  "accounted",
  "settlement",
]);

/**
 * Rules about single cells of the amount columns: getal-als-tekst, foutwaarde, negatief-bedrag,
 * meer-dan-twee-decimalen, externe-koppeling, and lege-bedragcel (an amount missing where the
 * other rows have one).
 */
export function checkCells(ctx: TableContext): void {
  const { table } = ctx;
  const allRows = [
    ...table.detailRows,
    ...(table.subtotalRows ?? []),
    ...(table.totalRow !== undefined ? [table.totalRow] : []),
  ];
  const detailCount = table.detailRows.length;
  for (const column of table.columns) {
    if (!VALUE_ROLES.has(column.role)) continue;
    const col = column.col;
    const signed = SIGNED_ROLES.has(column.role);
    const inCents = CENT_ROLES.has(column.role);
    for (let i = 0; i < allRows.length; i++) {
      const row = allRows[i];
      const cell = ctx.grid.get(row, col);
      if (!cell) continue;
      if (cell.formula && EXTERNAL_REFERENCE.test(cell.formula)) {
        ctx.emit(
          "externe-koppeling",
          row,
          col,
          `Het bedrag bij ${ctx.rowName(row)} komt via een koppeling uit een andere werkmap (${quote(`=${cell.formula}`, 60)}); ` +
            "het klopt alleen zolang die werkmap bereikbaar is en de koppeling wordt bijgewerkt",
        );
      }
      const v = cell.value;
      if (v.kind === "number") {
        if (i >= detailCount) continue; // totals: the rows above tell
        if (signed && v.value < 0 && compareAmounts(v.value, 0) < 0) {
          ctx.emit(
            "negatief-bedrag",
            row,
            col,
            `Negatief bedrag ${formatEuro(ctx.decOf(cell))} bij ${ctx.rowName(row)} in kolom ${ctx.colName(col)}`,
          );
        }
        if (inCents && !Number.isInteger(v.value) && finerThanCents(v.value)) {
          const dec = ctx.decOf(cell);
          ctx.emit(
            "meer-dan-twee-decimalen",
            row,
            col,
            `Bedrag ${formatNumber(dec, 2, 20)} heeft delen van een cent (afgerond ${formatEuro(dec)}); rond af op centen`,
          );
        }
      } else if (v.kind === "error") {
        const dutch = DUTCH_ERRORS[v.value];
        ctx.emit(
          "foutwaarde",
          row,
          col,
          `De cel bevat de foutwaarde ${v.value}${dutch ? ` (${dutch})` : ""} bij ${ctx.rowName(row)} in kolom ${ctx.colName(col)}`,
        );
      } else if (v.kind === "text") {
        const r = ctx.read(row, col);
        if (r.kind !== "text-number") continue;
        const meant = r.percent
          ? `${formatNumber(r.dec, 0, 4)}%`
          : column.role === "percentage" || column.role === "key"
            ? formatNumber(r.dec, 0, 6)
            : formatEuro(r.dec);
        ctx.emit(
          "getal-als-tekst",
          row,
          col,
          `${quote(r.text)} staat als tekst in de cel, niet als getal (${meant}): een SOM telt het niet mee`,
        );
      }
    }
  }
  checkEmptyAmounts(ctx);
}

/** A row heading a group rather than holding an amount: "ONDERDEEL 3", "Ketenaanpakken:". */
function looksLikeHeading(label: string): boolean {
  return /:\s*$/.test(label) || (/[A-Z]/.test(label) && label === label.toUpperCase()) || label.length > 120;
}

function checkEmptyAmounts(ctx: TableContext): void {
  const { table } = ctx;
  const labelCol = ctx.labelCol;
  if (labelCol === undefined) return;
  const labelled = table.detailRows.filter((row) => ctx.grid.text(row, labelCol) !== null);
  if (labelled.length < 3) return;
  // A blank change ("2e wijziging") is no change: only the amounts themselves must be there.
  const valueCols = table.columns.filter(
    (c) => VALUE_ROLES.has(c.role) && c.role !== "percentage" && c.role !== "mutation",
  );
  const filledCols = valueCols.filter((c) => {
    let filled = 0;
    for (const row of labelled) if (ctx.read(row, c.col).kind !== "blank") filled++;
    return filled >= 2 && filled * 2 > labelled.length;
  });
  if (filledCols.length === 0) return;
  for (const row of labelled) {
    const empty = filledCols.filter((c) => ctx.read(row, c.col).kind === "blank");
    if (empty.length === 0) continue;
    const anyValue = valueCols.some((c) => ctx.read(row, c.col).kind !== "blank");
    if (!anyValue && looksLikeHeading(ctx.grid.text(row, labelCol)!)) continue;
    const what = empty.some((c) => AMOUNT_ROLES.has(c.role)) ? "geen bedrag" : "geen waarde";
    ctx.emit(
      "lege-bedragcel",
      row,
      empty[0].col,
      `${ctx.rowName(row)} heeft ${what} in ${empty.length === 1 ? "kolom" : "de kolommen"} ${dutchList(empty.map((c) => ctx.colName(c.col)))}, terwijl de andere regels er wel een hebben`,
    );
  }
}
