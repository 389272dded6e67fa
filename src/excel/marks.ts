/* global Excel */
import type { Finding, Severity } from "../core/findings";

/**
 * Marking the cells of findings, so that "Markeringen verwijderen" gives back exactly the formats
 * the cells had: the marks are conditional formats, never changes to the cells' own format.
 * A conditional format is drawn over a cell's fill and font without touching them, so removing it
 * restores the cell exactly (theme colours, tints, patterns, gradients included) even when the
 * user changed the cell's format in between — something a saved-and-written-back copy of the
 * format could not promise. The user's own conditional formats are left alone.
 *
 * The marks are recognised by their rule formula, =ISTEXT("IZA-controle") (always TRUE; in Dutch
 * Excel it reads =ISTEKST("IZA-controle")), so removing them works after the pane was closed, and
 * for marks a co-author made, without keeping a list anywhere.
 */

export const MARK_TAG = "IZA-controle";
export const MARK_FORMULA = `=ISTEXT("${MARK_TAG}")`;

/** Excel's own cell styles Slecht, Neutraal and Notitie-blauw, familiar to every Excel user. */
export const MARK_STYLE: Record<Severity, { fill: string; font: string }> = {
  fout: { fill: "#FFC7CE", font: "#9C0006" },
  waarschuwing: { fill: "#FFEB9C", font: "#9C5700" },
  info: { fill: "#DDEBF7", font: "#1F4E78" },
};

const RANK: Record<Severity, number> = { fout: 0, waarschuwing: 1, info: 2 };
/** Addresses per conditional format, so that the address text stays far below Excel's 8192 characters. */
export const CELLS_PER_MARK = 200;

export interface MarkGroup {
  sheet: string;
  severity: Severity;
  cells: string[];
}

/** One group per sheet and severity; a cell with several findings gets the most severe mark. */
export function groupMarks(findings: readonly Finding[]): MarkGroup[] {
  const worst = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.cell.toUpperCase()}`;
    const seen = worst.get(key);
    if (!seen || RANK[f.severity] < RANK[seen.severity]) worst.set(key, f);
  }
  const groups = new Map<string, MarkGroup>();
  for (const f of worst.values()) {
    const key = `${f.sheet}\u0000${f.severity}`;
    let group = groups.get(key);
    if (!group) {
      group = { sheet: f.sheet, severity: f.severity, cells: [] };
      groups.set(key, group);
    }
    group.cells.push(f.cell.toUpperCase());
  }
  const result: MarkGroup[] = [];
  for (const group of groups.values()) {
    for (let i = 0; i < group.cells.length; i += CELLS_PER_MARK) {
      result.push({ ...group, cells: group.cells.slice(i, i + CELLS_PER_MARK) });
    }
  }
  return result;
}

/**
 * Remove the pane's marks from every sheet: 4 syncs whatever the size (sheet names; the conditional
 * formats of each sheet; the rule formulas of the custom ones; delete). Returns how many were removed.
 */
export async function removeMarks(context: Excel.RequestContext): Promise<number> {
  return removeMarksOn(context, await loadSheets(context));
}

async function loadSheets(context: Excel.RequestContext): Promise<Excel.Worksheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  return worksheets.items;
}

async function removeMarksOn(context: Excel.RequestContext, sheets: Excel.Worksheet[]): Promise<number> {
  const collections = sheets.map((ws) => {
    const formats = ws.getRange().conditionalFormats;
    formats.load("items/type");
    return formats;
  });
  await context.sync();
  const custom: Excel.ConditionalFormat[] = [];
  for (const formats of collections) {
    for (const format of formats.items) {
      if (format.type === "Custom") {
        format.custom.rule.load("formula");
        custom.push(format);
      }
    }
  }
  if (custom.length === 0) return 0;
  await context.sync();
  const ours = custom.filter((format) => format.custom.rule.formula.includes(`"${MARK_TAG}"`));
  for (const format of ours) format.delete();
  if (ours.length > 0) await context.sync();
  return ours.length;
}

/**
 * Mark the cells of the findings: first the old marks go (so marking twice does not stack), then
 * one batch adds one conditional format per sheet and severity. Findings on sheets that no longer
 * exist are skipped. Returns the number of cells marked.
 */
export async function markFindings(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  perCell = false,
): Promise<number> {
  const sheets = await loadSheets(context);
  await removeMarksOn(context, sheets);
  const byName = new Map(sheets.map((ws) => [ws.name, ws] as const));
  let marked = 0;
  for (const group of groupMarks(findings)) {
    const ws = byName.get(group.sheet);
    if (!ws) continue;
    // RangeAreas (ExcelApi 1.9) give one rule for many cells; older Excel gets one rule per cell.
    const targets = perCell ? group.cells.map((cell) => ws.getRange(cell)) : [ws.getRanges(group.cells.join(","))];
    for (const target of targets) {
      const format = target.conditionalFormats.add("Custom");
      format.custom.rule.formula = MARK_FORMULA;
      format.custom.format.fill.color = MARK_STYLE[group.severity].fill;
      format.custom.format.font.color = MARK_STYLE[group.severity].font;
    }
    marked += group.cells.length;
  }
  if (marked > 0) await context.sync();
  return marked;
}
