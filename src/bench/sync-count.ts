import { readWorkbook } from "../excel/read";

/**
 * How many context.sync() calls the Office.js adapter needs to read a workbook of `sheets`
 * begroting sheets. A plain stand-in for Excel that answers exactly the calls readWorkbook makes
 * and counts the syncs; that the adapter loads before it reads (what a real Excel insists on) is
 * shown by tests/excel/read.test.ts on the strict office-addin-mock Excel of the adapter tests.
 */
export async function countSyncs(sheets: number): Promise<number> {
  const rows: (string | number)[][] = [
    ["Onderdeel", "Bedrag"],
    ["Uitvoeringskosten onderdeel 1", 500000],
    ["Uitvoeringskosten onderdeel 2", 500000],
    ["Totaal", 1000000],
  ];
  const load = () => undefined;
  const range = (row0: number, col0: number, height: number, width: number) => {
    const block = Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => rows[row0 + r]?.[col0 + c] ?? ""),
    );
    return {
      load,
      values: block,
      formulas: block,
      numberFormat: block.map((row) => row.map(() => "General")),
      valueTypes: block.map((row) =>
        row.map((v) => (typeof v === "number" ? "Double" : v === "" ? "Empty" : "String")),
      ),
    };
  };
  const noNames = { load, items: [] };
  const worksheet = (name: string) => ({
    name,
    visibility: "Visible",
    names: noNames,
    getUsedRangeOrNullObject: () => ({
      load,
      isNullObject: false,
      rowIndex: 0,
      columnIndex: 0,
      rowCount: rows.length,
      columnCount: 2,
      rowHidden: false,
      columnHidden: false,
    }),
    getRangeByIndexes: range,
  });
  let syncs = 0;
  const context = {
    workbook: {
      name: "bench.xlsx",
      load,
      names: noNames,
      worksheets: { load, items: Array.from({ length: sheets }, (_, i) => worksheet(`Blad ${i + 1}`)) },
    },
    sync: async () => {
      syncs++;
    },
  };
  await readWorkbook(context as unknown as Excel.RequestContext);
  return syncs;
}
