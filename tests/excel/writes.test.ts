import { Dec } from "../../src/core/decimal";
import type { Finding } from "../../src/core/findings";
import { absolute, splitAddress } from "../../src/core/a1";
import { checkReallocFormula, dutchFormulaText, hyperlinkFormula, verdeelFormula } from "../../src/core/formula-text";
import { findEmptyColumn, getSelection, readRange, selectCell, writeCells } from "../../src/excel/cells-io";
import { reportLayout, reportSheetNames, writeReport } from "../../src/excel/report";
import { CELL_EDIT_MESSAGE, ExcelActionError, retryWhileEditing, toActionError } from "../../src/excel/run";
import { loadState, saveState } from "../../src/excel/state";
import { defaultState, STATE_SHEET, stateFromRows, stateToRows, StoredState } from "../../src/core/stored-state";
import type { ReportInput } from "../../src/ports/workbook-door";
import { createExcelMock, sheet } from "./excel-mock";

const findings: Finding[] = [
  {
    rule: "totaal-klopt-niet",
    severity: "fout",
    sheet: "Begroting 2024",
    cell: "C14",
    message: "-€ 5.000,00 verschil",
  },
  { rule: "getal-als-tekst", severity: "fout", sheet: "It's", cell: "B5", message: "=niet een formule" },
];

const reportInput = (date = new Date(2025, 10, 24, 14, 3)): ReportInput => ({
  findings,
  settings: defaultState().settings,
  grant: { amount: new Dec("4747850"), source: { kind: "instelling", from: "standaard" } },
  workbookName: "Begroting.xlsx",
  date,
});

describe("settings and table roles in the workbook", () => {
  const state: StoredState = {
    settings: {
      toekenning: new Dec("5000000"),
      maxHerverdeling: new Dec("0.15"),
      werkurenPerJaar: new Dec(1872),
      deeltijdfactor: new Dec("0.68"),
    },
    tables: [{ sheet: "Bijlage 2", range: "B4:F18", kind: "verdeling", roles: { 2: "label", 3: "key", 4: "planned" } }],
  };

  test("rows round-trip, and unreadable rows fall back to the defaults", () => {
    expect(stateFromRows(stateToRows(state))).toEqual(state);
    const broken = stateFromRows([
      ["toekenning", "veel"],
      ["tabel", "{niet json"],
      ["tabel", JSON.stringify({ sheet: "X", range: "B4:C9", kind: "onzin", roles: {} })],
      ["maxHerverdeling", "0.1"],
    ]);
    expect(broken.settings.toekenning.toString()).toBe("4747850");
    expect(broken.settings.maxHerverdeling.toString()).toBe("0.1");
    expect(broken.tables).toEqual([]);
  });

  test("saving creates a very hidden sheet of text cells; loading reads it back (2 syncs each)", async () => {
    const excel = createExcelMock([sheet("Begroting", [["Onderdeel", "Begroting"]])]);
    expect(await loadState(excel.context)).toEqual(defaultState());
    const before = excel.syncs();
    await saveState(excel.context, state);
    expect(excel.syncs() - before).toBe(2);
    const stored = excel.sheets.find((s) => s.name === STATE_SHEET)!;
    expect(stored.visibility).toBe("VeryHidden");
    expect(stored.cells.get("A4")?.value).toBe("toekenning");
    expect(stored.cells.get("B4")?.value).toBe("5000000");
    const again = excel.syncs();
    expect(await loadState(excel.context)).toEqual(state);
    expect(excel.syncs() - again).toBe(2);
    // saving again reuses the sheet
    await saveState(excel.context, { ...state, tables: [] });
    expect(excel.sheets.filter((s) => s.name === STATE_SHEET)).toHaveLength(1);
    expect((await loadState(excel.context)).tables).toEqual([]);
  });
});

describe("the Controleverslag", () => {
  test("layout: settings used, every finding with a link, texts kept as text", () => {
    const layout = reportLayout(reportInput());
    expect(layout.head).toContainEqual(["Toekenning gebruikt", "€\u00a04.747.850,00 (standaardwaarde)"]);
    expect(layout.head).toContainEqual(["Herverdelingsgrens", "20%"]);
    expect(layout.head).toContainEqual(["Bevindingen", "2 fouten"]);
    expect(layout.table[0]).toEqual(["Blad", "Cel", "Regel", "Ernst", "Melding"]);
    expect(layout.table[1]).toEqual(["Begroting 2024", "C14", "totaal-klopt-niet", "Fout", "-€ 5.000,00 verschil"]);
    expect(layout.links).toEqual([
      ['=HYPERLINK("#\'Begroting 2024\'!C14","C14")'],
      ["=HYPERLINK(\"#'It''s'!B5\",\"B5\")"],
    ]);
  });

  test("a new sheet, one batch after one look-up; an existing name is never overwritten", async () => {
    const taken = sheet("IZA controle 24-11-2025", [["mijn eigen notities"]]);
    const excel = createExcelMock([sheet("Begroting 2024", [["x"]]), taken]);
    const name = await writeReport(excel.context, reportInput());
    expect(name).toBe("IZA controle 24-11-2025 (2)");
    expect(excel.syncs()).toBe(2);
    expect(taken.cells.get("A1")?.value).toBe("mijn eigen notities");
    const report = excel.sheets.find((s) => s.name === name)!;
    expect(report.cells.get("A1")?.value).toBe("IZA controle");
    expect(report.cells.get("E12")?.value).toBe("-€ 5.000,00 verschil");
    expect(report.cells.get("B12")?.formula).toBe('=HYPERLINK("#\'Begroting 2024\'!C14","C14")');
  });

  test("a failure in the batch leaves no half-written sheet behind", async () => {
    const excel = createExcelMock([sheet("Begroting 2024", [["x"]])]);
    const original = excel.context.sync.bind(excel.context);
    let call = 0;
    (excel.context as unknown as { sync: () => Promise<void> }).sync = async () => {
      call++;
      if (call === 2) excel.failNextSync("GeneralException");
      return original();
    };
    await expect(writeReport(excel.context, reportInput())).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Begroting 2024"]);
  });

  test("sheet names stay within Excel's 31 characters", () => {
    for (const name of reportSheetNames(new Date(2025, 11, 31))) expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe("formulas and cells", () => {
  test("formulas are written in the invariant form; messages show them as Dutch Excel does", () => {
    const f = checkReallocFormula("C5:C13", "D5:D13", new Dec("0.2"));
    expect(f).toBe("=IZA.CHECKREALLOC(C5:C13,D5:D13,0.2)");
    expect(dutchFormulaText(f)).toBe("=IZA.CHECKREALLOC(C5:C13;D5:D13;0,2)");
    expect(verdeelFormula(absolute("C3"), "C5:C18")).toBe("=IZA.VERDEEL($C$3,C5:C18)");
    expect(verdeelFormula("'Blad 1'!$C$3", "C5:C18", 0)).toBe("=IZA.VERDEEL('Blad 1'!$C$3,C5:C18,0)");
    expect(dutchFormulaText(hyperlinkFormula("a,b", "C1"))).toBe('=HYPERLINK("#\'a,b\'!C1";"C1")');
  });

  test("writeCells writes into empty cells in one batch after one check", async () => {
    const s = sheet("Herverdeling", [
      ["Onderdeel", "Vastgesteld", "Gewijzigd"],
      ["A", 100, 120],
      ["B", 200, 180],
    ]);
    const excel = createExcelMock([s]);
    const formula = checkReallocFormula("B2:B3", "C2:C3", new Dec("0.2"));
    const address = await writeCells(excel.context, {
      sheet: "Herverdeling",
      anchor: "E2",
      formulas: [[formula]],
      reserve: { rows: 3, columns: 1 },
    });
    expect(address).toBe("'Herverdeling'!E2");
    expect(excel.syncs()).toBe(2);
    expect(s.cells.get("E2")?.formula).toBe(formula);
  });

  test("writeCells never overwrites: a non-empty spill area is refused with a Dutch message", async () => {
    const s = sheet("Herverdeling", [["Onderdeel", "Vastgesteld", "Gewijzigd", "", "toelichting"]]);
    s.cells.set("E3", { value: "eigen tekst" });
    const excel = createExcelMock([s]);
    const attempt = writeCells(excel.context, {
      sheet: "Herverdeling",
      anchor: "E2",
      formulas: [["=IZA.CHECKREALLOC(B2:B3,C2:C3,0.2)"]],
      reserve: { rows: 3, columns: 1 },
    });
    await expect(attempt).rejects.toBeInstanceOf(ExcelActionError);
    await expect(attempt).rejects.toMatchObject({
      kind: "not-empty",
      message: expect.stringMatching(/zijn niet leeg/),
    });
    expect(s.cells.get("E3")?.value).toBe("eigen tekst");
    expect(s.cells.has("E2")).toBe(false);
  });

  test("values are written as numbers; findEmptyColumn skips used columns", async () => {
    const s = sheet("Verdeling", [
      ["Gemeente", "Inwoners", "Toegekend"],
      ["Beesel", 13000, 1],
      ["Bergen", 13000, 2],
    ]);
    const excel = createExcelMock([s]);
    expect(await findEmptyColumn(excel.context, "Verdeling", 1, 2, 2)).toBe(4);
    await writeCells(excel.context, { sheet: "Verdeling", anchor: "D2", values: [[50], [50]] });
    expect(s.cells.get("D3")?.value).toBe(50);
  });

  test("select, selection and ranges", async () => {
    const s = sheet("Blad 1", [["a", 1]]);
    const excel = createExcelMock([s]);
    await selectCell(excel.context, { sheet: "Blad 1", cell: "B1" });
    expect(excel.syncs()).toBe(2);
    const hidden = sheet("Verborgen", [["a"]], "A1", "Hidden");
    excel.sheets.push(hidden);
    await expect(selectCell(excel.context, { sheet: "Verborgen", cell: "A1" })).rejects.toThrow(/is verborgen/);
    expect(await getSelection(excel.context)).toEqual({ sheet: "Blad 1", cell: "B4:F14" });
    expect(await readRange(excel.context, "Blad 1", "A1:B1")).toEqual([
      [
        { kind: "text", value: "a" },
        { kind: "number", value: 1 },
      ],
    ]);
    expect(splitAddress("'It''s'!A1:B2")).toEqual({ sheet: "It's", address: "A1:B2" });
    await expect(selectCell(excel.context, { sheet: "Weg", cell: "A1" })).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });
});

describe("cell-edit mode", () => {
  const cellEdit = () => Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" });

  test("Excel's refusal becomes a clear Dutch message with a retry", () => {
    const error = toActionError(cellEdit());
    expect(error.kind).toBe("cell-edit");
    expect(error.retryable).toBe(true);
    expect(error.message).toBe(CELL_EDIT_MESSAGE);
    expect(error.message).toMatch(/Enter of Esc/);
  });

  test("retryWhileEditing tries again after a pause and succeeds when the user left the cell", async () => {
    let calls = 0;
    const sleeps: number[] = [];
    const result = await retryWhileEditing(
      async () => {
        calls++;
        if (calls < 3) throw cellEdit();
        return "gelukt";
      },
      3,
      400,
      async (ms) => {
        sleeps.push(ms);
      },
    );
    expect(result).toBe("gelukt");
    expect(sleeps).toEqual([400, 400]);
  });

  test("retryWhileEditing gives up with the message, and does not retry other errors", async () => {
    await expect(
      retryWhileEditing(
        async () => Promise.reject(cellEdit()),
        2,
        0,
        async () => undefined,
      ),
    ).rejects.toMatchObject({
      kind: "cell-edit",
    });
    let calls = 0;
    await expect(
      retryWhileEditing(async () => {
        calls++;
        throw Object.assign(new Error("x"), { code: "AccessDenied" });
      }),
    ).rejects.toMatchObject({ kind: "protected" });
    expect(calls).toBe(1);
  });
});
