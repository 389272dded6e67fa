import { ExportFile, findingRows, overviewFileName, overviewSheets, toCsv } from "../core/export";
import { formatDate } from "../core/labels";
import type { WriteOverviewXlsx } from "../ports/workbook-door";
import type { OpenWorkbook } from "./session";

/** Saves a file the page made: in a browser, a download. */
export type SaveFile = (name: string, data: Blob) => void;

/** The browser's way: an object URL and a link with `download`, clicked (no request leaves the page). */
export const saveInBrowser: SaveFile = (name, data) => {
  const url = URL.createObjectURL(data);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

/** The workbooks of the session as the export core takes them: every file checked or refused, in order. */
export function exportFilesOf(workbooks: readonly OpenWorkbook[]): ExportFile[] {
  return workbooks
    .filter((w) => w.run || w.refused)
    .map((w) =>
      w.refused || !w.run
        ? { file: w.name, error: w.problem?.message ?? "onbekende reden" }
        : { file: w.name, error: null, check: w.run },
    );
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** "Download overzicht": the rows of core/export, as CSV (core) or .xlsx (the SheetJS writer). */
export async function downloadOverview(
  kind: "csv" | "xlsx",
  workbooks: readonly OpenWorkbook[],
  writeXlsx: WriteOverviewXlsx,
  save: SaveFile,
  now: Date = new Date(),
): Promise<string> {
  const files = exportFilesOf(workbooks);
  const name = overviewFileName(formatDate(now), kind);
  if (kind === "csv") {
    save(name, new Blob([toCsv(findingRows(files))], { type: "text/csv;charset=utf-8" }));
  } else {
    const bytes = await writeXlsx(overviewSheets(files));
    save(name, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
  }
  return name;
}
