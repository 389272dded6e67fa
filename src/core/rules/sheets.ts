import { WorkbookContext } from "./context";

/** verborgen-blad: a hidden (or very hidden) sheet holds a table that is checked. */
export function checkHiddenSheets(ctx: WorkbookContext): void {
  for (const grid of ctx.grids) {
    const tables = ctx.tablesBySheet.get(grid.name);
    if (!tables || tables.length === 0 || !grid.sheet.visibility || grid.sheet.visibility === "visible") continue;
    const t = tables[0];
    ctx.emit({
      rule: "verborgen-blad",
      sheetIndex: grid.index,
      sheet: grid.name,
      row: Math.max(t.headerRow, 1),
      col: t.firstCol,
      message: `Dit blad is verborgen, maar de controle telt ${tables.length === 1 ? "de tabel" : `${tables.length} tabellen, waaronder de tabel`} op ${t.range} (${t.kind}) mee`,
    });
  }
}
