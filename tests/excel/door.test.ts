import { Dec } from "../../src/core/decimal";
import { createExcelDoor } from "../../src/excel/excel-door";
import { MARK_FORMULA } from "../../src/excel/marks";
import { checkWithPolicy } from "../../src/core/policy";
import { defaultState, STATE_SHEET } from "../../src/core/stored-state";
import { createExcelMock, sheet } from "./excel-mock";

type Globals = { Excel?: unknown; Office?: unknown };

function setup() {
  const begroting = sheet("Begroting", [
    ["Onderdeel", "Begroting"],
    ["Projectbureau", 500000],
    ["Totaal", 400000],
  ]);
  const excel = createExcelMock([begroting]);
  (globalThis as Globals).Excel = excel.Excel;
  (globalThis as Globals).Office = { context: { requirements: { isSetSupported: () => true } } };
  return { excel, begroting, door: createExcelDoor() };
}

afterEach(() => {
  delete (globalThis as Globals).Excel;
  delete (globalThis as Globals).Office;
});

describe("the Excel door", () => {
  test("reads the workbook and its stored state in the same 3 syncs", async () => {
    const { excel, door } = setup();
    const state = { ...defaultState(), settings: { ...defaultState().settings, maxHerverdeling: new Dec("0.1") } };
    await door.saveState(state);
    const before = excel.syncs();
    const { model, overrides } = await door.read();
    expect(excel.syncs() - before).toBe(3);
    expect(door.lastReadSyncs).toBe(3);
    expect(overrides).toBeUndefined();
    const checked = checkWithPolicy(model);
    expect(checked.model.sheets.map((s) => s.name)).toEqual(["Begroting"]);
    expect(checked.state).toEqual(state);
    expect(await door.excel.readState()).toEqual(state);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Begroting", STATE_SHEET]);
  });

  test("a read in cell-edit mode is tried again and succeeds", async () => {
    const { excel, door } = setup();
    excel.failNextSync("InvalidOperationInCellEditMode");
    const { model } = await door.read();
    expect(model.sheets).toHaveLength(1);
  });

  test("a write in cell-edit mode is not retried: the user gets the message and a retry", async () => {
    const { excel, door, begroting } = setup();
    excel.failNextSync("InvalidOperationInCellEditMode");
    await expect(
      door.excel.markFindings([{ rule: "r", severity: "fout", sheet: "Begroting", cell: "B3", message: "" }]),
    ).rejects.toMatchObject({ kind: "cell-edit", retryable: true });
    expect(begroting.conditionalFormats).toEqual([]);
  });

  test("marks on the pane's own sheets are never made; marks come off again", async () => {
    const { door, begroting } = setup();
    const n = await door.excel.markFindings([
      { rule: "r", severity: "fout", sheet: "Begroting", cell: "B3", message: "" },
      { rule: "r", severity: "fout", sheet: STATE_SHEET, cell: "A1", message: "" },
    ]);
    expect(n).toBe(1);
    expect(begroting.conditionalFormats.map((cf) => cf.formula)).toEqual([MARK_FORMULA]);
    expect(await door.excel.removeMarks()).toBe(1);
    expect(begroting.conditionalFormats).toEqual([]);
  });
});
