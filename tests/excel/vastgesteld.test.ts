/** The Excel door keeps the vastgestelde begroting in IZA_instellingen (issue 16 §2), on the mock Excel. */
import { Dec } from "../../src/core/decimal";
import { checkWithPolicy } from "../../src/core/policy";
import { defaultState, STATE_SHEET, StoredState } from "../../src/core/stored-state";
import { createExcelDoor } from "../../src/excel/excel-door";
import { mockSheets, begrotingSheet } from "../support/workbooks";
import { createExcelMock } from "./excel-mock";

type Globals = { Excel?: unknown; Office?: unknown };

afterEach(() => {
  delete (globalThis as Globals).Excel;
  delete (globalThis as Globals).Office;
});

function setup() {
  const sheets = mockSheets([
    begrotingSheet({ name: "Vastgesteld", header: ["Onderdeel", "Vastgesteld"] }),
    begrotingSheet({
      name: "Actueel",
      amounts: [620000, 500000, 1880000, 480000, 17850, 200000, 500000, 100000, 450000],
    }),
  ]);
  const excel = createExcelMock(sheets, "Begroting.xlsx");
  (globalThis as Globals).Excel = excel.Excel;
  (globalThis as Globals).Office = { context: { requirements: { isSetSupported: () => true } } };
  return { excel, door: createExcelDoor() };
}

describe("the vastgestelde begroting in the workbook", () => {
  test("a sheet: stored by name, read back, and the check compares the other begroting with it", async () => {
    const { excel, door } = setup();
    const state: StoredState = { ...defaultState(), vastgesteld: { kind: "blad", sheet: "Vastgesteld" } };
    await door.saveState(state);
    expect(await door.excel.readState()).toEqual(state);
    const stored = excel.sheets.find((s) => s.name === STATE_SHEET)!;
    const row = [...stored.cells.entries()].find(([, c]) => c.value === "vastgesteld");
    expect(row).toBeDefined();
    const { model } = await door.read();
    const result = checkWithPolicy(model);
    expect(result.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual([
      "herverdeling-boven-grens@Actueel!B2",
    ]);
  });

  test("a file: its onderdelen and amounts as text, exact to the cent; taken away again on request", async () => {
    const { door } = setup();
    const state: StoredState = {
      ...defaultState(),
      vastgesteld: {
        kind: "vast",
        begroting: {
          workbook: "gup.xlsx",
          sheet: "GUP",
          range: "A1:B3",
          column: "Vastgesteld",
          onderdelen: [
            { label: "Projectbureau", amount: new Dec("500000.01"), cell: "B2" },
            { label: "Netwerk", amount: new Dec("0.1").plus("0.2"), cell: "B3" },
          ],
        },
      },
    };
    await door.saveState(state);
    expect(await door.excel.readState()).toEqual(state);
    await door.saveState(defaultState());
    expect((await door.excel.readState()).vastgesteld).toBeUndefined();
  });
});
