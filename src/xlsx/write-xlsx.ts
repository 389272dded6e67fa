import * as XLSX from "@e965/xlsx";
import type { OverviewSheet } from "../ports/workbook-door";

/**
 * The .xlsx of "Download overzicht" and `iza-controle --xlsx`, written with SheetJS Community
 * Edition, the workbook library the reader uses too (one library in the bundle). The rows come
 * from core/export (overviewSheets); every cell is written as text (type "s", never a formula,
 * so a sheet named "=…" in a checked workbook stays text), the first row is the header with an
 * autofilter, and the columns get widths in characters (SheetJS `!cols` `wch`; "Utilities" and
 * "Column Properties" in the SheetJS docs). In the pane this module is loaded only when the user
 * asks for the .xlsx (a chunk of its own, through src/xlsx/file-door.ts).
 */

export function writeOverviewXlsx(sheets: readonly OverviewSheet[]): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const ws: XLSX.WorkSheet = {};
    const width = Math.max(1, ...sheet.rows.map((r) => r.length));
    sheet.rows.forEach((row, r) => {
      row.forEach((text, c) => {
        ws[XLSX.utils.encode_cell({ r, c })] = { t: "s", v: text };
      });
    });
    const range = { s: { r: 0, c: 0 }, e: { r: Math.max(0, sheet.rows.length - 1), c: width - 1 } };
    ws["!ref"] = XLSX.utils.encode_range(range);
    if (sheet.rows.length > 0)
      ws["!autofilter"] = { ref: XLSX.utils.encode_range({ s: range.s, e: { r: range.e.r, c: range.e.c } }) };
    if (sheet.widths) ws["!cols"] = sheet.widths.map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(book, ws, sheet.name);
  }
  return new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer);
}
