import { defaultState } from "../../src/core/stored-state";
import { createExcelDoor } from "../../src/excel/excel-door";
import { OWN_WRITE_GRACE_MS } from "../../src/excel/watch";
import { createExcelMock, sheet } from "./excel-mock";

/**
 * The pane's own writes must not mark the check out of date. From ExcelApi 1.14 the change event
 * says who changed (triggerSource "ThisLocalAddin"); below it, it does not, and the door remembers
 * its own writes for a moment. The fake fires worksheets.onChanged after every sync that changed
 * cells, with triggerSource only from 1.14, as Excel does.
 */
type Globals = { Excel?: unknown; Office?: unknown };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setup(apiVersion: string) {
  const begroting = sheet("Begroting", [
    ["Onderdeel", "Begroting"],
    ["Projectbureau", 500000],
  ]);
  const excel = createExcelMock([begroting], "Werkmap.xlsx", { apiVersion });
  (globalThis as Globals).Excel = excel.Excel;
  (globalThis as Globals).Office = excel.Office;
  const door = createExcelDoor();
  const heard: string[] = [];
  const stop = door.excel.watch((what) => heard.push(what));
  return { excel, door, heard, stop };
}

afterEach(() => {
  delete (globalThis as Globals).Excel;
  delete (globalThis as Globals).Office;
});

describe.each(["1.14", "1.9"])("changes seen by the pane at ExcelApi %s", (apiVersion) => {
  test("its own writes (formulas, settings) do not mark the check out of date", async () => {
    const { door, heard, stop } = setup(apiVersion);
    await wait(50);
    await door.excel.writeCells({ sheet: "Begroting", anchor: "C1", formulas: [["=IZA.FTE(B2)"]] });
    await door.saveState(defaultState());
    await wait(900); // the events arrive after the syncs; the watcher waits 600 ms for a pause
    expect(heard).toEqual([]);
    stop();
  });

  test("a co-author's edit does", async () => {
    const { excel, heard, stop } = setup(apiVersion);
    await wait(50);
    excel.remoteEdit("Begroting", "B2", 450000);
    await wait(900);
    expect(heard).toEqual(["data"]);
    stop();
  });
});

test("below ExcelApi 1.14 the own-write window closes again: a later edit counts", async () => {
  const { excel, door, heard, stop } = setup("1.9");
  await wait(50);
  await door.excel.writeCells({ sheet: "Begroting", anchor: "C1", values: [["x"]] });
  await wait(OWN_WRITE_GRACE_MS + 100);
  excel.remoteEdit("Begroting", "B2", 1);
  await wait(900);
  expect(heard).toEqual(["data"]);
  stop();
}, 15_000);
