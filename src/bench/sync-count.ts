import { readWorkbook } from "../excel/read";
import { createExcelMock, sheet } from "../../tests/excel/excel-mock";

/**
 * How many context.sync() calls the Office.js adapter needs to read a workbook of `sheets`
 * begroting sheets, counted on the office-addin-mock Excel of the adapter tests.
 */
export async function countSyncs(sheets: number): Promise<number> {
  const rows = [
    ["Onderdeel", "Bedrag"],
    ["Uitvoeringskosten onderdeel 1", 500000],
    ["Uitvoeringskosten onderdeel 2", 500000],
    ["Totaal", 1000000],
  ];
  const excel = createExcelMock(Array.from({ length: sheets }, (_, i) => sheet(`Blad ${i + 1}`, rows)));
  await readWorkbook(excel.context);
  return excel.syncs();
}
