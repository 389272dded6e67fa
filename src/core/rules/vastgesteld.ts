import { formatEuro } from "../format";
import { checkOnderdeel, checkTotaal, statusDetail } from "../herverdeling";
import { MATCH_HOW_TEXT, matchOnderdelen } from "../onderdelen";
import { isProposal, phoNote } from "../labels";
import { capitalize } from "../text";
import { ExactSum, quoteLabel, TableContext, ZERO } from "./context";

/**
 * A begroting against the vastgestelde begroting of another file or sheet (issue 16 §2), with the
 * logic of IZA.CHECKREALLOC (checkOnderdeel, checkTotaal): the rows are matched to the onderdelen
 * of the vastgestelde begroting by their labels (../onderdelen), then
 * - herverdeling-boven-grens on a row's amount: beyond the limit from its vastgesteld amount, or
 *   any amount on a row that matches no onderdeel (vastgesteld 0);
 * - onderdeel-verdwenen on the Totaal cell: an onderdeel of the vastgestelde begroting that no row
 *   matches (its amount went to 0, or it is written beyond recognition);
 * - herverdeling-boven-budget on the Totaal cell: the total above the total vastgesteld.
 * The amount column is the one of the vastgestelde begroting's year, else the first begroting
 * column; a table with a column per year is compared only when it has a column of that year.
 */
export function checkTegenVastgesteld(ctx: TableContext): void {
  const { table, settings } = ctx;
  const reference = ctx.vastgesteld;
  if (!reference || table.kind !== "begroting") return;
  if (reference.table && reference.table.sheet === table.sheet && reference.table.range === table.range) return;
  const labelCol = ctx.labelCol;
  const planned = ctx.columns("planned");
  const year = reference.begroting.year;
  // A table with a column per year is compared in the column of the vastgestelde begroting's year only.
  const amount =
    planned.find((c) => year !== undefined && c.year === year) ?? (ctx.years.length > 0 ? undefined : planned[0]);
  if (labelCol === undefined || !amount) return;
  // a proposal still needs the PhO's decision; a begroting already changed asks whether it was taken
  const pho = phoNote(isProposal(amount.header, table.title));
  const { begroting } = reference;
  const rows = table.detailRows.filter((row) => ctx.grid.text(row, labelCol) !== null);
  const matching = matchOnderdelen(
    rows.map((row) => ctx.grid.text(row, labelCol)!),
    begroting.onderdelen.map((o) => o.label),
  );
  reference.record({
    sheet: table.sheet,
    range: table.range,
    matches: matching.matches,
    unmatched: matching.unmatched.map((i) => begroting.onderdelen[i].label),
  });
  const max = settings.maxHerverdeling;
  const current = new ExactSum();
  let complete = true;
  matching.matches.forEach((match, i) => {
    const row = rows[i];
    const read = ctx.read(row, amount.col);
    if (read.kind !== "number") {
      complete = false; // lege-bedragcel, getal-als-tekst or foutwaarde tell what is wrong
      return;
    }
    const value = ctx.decOf(read.cell);
    current.add(value);
    if (match.reference === null) {
      const status = checkOnderdeel(ZERO, value, max);
      if (status.code === "PHO")
        ctx.emit(
          "herverdeling-boven-grens",
          row,
          amount.col,
          `${ctx.rowName(row)} staat niet in de vastgestelde begroting: ${statusDetail(status)}`,
        );
      return;
    }
    const status = checkOnderdeel(begroting.onderdelen[match.reference].amount, value, max);
    if (status.code !== "PHO") return;
    const how = match.how === "gelijk" ? "" : ` (${quoteLabel(match.referenceLabel!)}, ${MATCH_HOW_TEXT[match.how!]})`;
    ctx.emit(
      "herverdeling-boven-grens",
      row,
      amount.col,
      `${ctx.rowName(row)}: ${statusDetail(status)} ten opzichte van de vastgestelde begroting${how}; ${pho}`,
    );
  });
  const totalRow = table.totalRow ?? Math.max(table.headerRow, 1);
  for (const index of matching.unmatched) {
    const onderdeel = begroting.onderdelen[index];
    const status = checkOnderdeel(onderdeel.amount, ZERO, max);
    if (status.code !== "PHO") continue;
    ctx.emit(
      "onderdeel-verdwenen",
      totalRow,
      amount.col,
      `${quoteLabel(onderdeel.label)} (vastgesteld ${formatEuro(onderdeel.amount)}) staat niet in deze begroting: ${statusDetail(status)}; ${pho}${pho.endsWith("?") ? "" : "."} Staat het er onder een andere naam, geef het dan de naam uit de vastgestelde begroting`,
    );
  }
  if (!complete) return;
  const adopted = new ExactSum();
  for (const onderdeel of begroting.onderdelen) adopted.add(onderdeel.amount);
  const totaal = checkTotaal(current.value(), adopted.value());
  if (totaal.code === "FOUT") {
    ctx.emit(
      "herverdeling-boven-budget",
      totalRow,
      amount.col,
      `${capitalize(statusDetail(totaal))} (het totaal van de vastgestelde begroting)`,
    );
  }
}
