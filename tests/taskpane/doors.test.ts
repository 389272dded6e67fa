import { readFileSync } from "node:fs";
import { join } from "node:path";
import { detectHost } from "../../src/taskpane/host";
import { groupFindings, runCheck } from "../../src/taskpane/check";
import { openFileDoor, rangeValues } from "../../src/xlsx/file-door";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { Dec } from "../../src/core/decimal";
import { defaultState, STATE_SHEET } from "../../src/core/stored-state";
import { model, withState } from "./helpers";

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
    expect(door.excel).toBeUndefined();
    const run = await runCheck(door);
    expect(run.tables.length).toBeGreaterThan(0);
    expect(run.findings.length).toBeGreaterThan(0);
    const groups = groupFindings(
      run.findings,
      run.tables,
      run.model.sheets.map((s) => s.name),
      new Set(["fout", "waarschuwing", "info"]),
    );
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(run.findings.length);
  });

  test("settings stored in the file are used; the pane's sheets are not checked; a session's choice is not written", async () => {
    const stored = { ...defaultState(), settings: { ...defaultState().settings, maxHerverdeling: new Dec("0.1") } };
    const file = withState(
      model({
        Begroting: [
          ["Onderdeel", "Begroting"],
          ["A", 100],
        ],
        "IZA controle 24-11-2025": [["Blad", "Cel"]],
      }),
      stored,
    );
    const door = await openFileDoor(new Uint8Array(), "x.xlsx", async () => file);
    const first = await runCheck(door);
    expect(first.model.sheets.map((s) => s.name)).toEqual(["Begroting"]);
    expect(first.leftOut).toEqual(["IZA controle 24-11-2025", STATE_SHEET]);
    expect(first.settings.maxHerverdeling).toEqual({ value: new Dec("0.1"), source: "werkmap" });
    await door.saveState(defaultState());
    const second = await runCheck(door);
    expect(second.settings.maxHerverdeling).toEqual({
      value: new Dec("0.2"),
      source: "sessie",
      stored: new Dec("0.1"),
    });
    // the file's own model is as it was read: the session's choice lives beside it
    expect((await door.read()).model).toBe(file);
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
