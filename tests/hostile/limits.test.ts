/**
 * Nothing grows without bound: what is too big is refused with a Dutch reason naming the limit,
 * before SheetJS builds anything for it, and a zip bomb is stopped while it inflates. What makes a
 * reader's work grow faster than the file (50.000 merges, a hyperlink over a whole sheet, array
 * formulas, comments, a chart's point index) is counted as it streams out and held to a limit.
 */
import * as XLSX from "@e965/xlsx";
import {
  MAX_ARRAY_FORMULAS,
  MAX_CELLS,
  MAX_COLUMNS,
  MAX_COMMENTS,
  MAX_FILE_BYTES,
  MAX_MERGED_CELLS,
  MAX_MERGES,
  MAX_ROWS,
  MAX_SHEETS,
  MAX_UNPACKED_BYTES,
  MAX_ZIP_ENTRIES,
  ReadOptions,
  readXlsx,
  WorkbookReadError,
} from "../../src/xlsx/read-xlsx";
import { nodeInflate } from "../../src/cli/node-inflate";
import { checkWorkbook } from "../../src/core/engine";
import * as hostile from "./hostile-files";

async function reason(bytes: Uint8Array, options?: ReadOptions): Promise<string> {
  try {
    await readXlsx(bytes, "x.xlsx", options);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookReadError);
    return (error as Error).message;
  }
  throw new Error("gelezen zonder fout");
}

const SLIM_DOWN = "verwijder lege opgemaakte rijen en kolommen of splits de werkmap";

test("the limits are as documented", () => {
  expect({
    MAX_FILE_BYTES,
    MAX_UNPACKED_BYTES,
    MAX_ZIP_ENTRIES,
    MAX_SHEETS,
    MAX_CELLS,
    MAX_ROWS,
    MAX_COLUMNS,
    MAX_MERGES,
    MAX_MERGED_CELLS,
    MAX_ARRAY_FORMULAS,
    MAX_COMMENTS,
  }).toEqual({
    MAX_FILE_BYTES: 50 * 1024 * 1024,
    MAX_UNPACKED_BYTES: 200 * 1024 * 1024,
    MAX_ZIP_ENTRIES: 10_000,
    MAX_SHEETS: 10_000,
    MAX_CELLS: 1_000_000,
    MAX_ROWS: 1_048_576,
    MAX_COLUMNS: 1_048_576,
    MAX_MERGES: 100_000,
    MAX_MERGED_CELLS: 100_000,
    MAX_ARRAY_FORMULAS: 1_000,
    MAX_COMMENTS: 10_000,
  });
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

test("with Node's zlib (as iza-controle inflates) a zip bomb and a damaged part stop the same way", async () => {
  const before = process.memoryUsage().rss;
  expect(await reason(await hostile.lyingZipBomb(1024), { inflate: nodeInflate })).toBe(
    "beschadigd: een onderdeel van het zip-bestand pakt groter uit dan het opgeeft (een zip-bom?)",
  );
  expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  expect(await reason(await hostile.corruptZip("scrambled"), { inflate: nodeInflate })).toMatch(
    /^beschadigd: de gegevens van het onderdeel xl\/worksheets\/sheet1\.xml zijn niet uit te pakken/,
  );
  expect(await reason(await hostile.xmlBomb(), { inflate: nodeInflate })).toMatch(/^een XML-bom: /);
  const clean = await hostile.mergedHeaders();
  expect(await readXlsx(clean, "m.xlsx", { inflate: nodeInflate })).toEqual(await readXlsx(clean, "m.xlsx"));
});

test("more than 1.000.000 cells (formatted empty ones count too) are refused before SheetJS loads them", async () => {
  // 250.001 rows of 4 formatted cells: a template formatted far down.
  const bytes = await hostile.withSheetXml([hostile.formattedSheetXml(250_001, 4)]);
  const before = process.memoryUsage().rss;
  expect(await reason(bytes)).toBe(`te groot: meer dan 1.000.000 gevulde of opgemaakte cellen; ${SLIM_DOWN}`);
  // SheetJS would take some 300 MB for these cells; counting them takes next to nothing.
  expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
});

test("more than 1.048.576 rows over the sheets (formatted empty rows count too) are refused", async () => {
  const half = hostile.formattedSheetXml(524_289, 0, true);
  expect(await reason(await hostile.withSheetXml([half, half]))).toBe(
    `te groot: meer dan 1.048.576 rijen; ${SLIM_DOWN}`,
  );
});

test("a cell in column XFD costs nothing; column formatting over more than 1.048.576 columns is refused", async () => {
  // 65 sheets with a cell in XFD1: nothing of SheetJS's or the model grows with the last column
  const wide = await readXlsx(await hostile.wideSheets(65), "breed.xlsx");
  expect(wide.sheets).toHaveLength(65);
  expect(wide.sheets[64].cells.map((c) => c.col)).toEqual([1, 16_384]);
  // SheetJS copies a column description for every column it covers
  expect(await reason(await hostile.multiplier("columns", 65))).toBe(
    `te groot: de werkbladen beschrijven samen meer dan 1.048.576 kolommen (kolombreedte of -opmaak, per kolom geteld); ${SLIM_DOWN}`,
  );
});

test("more than 10.000 parts in the zip, or more worksheets than the limit, are refused", async () => {
  expect(await reason(await hostile.manyEntries(MAX_ZIP_ENTRIES))).toBe(
    "te groot: meer dan 10.000 onderdelen in het zip-bestand",
  );
  expect(await reason(await hostile.manySheetParts(101), { limits: { sheets: 100 } })).toBe(
    "te groot: meer dan 100 werkbladen",
  );
});

describe("what makes the work grow faster than the file is counted first", () => {
  test("50.000 merged ranges are read in moments, each one in the model", async () => {
    // ExcelJS compared every merge with every earlier one: 10 minutes for the real file of this kind
    const started = Date.now();
    const model = await readXlsx(await hostile.manyMerges(50_000), "samengevoegd.xlsx");
    expect(Date.now() - started).toBeLessThan(30_000); // a guard against the hang, not a speed target
    expect(model.sheets[0].merges).toHaveLength(50_000);
    expect(model.sheets[0].merges?.[49_999]).toBe("A50000:B50000");
    expect(model.sheets[0].cells).toHaveLength(50_000); // the values in column C
  });

  test("more merged ranges than the limit are refused; merges covering too many cells are left out", async () => {
    expect(await reason(await hostile.manyMerges(1001), { limits: { merges: 1000 } })).toBe(
      "te groot: meer dan 1.000 samengevoegde celbereiken",
    );
    // a whole column merged (1.048.576 cells): read, values in place, no merges in the model
    const model = await readXlsx(await hostile.hugeUsedRange(true), "groot.xlsx");
    expect(model.sheets[0].merges).toBeUndefined();
    expect(model.sheets[0].cells).toHaveLength(25);
  });

  test("a hyperlink over the whole sheet (17 billion cells for SheetJS to visit) is refused at once", async () => {
    const started = Date.now();
    expect(await reason(await hostile.multiplier("hyperlink", 1))).toBe(
      "te groot: hyperlinks over meer dan 1.000.000 cellen",
    );
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  test("array formulas, comments and a chart's point index are held to their limits", async () => {
    expect(await reason(await hostile.multiplier("array-formulas", MAX_ARRAY_FORMULAS + 1))).toBe(
      "te groot: meer dan 1.000 matrixformules over meerdere cellen",
    );
    expect(await readXlsx(await hostile.multiplier("array-formulas", MAX_ARRAY_FORMULAS), "m.xlsx")).toBeTruthy();
    expect(await reason(await hostile.multiplier("comments", MAX_COMMENTS + 1))).toBe(
      "te groot: meer dan 10.000 opmerkingen of notities",
    );
    expect(await reason(await hostile.multiplier("chart-index", 4_000_000_000))).toBe(
      "te groot: grafiekgegevens met meer dan 1.000.000 punten",
    );
  });
});

describe("the cells are counted the same way in every format", () => {
  const rows = [["Onderdeel", "Bedrag"], ...Array.from({ length: 20 }, (_, i) => [`Regel ${i + 1}`, (i + 1) * 100])];
  const formats: XLSX.BookType[] = ["xlsx", "xlsb", "xls", "ods"];

  test.each(formats)("%s: 42 cells are read with a limit of 42 and refused with 41", async (bookType) => {
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), "Blad1");
    const bytes = new Uint8Array(XLSX.write(workbook, { type: "array", bookType }));
    const model = await readXlsx(bytes, `x.${bookType}`, { limits: { cells: 42 } });
    expect(model.sheets[0].cells).toHaveLength(42);
    expect(await reason(bytes, { limits: { cells: 41 } })).toMatch(
      /^te groot: meer dan 41 gevulde (of opgemaakte )?cellen/,
    );
  });
});

describe("where the environment cannot inflate a stream (no look inside the zip first)", () => {
  test("the filled cells are counted as they are read, and the limit named", async () => {
    const bytes = await hostile.cleanBegroting(); // 22 filled cells
    expect(await reason(bytes, { prescan: false, limits: { cells: 21 } })).toBe(
      `te groot: meer dan 21 gevulde cellen; ${SLIM_DOWN}`,
    );
    expect((await readXlsx(bytes, "x.xlsx", { prescan: false, limits: { cells: 22 } })).sheets[0].cells).toHaveLength(
      22,
    );
  });

  test("the checks find the same", async () => {
    for (const bytes of [await hostile.mergedHeaders(), await hostile.hiddenSheets(), await hostile.circular()]) {
      const plain = checkWorkbook(await readXlsx(bytes, "m.xlsx"));
      const unscanned = checkWorkbook(await readXlsx(bytes, "m.xlsx", { prescan: false }));
      expect(unscanned.findings).toEqual(plain.findings);
      expect(unscanned.tables).toEqual(plain.tables);
    }
    const huge = await readXlsx(await hostile.hugeUsedRange(true), "g.xlsx", { prescan: false });
    expect(huge.sheets[0].cells).toHaveLength(25);
  });
});
