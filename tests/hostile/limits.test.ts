/**
 * Memory stays bounded: what is too big is refused with a Dutch reason naming the limit, before
 * ExcelJS builds anything for it, and a zip bomb is stopped while it inflates.
 */
import {
  MAX_CELLS,
  MAX_COLUMNS,
  MAX_FILE_BYTES,
  MAX_ROWS,
  MAX_SHEETS,
  MAX_ZIP_ENTRIES,
  readXlsx,
  WorkbookReadError,
} from "../../src/xlsx/read-xlsx";
import { checkWorkbook } from "../../src/core/engine";
import * as hostile from "./hostile-files";

async function reason(bytes: Uint8Array, options?: Parameters<typeof readXlsx>[2]): Promise<string> {
  try {
    await readXlsx(bytes, "x.xlsx", options);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookReadError);
    return (error as Error).message;
  }
  throw new Error("gelezen zonder fout");
}

test("the limits are as documented", () => {
  expect([MAX_FILE_BYTES, MAX_CELLS, MAX_ROWS, MAX_COLUMNS, MAX_SHEETS, MAX_ZIP_ENTRIES]).toEqual([
    50 * 1024 * 1024,
    1_000_000,
    1_048_576,
    1_048_576,
    1_000,
    10_000,
  ]);
});

test("a file over 50 MB is refused before anything is unpacked", async () => {
  const bytes = new Uint8Array(MAX_FILE_BYTES + 1);
  bytes.set([0x50, 0x4b, 0x03, 0x04]);
  expect(await reason(bytes)).toBe("te groot: het bestand is meer dan 50 MB, de controle leest werkmappen tot 50 MB");
  const bigger = new Uint8Array(75 * 1024 * 1024 + 300_000);
  expect(await reason(bigger)).toBe("te groot: het bestand is 75,3 MB, de controle leest werkmappen tot 50 MB");
});

test("a zip that declares more than 200 MB unpacked is refused from its directory alone", async () => {
  expect(await reason(await hostile.declaredZipBomb())).toBe(
    "te groot: uitgepakt is het bestand 4 GB, de controle leest tot 200 MB uitgepakt",
  );
});

test("a zip bomb that lies about its size (1 MB → 1 GB) is stopped while inflating", async () => {
  const bytes = await hostile.lyingZipBomb(1024);
  expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
  const before = process.memoryUsage().rss;
  expect(await reason(bytes)).toBe(
    "beschadigd: een onderdeel van het zip-bestand pakt groter uit dan het opgeeft (een zip-bom?)",
  );
  expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
});

test("more than 1.000.000 cells (formatted empty ones count too) are refused before ExcelJS loads them", async () => {
  // 250.001 rows of 4 formatted cells: a template formatted far down.
  const bytes = await hostile.withSheetXml([hostile.formattedSheetXml(250_001, 4)]);
  const before = process.memoryUsage().rss;
  expect(await reason(bytes)).toBe(
    "te groot: meer dan 1.000.000 gevulde of opgemaakte cellen; verwijder lege opgemaakte rijen en kolommen of splits de werkmap",
  );
  // ExcelJS would take some 750 MB for these cells; counting them takes next to nothing.
  expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
});

test("more than 1.048.576 rows over the sheets (formatted empty rows count too) are refused", async () => {
  const half = hostile.formattedSheetXml(524_289, 0, true);
  expect(await reason(await hostile.withSheetXml([half, half]))).toBe(
    "te groot: meer dan 1.048.576 rijen; verwijder lege opgemaakte rijen en kolommen of splits de werkmap",
  );
});

test("sheets that together use more than 1.048.576 columns (65 sheets up to XFD) are refused", async () => {
  expect(await reason(await hostile.wideSheets(65))).toMatch(
    /^te groot: de werkbladen gebruiken samen meer dan 1\.048\.576 kolommen \(elk blad telt tot zijn laatste gevulde of opgemaakte kolom\)/,
  );
});

test("more than 10.000 parts in the zip, or more than 1.000 worksheets, are refused", async () => {
  expect(await reason(await hostile.manyEntries(MAX_ZIP_ENTRIES))).toBe(
    "te groot: meer dan 10.000 onderdelen in het zip-bestand",
  );
  expect(await reason(await hostile.manySheetParts(MAX_SHEETS + 1))).toBe("te groot: meer dan 1.000 werkbladen");
});

describe("where the environment cannot inflate a stream (no look inside the zip first)", () => {
  test("the filled cells are counted as they are read, and the limit named", async () => {
    const bytes = await hostile.cleanBegroting(); // 22 filled cells
    expect(await reason(bytes, { prescan: false, limits: { cells: 21 } })).toBe(
      "te groot: meer dan 21 gevulde cellen; verwijder lege opgemaakte rijen en kolommen of splits de werkmap",
    );
    expect((await readXlsx(bytes, "x.xlsx", { prescan: false, limits: { cells: 22 } })).sheets[0].cells).toHaveLength(
      22,
    );
  });

  test("merged ranges are not expanded, and the checks find the same", async () => {
    const bytes = await hostile.mergedHeaders();
    const plain = checkWorkbook(await readXlsx(bytes, "m.xlsx"));
    const unscanned = checkWorkbook(await readXlsx(bytes, "m.xlsx", { prescan: false }));
    expect(unscanned.findings).toEqual(plain.findings);
    expect(unscanned.tables).toEqual(plain.tables);
    const huge = await readXlsx(await hostile.hugeUsedRange(true), "g.xlsx", { prescan: false });
    expect(huge.sheets[0].cells).toHaveLength(25);
  });
});
