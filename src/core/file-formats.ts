/**
 * The workbook formats the file reader (src/xlsx) reads, by extension, for the doors that choose
 * files by name: the command line's folder search and the pane's file picker, which may not import
 * the reader (it would also load SheetJS with the pane's first screen). The reader itself goes by
 * a file's content, whatever its name.
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
