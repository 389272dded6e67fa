import { readWorkbook } from "../../src/excel/read";
import { writeCells } from "../../src/excel/cells-io";
import { writeReport } from "../../src/excel/report";
import { reportSheetNames } from "../../src/excel/report";
import type { Finding } from "../../src/core/findings";
import { Dec } from "../../src/core/decimal";
import { defaultState } from "../../src/core/stored-state";
import { createExcelMock, MockSheet, Raw, RESPONSE_LIMIT_BYTES, sheet, validSheetName } from "./excel-mock";

/**
 * The fake Excel keeps the documented behaviours the adapter relies on (see excel-mock.ts); each
 * is shown here to be able to fail, and the adapter is shown to live with it.
 */
const sync = (excel: ReturnType<typeof createExcelMock>) => excel.context.sync();

describe("the fake Excel keeps Excel's rules", () => {
  test("rowHidden/columnHidden: true when all are hidden, false when none, null when some (Excel.Range)", async () => {
    const s = sheet("Blad1", [[1], [2], [3]]);
    s.hiddenRows = new Set([2]);
    const { context } = createExcelMock([s]);
    const ws = context.workbook.worksheets.getItem("Blad1");
    const [all, none, some] = [ws.getRange("A2"), ws.getRange("A1"), ws.getRange("A1:A3")];
    for (const r of [all, none, some]) r.load("rowHidden,columnHidden");
    await context.sync();
    expect([all.rowHidden, none.rowHidden, some.rowHidden, some.columnHidden]).toEqual([true, false, null, false]);
  });

  test('getSpecialCellsOrNullObject("Visible") is ExcelApi 1.9: below it the batch fails with ApiNotFound', async () => {
    const s = sheet("Blad1", [[1], [2], [3]]);
    s.hiddenRows = new Set([2]);
    const modern = createExcelMock([s]);
    const areas = modern.context.workbook.worksheets
      .getItem("Blad1")
      .getRange("A1:A3")
      .getSpecialCellsOrNullObject("Visible").areas;
    areas.load("items/rowIndex,items/rowCount");
    await modern.context.sync();
    expect(areas.items.map((a) => [a.rowIndex, a.rowCount])).toEqual([
      [0, 1],
      [2, 1],
    ]);
    const old = createExcelMock([sheet("Blad1", [[1]])], "W.xlsx", { apiVersion: "1.8" });
    old.context.workbook.worksheets.getItem("Blad1").getRange("A1").getSpecialCellsOrNullObject("Visible");
    await expect(old.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test('an empty cell reads as "", never null', async () => {
    const s = sheet("Blad1", [[1, null, "x"]]);
    s.cells.set("D1", { value: null });
    const { context } = createExcelMock([s]);
    const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:D1");
    range.load("values");
    await context.sync();
    expect(range.values).toEqual([[1, "", "x", ""]]);
  });

  test('a null in a written block leaves that cell as it is; "" empties it', async () => {
    const s = sheet("Blad1", [["houden", "wissen", "oud"]]);
    const excel = createExcelMock([s]);
    excel.context.workbook.worksheets.getItem("Blad1").getRange("A1:C1").values = [[null, "", "nieuw"]];
    await excel.context.sync();
    expect(s.cells.get("A1")?.value).toBe("houden");
    expect(s.cells.has("B1")).toBe(false);
    expect(s.cells.get("C1")?.value).toBe("nieuw");
  });

  test('a write to a cell\'s own format is recorded, so "formats unchanged" can fail', async () => {
    const s = sheet("Blad1", [[1]]);
    const excel = createExcelMock([s]);
    const range = excel.context.workbook.worksheets.getItem("Blad1").getRange("A1");
    range.format.fill.color = "#FF0000";
    await excel.context.sync();
    expect(s.formats.get("A1")).toEqual({ fill: "#FF0000", bold: false });
  });

  test.each([
    ["a".repeat(32), "InvalidArgument"],
    ["Begroting [2024]", "InvalidArgument"],
    ["Q1/Q2", "InvalidArgument"],
    ["Wat?", "InvalidArgument"],
    ["'quote", "InvalidArgument"],
    ["BEGROTING", "ItemAlreadyExists"],
  ])("a sheet named %p is refused at sync with %s", async (name, code) => {
    const excel = createExcelMock([sheet("Begroting", [[1]])]);
    excel.context.workbook.worksheets.add(name);
    await expect(sync(excel)).rejects.toMatchObject({ code });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Begroting"]);
  });

  test('getRanges takes the one list separator this Excel has (Dutch desktop: ";")', async () => {
    for (const [separator, refused] of [
      [",", "A1;B2"],
      [";", "A1,B2"],
    ] as const) {
      const excel = createExcelMock([sheet("Blad1", [[1]])], "W.xlsx", { listSeparator: separator });
      const context = excel.context;
      const ok = context.workbook.worksheets.getItem("Blad1").getRanges(`A1${separator}B2`);
      ok.load("areaCount");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- two separate fake Excels
      await context.sync();
      expect(ok.areaCount).toBe(2);
      excel.context.workbook.worksheets.getItem("Blad1").getRanges(refused);
      await expect(sync(excel)).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  test("a response above 5 MB is refused with ResponsePayloadSizeLimitExceeded", async () => {
    const long = "x".repeat(1000);
    const rows: Raw[][] = Array.from({ length: 3000 }, () => [long, long]);
    const excel = createExcelMock([sheet("Groot", rows)]);
    const range = excel.context.workbook.worksheets.getItem("Groot").getRange("A1:B3000");
    range.load("values,formulas");
    expect(JSON.stringify(rows).length * 2).toBeGreaterThan(RESPONSE_LIMIT_BYTES);
    await expect(sync(excel)).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("a batch stops at the first operation that fails; what came before is done", async () => {
    const s = sheet("Blad1", [[1]]);
    const excel = createExcelMock([s]);
    excel.context.workbook.worksheets.getItem("Blad1").getRange("A2").values = [["eerst"]];
    excel.context.workbook.worksheets.add("ongeldig:naam");
    excel.context.workbook.worksheets.getItem("Blad1").getRange("A3").values = [["daarna"]];
    await expect(sync(excel)).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(s.cells.get("A2")?.value).toBe("eerst");
    expect(s.cells.has("A3")).toBe(false);
  });
});

describe("the adapter under these rules", () => {
  test("a workbook too big for one 5 MB response is read whole: the refused batch is split", async () => {
    const long = "lange toelichting ".repeat(25); // 450 characters, in values and in formulas
    const rows: Raw[][] = Array.from({ length: 12_000 }, (_, i) => [`Onderdeel ${i}`, i, long]);
    const excel = createExcelMock([sheet("Groot", rows)]);
    const result = await readWorkbook(excel.context);
    const cells = result.model.sheets[0].cells;
    expect(cells.filter((c) => c.col === 3)).toHaveLength(12_000);
    // 36.000 cells make 2 planned batches (3 + 1 syncs); Excel refused them, so more were needed
    expect(result.syncs).toBeGreaterThan(4);
  });

  test("the report sheet's names are all names Excel accepts, and a name taken in other case is skipped", async () => {
    const date = new Date("2025-11-24T10:00:00+01:00");
    expect(reportSheetNames(date).every(validSheetName)).toBe(true);
    const taken: MockSheet = sheet("iza CONTROLE 24-11-2025", [["van de gebruiker"]]);
    const excel = createExcelMock([sheet("Begroting", [["x"]]), taken]);
    const finding: Finding = { rule: "r", severity: "fout", sheet: "Begroting", cell: "A1", message: "m" };
    const name = await writeReport(excel.context, {
      date,
      settings: defaultState().settings,
      grant: { amount: new Dec("4747850"), source: { kind: "instelling", from: "standaard" } },
      workbookName: "Begroting.xlsx",
      findings: [finding],
    });
    expect(name).toBe("IZA controle 24-11-2025 (2)");
    expect(taken.cells.get("A1")?.value).toBe("van de gebruiker");
  });

  test('writing into empty cells: "" is empty, so the write is allowed', async () => {
    const s = sheet("Blad1", [["kop", "", null]]);
    const excel = createExcelMock([s]);
    const where = await writeCells(excel.context, { sheet: "Blad1", anchor: "B1", values: [["a", "b"]] });
    expect(where).toBe("'Blad1'!B1:C1");
  });
});
