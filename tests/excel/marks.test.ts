import type { Finding } from "../../src/core/findings";
import { groupMarks, markFindings, MARK_FORMULA, MARK_STYLE, removeMarks } from "../../src/excel/marks";
import { createExcelMock, MockSheet, sheet } from "./excel-mock";

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

function workbook() {
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
  return { begroting, other, excel: createExcelMock([begroting, other]) };
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
});
