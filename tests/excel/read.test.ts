import {
  BLOCK_CELLS,
  MAX_HIDDEN_PROBES,
  planBatches,
  planBlocks,
  readWorkbook,
  SYNC_CELLS,
} from "../../src/excel/read";
import { isReportSheet, STATE_SHEET } from "../../src/core/stored-state";
import { createExcelMock, MockSheet, Raw, sheet } from "./excel-mock";

function begroting(name: string): MockSheet {
  const rows: Raw[][] = [
    ["Begroting 2024", null, null],
    [null, null, null],
    ["Onderdeel", "Begroting", "Toelichting"],
  ];
  for (let i = 1; i <= 36; i++) rows.push([`Onderdeel ${i}`, i * 1000, i % 5 === 0 ? "zie notitie" : null]);
  rows.push(["Totaal", 666000, null]);
  return sheet(name, rows, "B2");
}

describe("readWorkbook: the open workbook as the engine's model", () => {
  test("one sheet: 3 syncs, every kind of value, formulas in the invariant form, number formats", async () => {
    const s = begroting("Begroting");
    s.cells.set("C41", { value: 666000, formula: "=SUM(C6:C40)", numberFormat: "#,##0" });
    s.cells.set("E6", { value: "#DIV/0!", formula: "=C6/0" });
    s.cells.set("E7", { value: true });
    s.cells.set("E8", { value: "€ 500.000,-" });
    const excel = createExcelMock([s], "Begroting 2024.xlsx");
    const result = await readWorkbook(excel.context);
    expect(excel.syncs()).toBe(3);
    expect(result.syncs).toBe(3);
    expect(result.model.name).toBe("Begroting 2024.xlsx");
    const [model] = result.model.sheets;
    expect(model.name).toBe("Begroting");
    expect(model.visibility).toBe("visible");
    const at = (row: number, col: number) => model.cells.find((c) => c.row === row && c.col === col);
    expect(at(2, 2)?.value).toEqual({ kind: "text", value: "Begroting 2024" });
    expect(at(5, 3)?.value).toEqual({ kind: "number", value: 1000 });
    expect(at(41, 3)).toEqual({
      row: 41,
      col: 3,
      value: { kind: "number", value: 666000 },
      formula: "SUM(C6:C40)",
      numFmt: "#,##0",
    });
    expect(at(6, 5)).toMatchObject({ value: { kind: "error", value: "#DIV/0!" }, formula: "C6/0" });
    expect(at(7, 5)?.value).toEqual({ kind: "boolean", value: true });
    expect(at(8, 5)?.value).toEqual({ kind: "text", value: "€ 500.000,-" });
    expect(at(3, 2)).toBeUndefined(); // blank cells are left out
  });

  test("50 sheets take the same 3 syncs as 1 sheet", async () => {
    const one = createExcelMock([begroting("Blad1")]);
    await readWorkbook(one.context);
    const many = createExcelMock(Array.from({ length: 50 }, (_, i) => begroting(`Gemeente ${i + 1}`)));
    const result = await readWorkbook(many.context);
    expect(one.syncs()).toBe(3);
    expect(many.syncs()).toBe(3);
    expect(result.model.sheets).toHaveLength(50);
    expect(result.model.sheets[49].cells.length).toBe(begroting("x").cells.size);
  });

  test("a big sheet is read in blocks of at most BLOCK_CELLS cells, SYNC_CELLS per sync", async () => {
    const rows: Raw[][] = [["Post", "Begroot", "Besteed", "Verschil", "Toelichting"]];
    for (let i = 0; i < 19_999; i++) rows.push([`Post ${i}`, i, i, 0, "x"]);
    const excel = createExcelMock([sheet("Groot", rows)]);
    const result = await readWorkbook(excel.context);
    const dataRanges = excel.ranges.filter((r) => r.rows * r.cols > 0 && r.sheet === "Groot").slice(1); // [0] is the used range
    expect(Math.max(...dataRanges.map((r) => r.rows * r.cols))).toBeLessThanOrEqual(BLOCK_CELLS);
    expect(excel.syncs()).toBe(2 + Math.ceil((20_000 * 5) / SYNC_CELLS));
    expect(result.model.sheets[0].cells).toHaveLength(100_000);
  });

  test("a batch Excel refuses as too big is split and read again", async () => {
    const excel = createExcelMock([begroting("A"), begroting("B")]);
    const context = excel.context;
    const original = context.sync.bind(context);
    let call = 0;
    (context as unknown as { sync: () => Promise<void> }).sync = async () => {
      call++;
      if (call === 3) excel.failNextSync("ResponsePayloadSizeLimitExceeded");
      return original();
    };
    const result = await readWorkbook(context);
    expect(result.model.sheets.map((s) => s.cells.length)).toEqual([
      begroting("x").cells.size,
      begroting("x").cells.size,
    ]);
    expect(excel.syncs()).toBe(5); // 2 + the refused batch + its two halves
  });

  test("the pane's own sheets: settings read with the rest (the policy decodes them), reports not read at all", async () => {
    const state = sheet(
      STATE_SHEET,
      [
        ["titel", ""],
        ["sleutel", "waarde"],
        ["toekenning", "5000000"],
      ],
      "A1",
      "VeryHidden",
    );
    const report = sheet("IZA controle 24-11-2025", [["IZA controle", ""]]);
    const excel = createExcelMock([begroting("Begroting"), state, report]);
    const result = await readWorkbook(excel.context, { skip: isReportSheet });
    expect(result.model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Begroting", "visible"],
      [STATE_SHEET, "veryHidden"],
    ]);
    expect(excel.ranges.some((r) => r.sheet === report.name)).toBe(false);
    expect(excel.syncs()).toBe(3);
  });

  test("an empty workbook takes 2 syncs and gives empty sheets", async () => {
    const excel = createExcelMock([sheet("Blad1", [])]);
    const result = await readWorkbook(excel.context);
    expect(excel.syncs()).toBe(2);
    expect(result.model.sheets).toEqual([{ name: "Blad1", visibility: "visible", cells: [] }]);
  });

  /* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read, office-addins/load-object-before-read -- reading too early on purpose */
  test("the mock gives no value that was not loaded and synced (so the tests above prove the loads)", async () => {
    const excel = createExcelMock([begroting("Begroting")]);
    const sheets = excel.context.workbook.worksheets;
    sheets.load("items/name");
    expect(String(sheets.items)).toMatch(/not (loaded|called)/);
    await excel.context.sync();
    const range = sheets.items[0].getRangeByIndexes(0, 0, 2, 2);
    range.load("values");
    expect(String(range.values)).toMatch(/context.sync\(\) was not called/);
    expect(String(range.formulas)).toMatch(/not loaded/);
    await excel.context.sync();
    expect(range.values).toEqual([
      ["", ""],
      ["", "Begroting 2024"],
    ]);
  });
  /* eslint-enable office-addins/call-sync-after-load, office-addins/call-sync-before-read, office-addins/load-object-before-read */

  describe("hidden rows and columns, in the same 3 syncs", () => {
    const hidden = (name: string) => {
      const s = begroting(name);
      s.hiddenRows = new Set([8, 10]);
      s.hiddenCols = new Set([4]);
      return s;
    };

    test("ExcelApi 1.9: from the visible cells of the used range (RangeAreas), for 1 and for 50 sheets", async () => {
      const one = createExcelMock([hidden("Begroting")]);
      const result = await readWorkbook(one.context, { visibleCells: true });
      expect(result.model.sheets[0]).toMatchObject({ hiddenRows: [8, 10], hiddenCols: [4] });
      expect(one.syncs()).toBe(3);
      const many = createExcelMock(Array.from({ length: 50 }, (_, i) => hidden(`Gemeente ${i + 1}`)));
      const all = await readWorkbook(many.context, { visibleCells: true });
      expect(all.model.sheets.every((s) => s.hiddenRows?.join() === "8,10" && s.hiddenCols?.join() === "4")).toBe(true);
      expect(many.syncs()).toBe(3);
    });

    test("below ExcelApi 1.9 (the manifest's 1.7): row by row with rowHidden, still 3 syncs, no 1.9 call", async () => {
      // the mock refuses getSpecialCells below 1.9 (ApiNotFound): the read would fail if it asked
      const excel = createExcelMock([hidden("Begroting"), begroting("Zonder")], "W.xlsx", { apiVersion: "1.7" });
      const result = await readWorkbook(excel.context, { visibleCells: false });
      expect(result.model.sheets[0]).toMatchObject({ hiddenRows: [8, 10], hiddenCols: [4] });
      expect(result.model.sheets[1].hiddenRows).toBeUndefined();
      expect(excel.syncs()).toBe(3);
    });

    test("a sheet without hidden rows costs nothing more; every row hidden is every row", async () => {
      const plain = createExcelMock([begroting("Begroting")]);
      await readWorkbook(plain.context, { visibleCells: false });
      const blocks = plain.ranges.length;
      expect(blocks).toBe(2); // the used range and one block of cells: no probes
      const all = begroting("Alles");
      all.hiddenRows = new Set(Array.from({ length: 40 }, (_, i) => i + 2));
      const result = await readWorkbook(createExcelMock([all]).context, { visibleCells: true });
      expect(result.model.sheets[0].hiddenRows).toEqual(Array.from({ length: 40 }, (_, i) => i + 2));
      expect(result.model.sheets[0].hiddenCols).toBeUndefined();
    });

    test(`below ExcelApi 1.9 more than ${MAX_HIDDEN_PROBES} rows to ask: unknown, not guessed`, async () => {
      const rows: Raw[][] = [["Post", "Bedrag"]];
      for (let i = 0; i < MAX_HIDDEN_PROBES + 10; i++) rows.push([`Post ${i}`, i]);
      const big = sheet("Groot", rows);
      big.hiddenRows = new Set([5]);
      const result = await readWorkbook(createExcelMock([big]).context, { visibleCells: false });
      expect(result.model.sheets[0].hiddenRows).toBeUndefined();
    });
  });

  test("defined names of the workbook and of a sheet, Excel's own (_xlnm.) and hidden ones left out", async () => {
    const s = begroting("Begroting");
    s.names = [
      { name: "Lijnen", formula: "=Begroting!$C$6:$C$41" },
      { name: "_xlnm.Print_Area", formula: "=Begroting!$A$1:$D$41" },
    ];
    const excel = createExcelMock([s], "W.xlsx", {
      names: [
        { name: "Toekenning", formula: "=Begroting!$C$42" },
        { name: "Verborgen", formula: "=Begroting!$C$1", visible: false },
      ],
    });
    const result = await readWorkbook(excel.context);
    expect(result.model.names).toEqual([
      { name: "Toekenning", ref: "Begroting!$C$42" },
      { name: "Lijnen", ref: "Begroting!$C$6:$C$41", sheet: "Begroting" },
    ]);
    expect(excel.syncs()).toBe(3);
  });

  test("block and batch planning", () => {
    const blocks = planBlocks(0, { rowIndex: 9, columnIndex: 2, rowCount: 2500, columnCount: 4 }, 5000);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toEqual({ sheet: 0, row0: 9, col0: 2, rows: 1250, cols: 4 });
    expect(blocks[1]).toEqual({ sheet: 0, row0: 1259, col0: 2, rows: 1250, cols: 4 });
    // a row wider than a block still makes a block of one row
    expect(planBlocks(0, { rowIndex: 0, columnIndex: 0, rowCount: 2, columnCount: 16384 }, 5000)).toHaveLength(2);
    const batches = planBatches(
      Array.from({ length: 12 }, (_, i) => ({ sheet: i, row0: 0, col0: 0, rows: 1000, cols: 5 })),
      25_000,
    );
    expect(batches.map((b) => b.length)).toEqual([5, 5, 2]);
  });
});
