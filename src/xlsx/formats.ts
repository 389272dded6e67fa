/**
 * The file formats the reader reads, by extension, for the doors that choose files by name (the
 * command line's folder search, the pane's file picker). Kept apart from the reader so that the
 * pane's first chunk can use it without loading SheetJS. The reader itself goes by content.
 */
export const WORKBOOK_EXTENSIONS = [".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"] as const;

/** "…, .xls of .ods", for messages. */
export const WORKBOOK_EXTENSIONS_TEXT = `${WORKBOOK_EXTENSIONS.slice(0, -1).join(", ")} of ${WORKBOOK_EXTENSIONS.at(-1)}`;

/** For an <input type="file" accept>: the extensions and their media types. */
export const WORKBOOK_ACCEPT = [
  ...WORKBOOK_EXTENSIONS,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-excel.sheet.macroEnabled.12",
  "application/vnd.ms-excel.sheet.binary.macroEnabled.12",
  "application/vnd.ms-excel",
  "application/vnd.oasis.opendocument.spreadsheet",
].join(",");

export function isWorkbookFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return WORKBOOK_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
