/* global Excel */
import { SEVERITIES, type Finding, type Severity } from "../core/findings";
import { officeErrorCode } from "./run";

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

/**
 * Excel's own cell styles Slecht, Invoer (a decision to be made), Neutraal and Notitie-blauw,
 * familiar to every Excel user.
 */
export const MARK_STYLE: Record<Severity, { fill: string; font: string }> = {
  fout: { fill: "#FFC7CE", font: "#9C0006" },
  pho: { fill: "#FFCC99", font: "#3F3F76" },
  waarschuwing: { fill: "#FFEB9C", font: "#9C5700" },
  info: { fill: "#DDEBF7", font: "#1F4E78" },
};

/** The worse category first, in the order of SEVERITIES (fout, pho, waarschuwing, info). */
const RANK = (s: Severity): number => SEVERITIES.indexOf(s);
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
    if (!seen || RANK(f.severity) < RANK(seen.severity)) worst.set(key, f);
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
 *
 * Only our own rules are touched, and a rule Excel refuses to handle does not stop the rest: reading
 * the rule of some user-made conditional formats throws (office-js #6827, #6835), and deleting a
 * rule that shares its cells with another can fail with ItemNotFound (#5222). When a batch is
 * refused for such a reason, the same step is done one rule at a time, and what Excel still
 * refuses is left as it is (a user rule that cannot be read is not ours).
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

/** Errors Excel gives for one conditional format it cannot read or delete (not cell-edit mode). */
const RULE_ERRORS = new Set(["GeneralException", "InvalidOperation", "ItemNotFound", "InvalidArgument"]);

function isRuleError(error: unknown): boolean {
  return RULE_ERRORS.has(officeErrorCode(error) ?? "");
}

/**
 * Queue `step` for every item and sync once; should Excel refuse the batch for a rule error, do
 * it item by item (one sync each) and leave out the items it still refuses. Returns the items
 * whose step went through.
 */
async function eachOrSkip<T>(context: Excel.RequestContext, items: T[], step: (item: T) => void): Promise<T[]> {
  if (items.length === 0) return [];
  items.forEach(step);
  try {
    await context.sync();
    return items;
  } catch (error) {
    if (!isRuleError(error)) throw error;
  }
  const done: T[] = [];
  for (const item of items) {
    step(item);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only after Excel refused the batch
      await context.sync();
      done.push(item);
    } catch (error) {
      if (!isRuleError(error)) throw error;
    }
  }
  return done;
}

/** Our marks on these sheets: 2 syncs (the formats' types; the rule formulas of the custom ones). */
async function findMarks(context: Excel.RequestContext, sheets: Excel.Worksheet[]): Promise<Excel.ConditionalFormat[]> {
  const collections = await eachOrSkip(
    context,
    sheets.map((ws) => ws.getRange().conditionalFormats),
    (formats) => formats.load("items/type"),
  );
  const custom = collections.flatMap((formats) => formats.items.filter((format) => format.type === "Custom"));
  const readable = await eachOrSkip(context, custom, (format) => format.custom.rule.load("formula"));
  return readable.filter((format) => format.custom.rule.formula.includes(`"${MARK_TAG}"`));
}

async function removeMarksOn(context: Excel.RequestContext, sheets: Excel.Worksheet[]): Promise<number> {
  const ours = await findMarks(context, sheets);
  if (ours.length === 0) return 0;
  try {
    ours.forEach((format) => format.delete());
    await context.sync();
    return ours.length;
  } catch (error) {
    if (!isRuleError(error)) throw error;
  }
  // A batch stops at the first refusal; the deletes before it were done. One by one for the rest,
  // then count what is left, so the number said is the number removed.
  await eachOrSkip(context, ours, (format) => format.delete());
  return ours.length - (await findMarks(context, sheets)).length;
}

/** The separator `getRanges` accepts in this Excel, found once per session (null: neither). */
let rangesSeparator: "," | ";" | null | undefined;

/** For the tests: find the separator again. */
export function forgetRangesSeparator(): void {
  rangesSeparator = undefined;
}

/**
 * `getRanges("A1,B2")` needs the list separator of the locale in Excel on Windows: ";" in Dutch
 * (and German) desktop Excel, "," in English Excel and on the web (office-js #1167, #1985; the
 * reference says "comma-separated or semicolon-separated"). So it is asked once: a two-area
 * address with ",", else with ";", is loaded (one sync each, nothing else in the batch); when
 * neither is accepted the marks go on one cell at a time.
 */
async function findRangesSeparator(context: Excel.RequestContext, ws: Excel.Worksheet): Promise<"," | ";" | null> {
  if (rangesSeparator !== undefined) return rangesSeparator;
  for (const separator of [",", ";"] as const) {
    const areas = ws.getRanges(`A1${separator}C3`);
    areas.load("areaCount");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- at most two, once per session
      await context.sync();
      if (areas.areaCount === 2) return (rangesSeparator = separator);
    } catch (error) {
      if (officeErrorCode(error) !== "InvalidArgument") throw error;
    }
  }
  return (rangesSeparator = null);
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
  const groups = groupMarks(findings).filter((group) => byName.has(group.sheet));
  // RangeAreas (ExcelApi 1.9) give one rule for many cells; older Excel gets one rule per cell.
  const separator =
    !perCell && groups.some((g) => g.cells.length > 1)
      ? await findRangesSeparator(context, byName.get(groups[0].sheet)!)
      : ",";
  let marked = 0;
  for (const group of groups) {
    const ws = byName.get(group.sheet)!;
    const targets =
      perCell || separator === null
        ? group.cells.map((cell) => ws.getRange(cell))
        : [group.cells.length === 1 ? ws.getRange(group.cells[0]) : ws.getRanges(group.cells.join(separator))];
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
