import { checkOnderdeel, checkTotaal, statusDetail } from "../herverdeling";
import { isProposal, phoNote } from "../labels";
import { capitalize } from "../text";
import { ExactSum, TableContext } from "./context";

/**
 * herverdeling-boven-grens and herverdeling-boven-budget, with the same logic as IZA.CHECKREALLOC
 * (checkOnderdeel, checkTotaal): per onderdeel against the adopted amount, the total against the
 * total adopted.
 */
export function checkHerverdeling(ctx: TableContext): void {
  const { table, settings } = ctx;
  if (table.kind !== "herverdeling") return;
  const planned = ctx.first("planned");
  const changed = ctx.first("changed");
  if (!planned || !changed) return;
  const totalPlanned = new ExactSum();
  const totalChanged = new ExactSum();
  let complete = true;
  for (const row of table.detailRows) {
    const a = ctx.read(row, planned.col);
    const c = ctx.read(row, changed.col);
    if (a.kind === "blank" && c.kind === "blank") continue;
    if (a.kind !== "number" || c.kind !== "number") {
      complete = false; // lege-bedragcel, getal-als-tekst or foutwaarde tell what is wrong
      continue;
    }
    const vastgesteld = ctx.decOf(a.cell);
    const gewijzigd = ctx.decOf(c.cell);
    totalPlanned.add(vastgesteld);
    totalChanged.add(gewijzigd);
    const status = checkOnderdeel(vastgesteld, gewijzigd, settings.maxHerverdeling);
    if (status.code === "PHO") {
      ctx.emit(
        "herverdeling-boven-grens",
        row,
        changed.col,
        `${ctx.rowName(row)}: ${statusDetail(status)}; ${phoNote(isProposal(changed.header, table.title))}`,
      );
    }
  }
  if (!complete) return;
  const totaal = checkTotaal(totalChanged.value(), totalPlanned.value());
  if (totaal.code === "FOUT") {
    ctx.emit(
      "herverdeling-boven-budget",
      table.totalRow ?? Math.max(table.headerRow, 1),
      changed.col,
      `${capitalize(statusDetail(totaal))} (het totaal vastgesteld)`,
    );
  }
}
