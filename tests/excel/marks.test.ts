import type { Finding } from "../../src/core/findings";
import {
  forgetRangesSeparator,
  groupMarks,
  markFindings,
  MARK_FORMULA,
  MARK_STYLE,
  removeMarks,
} from "../../src/excel/marks";
import { toActionError } from "../../src/excel/run";
import { createExcelMock, ExcelMockOptions, MockSheet, sheet } from "./excel-mock";

const finding = (
  sheetName: string,
  cell: string,
  severity: Finding["severity"],
  rule = "totaal-klopt-niet",
): Finding => ({
  rule,
  severity,
  sheet: sheetName,
  cell,
  message: "…",
});

/** What a cell looks like: the first (highest priority) conditional format over it, else its own format. */
function snapshot(s: MockSheet) {
  return {
    formats: new Map([...s.formats.entries()].map(([k, v]) => [k, { ...v }])),
    conditionalFormats: s.conditionalFormats.map((cf) => ({ ...cf })),
    cells: new Map([...s.cells.entries()].map(([k, v]) => [k, { ...v }])),
  };
}

beforeEach(() => forgetRangesSeparator());

function workbook(options: ExcelMockOptions = {}) {
  const begroting = sheet("Begroting", [
    ["Onderdeel", "Begroting"],
    ["Projectbureau", 500000],
    ["Totaal", 400000],
  ]);
  // the user's own formats and conditional format, which must survive marking exactly
  begroting.formats.set("B3", { fill: "#FFFF00", bold: true });
  begroting.formats.set("B2", { fill: "theme:accent1,tint:0.6", bold: false });
  begroting.conditionalFormats.push({ id: "user-1", type: "CellValue", ranges: "B2:B3", fill: "#C6EFCE" });
  begroting.conditionalFormats.push({
    id: "user-2",
    type: "Custom",
    ranges: "A2:A3",
    formula: '=ISTEXT("eigen regel")',
    fill: "#E2EFDA",
  });
  const other = sheet("Realisatie", [
    ["Post", "Besteed"],
    ["A", 1],
  ]);
  return { begroting, other, excel: createExcelMock([begroting, other], "Werkmap.xlsx", options) };
}

describe("marks: conditional formats, removed exactly", () => {
  test("marking adds one rule per sheet and severity and never touches the cells' own format", async () => {
    const { begroting, other, excel } = workbook();
    const before = snapshot(begroting);
    const marked = await markFindings(excel.context, [
      finding("Begroting", "B3", "fout"),
      finding("Begroting", "B3", "waarschuwing", "totaal-vaste-waarde"), // same cell: the worst mark only
      finding("Begroting", "B2", "waarschuwing"),
      finding("Realisatie", "B2", "info"),
      finding("Verdwenen blad", "A1", "fout"), // sheet renamed since the check: skipped
    ]);
    expect(marked).toBe(3);
    expect(begroting.formats).toEqual(before.formats);
    expect(begroting.cells).toEqual(before.cells);
    const ours = begroting.conditionalFormats.filter((cf) => cf.formula === MARK_FORMULA);
    expect(ours.map((cf) => [cf.ranges, cf.fill, cf.font])).toEqual([
      ["B3", MARK_STYLE.fout.fill, MARK_STYLE.fout.font],
      ["B2", MARK_STYLE.waarschuwing.fill, MARK_STYLE.waarschuwing.font],
    ]);
    expect(other.conditionalFormats.map((cf) => cf.ranges)).toEqual(["B2"]);
  });

  test("removing the marks restores exactly what was there, the user's own rules included", async () => {
    const { begroting, other, excel } = workbook();
    const before = snapshot(begroting);
    const otherBefore = snapshot(other);
    await markFindings(excel.context, [finding("Begroting", "B3", "fout"), finding("Realisatie", "B2", "info")]);
    // meanwhile the user changes the fill of a marked cell: that change must survive too
    begroting.formats.set("B3", { fill: "#00B0F0", bold: true });
    const syncsBefore = excel.syncs();
    const removed = await removeMarks(excel.context);
    expect(removed).toBe(2);
    expect(excel.syncs() - syncsBefore).toBe(4);
    expect(begroting.conditionalFormats).toEqual(before.conditionalFormats);
    expect(other.conditionalFormats).toEqual(otherBefore.conditionalFormats);
    expect(begroting.formats.get("B3")).toEqual({ fill: "#00B0F0", bold: true });
    expect(begroting.formats.get("B2")).toEqual(before.formats.get("B2"));
    expect(begroting.cells).toEqual(before.cells);
  });

  test("marking twice does not stack marks; removing with none present changes nothing", async () => {
    const { begroting, excel } = workbook();
    const before = snapshot(begroting);
    await markFindings(excel.context, [finding("Begroting", "B3", "fout")]);
    await markFindings(excel.context, [finding("Begroting", "B3", "fout")]);
    expect(begroting.conditionalFormats.filter((cf) => cf.formula === MARK_FORMULA)).toHaveLength(1);
    await removeMarks(excel.context);
    expect(await removeMarks(excel.context)).toBe(0);
    expect(begroting.conditionalFormats).toEqual(before.conditionalFormats);
  });

  test("older Excel without RangeAreas gets one rule per cell", async () => {
    const { begroting, excel } = workbook();
    await markFindings(excel.context, [finding("Begroting", "B3", "fout"), finding("Begroting", "A3", "fout")], true);
    const ours = begroting.conditionalFormats.filter((cf) => cf.formula === MARK_FORMULA);
    expect(ours.map((cf) => cf.ranges).sort()).toEqual(["A3", "B3"]);
  });

  test("groups: worst severity per cell, chunks of at most 200 cells", () => {
    const many: Finding[] = Array.from({ length: 450 }, (_, i) => finding("Groot", `A${i + 1}`, "fout"));
    const groups = groupMarks([...many, finding("Groot", "a1", "info")]);
    expect(groups.map((g) => g.cells.length)).toEqual([200, 200, 50]);
    expect(groups.every((g) => g.severity === "fout")).toBe(true);
  });

  test("the check that formats stay unchanged can fail: a marker that paints the cell is caught", async () => {
    const { begroting, excel } = workbook();
    const before = snapshot(begroting);
    const ws = excel.context.workbook.worksheets.getItem("Begroting");
    ws.getRange("B3").format.fill.color = MARK_STYLE.fout.fill; // what marking must never do
    await excel.context.sync();
    expect(begroting.formats).not.toEqual(before.formats);
  });
});

describe('marks in Dutch desktop Excel, where getRanges wants ";" (office-js #1167, #1985)', () => {
  test.each([",", ";"] as const)(
    "with list separator %p: one rule for many cells, and removable",
    async (separator) => {
      const { begroting, excel } = workbook({ listSeparator: separator });
      const before = snapshot(begroting);
      const marked = await markFindings(excel.context, [
        finding("Begroting", "B2", "fout"),
        finding("Begroting", "B3", "fout"),
        finding("Begroting", "A2", "info"),
      ]);
      expect(marked).toBe(3);
      const ours = begroting.conditionalFormats.filter((cf) => cf.formula === MARK_FORMULA);
      expect(ours.map((cf) => [cf.ranges, cf.fill])).toEqual([
        ["B2,B3", MARK_STYLE.fout.fill],
        ["A2", MARK_STYLE.info.fill],
      ]);
      expect(begroting.formats).toEqual(before.formats);
      expect(await removeMarks(excel.context)).toBe(2);
      expect(begroting.conditionalFormats).toEqual(before.conditionalFormats);
    },
  );

  test("the separator is asked once per session, not at every marking", async () => {
    const { excel } = workbook({ listSeparator: ";" });
    const findings = [finding("Begroting", "B2", "fout"), finding("Begroting", "B3", "fout")];
    await markFindings(excel.context, findings);
    const first = excel.syncs();
    const start = excel.syncs();
    await markFindings(excel.context, findings);
    expect(excel.syncs() - start).toBeLessThan(first);
  });
});

describe("marks removal survives user rules Excel cannot handle", () => {
  test("a user rule whose rule cannot be read (office-js #6827, #6835) neither blocks Markeren nor is touched", async () => {
    const { begroting, excel } = workbook();
    begroting.conditionalFormats.push({
      id: "user-unreadable",
      type: "Custom",
      ranges: "A1",
      formula: '=ISTEXT("IZA-controle")', // even if it looked like ours: unreadable is not ours
      unreadable: true,
    });
    await markFindings(excel.context, [finding("Begroting", "B3", "fout")]);
    await markFindings(excel.context, [finding("Begroting", "B2", "fout")]);
    const ours = begroting.conditionalFormats.filter((cf) => cf.formula === MARK_FORMULA && !cf.unreadable);
    expect(ours.map((cf) => cf.ranges)).toEqual(["B2"]);
    expect(await removeMarks(excel.context)).toBe(1);
    expect(begroting.conditionalFormats.map((cf) => cf.id)).toEqual(["user-1", "user-2", "user-unreadable"]);
  });

  test("a rule whose delete fails with ItemNotFound (#5222) does not stop the others, nor says the sheet is gone", async () => {
    const { begroting, other, excel } = workbook();
    await markFindings(excel.context, [finding("Begroting", "B3", "fout"), finding("Realisatie", "B2", "info")]);
    const stuck = begroting.conditionalFormats.find((cf) => cf.formula === MARK_FORMULA)!;
    stuck.deleteFails = true; // shares B3 with the user's rule on B2:B3
    let removed: number | undefined;
    let message: string | undefined;
    try {
      removed = await removeMarks(excel.context);
    } catch (error) {
      message = toActionError(error).message;
    }
    expect(message).toBeUndefined();
    expect(removed).toBe(1);
    expect(other.conditionalFormats).toEqual([]);
    // and marking again still works
    stuck.deleteFails = false;
    expect(await markFindings(excel.context, [finding("Realisatie", "A2", "waarschuwing")])).toBe(1);
    expect(other.conditionalFormats.map((cf) => cf.ranges)).toEqual(["A2"]);
  });

  test("cell-edit mode still reaches the pane as such (not swallowed as a rule error)", async () => {
    const { excel } = workbook();
    excel.failNextSync("InvalidOperationInCellEditMode");
    await expect(removeMarks(excel.context)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});
