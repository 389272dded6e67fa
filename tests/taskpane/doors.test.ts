import { readFileSync } from "node:fs";
import { join } from "node:path";
import { detectHost } from "../../src/taskpane/host";
import { openFileDoor, rangeValues } from "../../src/taskpane/file-door";
import { groupFindings, runCheck } from "../../src/taskpane/check";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { STATE_SHEET, stateToRows } from "../../src/excel/state-format";
import { Dec } from "../../src/core/decimal";
import { defaultState } from "../../src/excel/state-format";
import type { WorkbookModel } from "../../src/core/workbook";
import { model } from "./helpers";

type OfficeGlobal = { Office?: unknown };

describe("host detection (time-boxed, never hangs)", () => {
  afterEach(() => {
    delete (globalThis as OfficeGlobal).Office;
  });

  test("office.js did not load: outside Office at once", async () => {
    expect(await detectHost(50)).toEqual({ inExcel: false, dark: false });
  });

  test("office.js loaded in a plain browser: host null", async () => {
    (globalThis as OfficeGlobal).Office = { onReady: async () => ({ host: null, platform: null }) };
    expect((await detectHost(50)).inExcel).toBe(false);
  });

  test("onReady never answers: outside Office after the time-out", async () => {
    (globalThis as OfficeGlobal).Office = { onReady: () => new Promise(() => undefined) };
    const started = Date.now();
    expect((await detectHost(80)).inExcel).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test("in Excel, with Office's dark theme", async () => {
    (globalThis as OfficeGlobal).Office = {
      onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
      context: { officeTheme: { bodyBackgroundColor: "#262626" } },
    };
    expect(await detectHost(50)).toEqual({ inExcel: true, dark: true });
  });
});

describe("the file door: a .xlsx read in the page", () => {
  const sample = (name: string) => readFileSync(join(__dirname, "..", "..", "assets", name));

  test("the sample jaarrapportage is checked like a workbook in Excel", async () => {
    const door = await openFileDoor(sample("jaarrapportage-2024.xlsx"), "jaarrapportage-2024.xlsx");
    expect(door.mode).toBe("file");
    expect(door.selectCell).toBeUndefined();
    const run = await runCheck(door);
    expect(run.result.tables.length).toBeGreaterThan(0);
    expect(run.result.findings.length).toBeGreaterThan(0);
    const groups = groupFindings(
      run.result.findings,
      run.result.tables,
      run.model.sheets.map((s) => s.name),
      new Set(["fout", "waarschuwing", "info"]),
    );
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(run.result.findings.length);
  });

  test("settings stored in the file are used; the pane's sheets are not checked; nothing is written", async () => {
    const reader = async (): Promise<WorkbookModel> => {
      const base = model({
        Begroting: [
          ["Onderdeel", "Begroting"],
          ["A", 100],
        ],
        "IZA controle 24-11-2025": [["Blad", "Cel"]],
      });
      const state = { ...defaultState(), settings: { ...defaultState().settings, maxHerverdeling: new Dec("0.1") } };
      const rows = stateToRows(state);
      base.sheets.push({
        name: STATE_SHEET,
        visibility: "veryHidden",
        cells: rows.flatMap((row, r) =>
          row.map((v, c) => ({ row: r + 1, col: c + 1, value: { kind: "text" as const, value: v } })),
        ),
      });
      return base;
    };
    const door = await openFileDoor(new Uint8Array(), "x.xlsx", reader);
    const { model: read, state } = await door.readWorkbook();
    expect(read.sheets.map((s) => s.name)).toEqual(["Begroting"]);
    expect(state.settings.maxHerverdeling.toString()).toBe("0.1");
    await door.saveState(defaultState());
    expect((await door.loadState()).settings.maxHerverdeling.toString()).toBe("0.2");
  });

  test("a damaged file is refused with the reader's Dutch message", async () => {
    await expect(openFileDoor(new TextEncoder().encode("geen zip"), "kapot.xlsx")).rejects.toThrow(
      /geen Excel-werkmap|beschadigd|tekstbestand/,
    );
    await expect(readXlsx(new Uint8Array(), "leeg.xlsx")).rejects.toThrow();
  });

  test("rangeValues fills blanks", () => {
    const sheet = model({ S: [[1, null, "x"]] }).sheets[0];
    expect(rangeValues(sheet, "A1:C2")).toEqual([
      [{ kind: "number", value: 1 }, { kind: "blank" }, { kind: "text", value: "x" }],
      [{ kind: "blank" }, { kind: "blank" }, { kind: "blank" }],
    ]);
  });
});
