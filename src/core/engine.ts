/**
 * The workbook check: one engine for the pane, the browser and the command line. It sees only the
 * WorkbookModel, finds the tables on each sheet, puts the tables a user pointed out in place of
 * the detected ones they overlap, and runs the rules of ./rules on them. Which sheets are data and
 * which settings apply is the check policy's business (./policy); every door calls that.
 */
import { rangesOverlap } from "./a1";
import { Dec } from "./decimal";
import { detectOnGrid } from "./detect/detect";
import { SheetGrid } from "./detect/grid";
import { tableFromSelectionOnGrid } from "./detect/selection";
import { ChosenTable, ColumnRole, DetectedTable, TableKind } from "./detect/types";
import { CheckSettings, Finding } from "./findings";
import { checkMaxPercentage } from "./herverdeling";
import { defaultSettings } from "./settings";
import { a1 } from "./a1";
import { FormulaBook } from "./formula/book";
import { DefinedName, WorkbookModel } from "./workbook";
import { RuleId, RULES } from "./rules/catalogue";
import { RawFinding, TableContext, VastgesteldReference, WorkbookContext } from "./rules/context";
import { findGrantCells } from "./rules/grant";
import { TABLE_RULES, WORKBOOK_RULES } from "./rules";
import { Grant, grantSourceText, SettingSource } from "./sources";
import type { VastgesteldComparison, VastgesteldeBegroting } from "./vastgesteld";

export type { ChosenTable, ColumnRole, DetectedColumn, DetectedTable, TableKind } from "./detect/types";
export type { CheckSettings, Finding, Severity } from "./findings";
export type { Grant, GrantSource, SettingSource } from "./sources";
export { RULES, RULE_IDS } from "./rules/catalogue";
export type { RuleId, RuleInfo } from "./rules/catalogue";

/** The defaults of the check's settings (./settings holds all of them). */
export const DEFAULT_SETTINGS: CheckSettings = defaultSettings();

export interface CheckResult {
  findings: Finding[];
  tables: DetectedTable[];
  /** The grant the check used, and where it came from. */
  grant: Grant;
  /**
   * The grant of every year a column was held against, when one of them is another than `grant`
   * ("Toekenning 2025" beside "Toekenning 2024", or the setting for a year no cell names).
   */
  yearGrants?: { year: number; grant: Grant }[];
}

/** A chosen table the check could not use, and why (Dutch). */
export interface SkippedTable {
  table: ChosenTable;
  reason: string;
}

export interface EngineOptions {
  /** The herverdeling limit as a fraction; default 20%. */
  maxHerverdeling?: Dec;
  /** The grant when no labelled cell names it; default € 4.747.850. */
  toekenning?: Dec;
  /** Where `toekenning` came from: default "instelling" when it is given, else "standaard". */
  toekenningSource?: SettingSource;
  /** Tables the user pointed out: each replaces the detected tables it overlaps. */
  chosen?: readonly ChosenTable[];
  /**
   * The vastgestelde begroting to compare the begroting tables with, and the reference table itself
   * when it stands in this workbook (it is not compared with itself).
   */
  vastgesteld?: { begroting: VastgesteldeBegroting; table?: { sheet: string; range: string } };
}

export interface EngineResult extends CheckResult {
  skipped: SkippedTable[];
  /** With a vastgestelde begroting: per begroting table how its onderdelen were matched. */
  comparisons?: VastgesteldComparison[];
}

function grids(model: WorkbookModel): SheetGrid[] {
  return model.sheets.map((sheet, index) => new SheetGrid(sheet, index));
}

export function detectTables(model: WorkbookModel): DetectedTable[] {
  return grids(model).flatMap((grid) => detectOnGrid(grid));
}

/** The tables of a workbook: the detected ones, with the chosen ones in place of those they overlap. */
export function findTables(
  model: WorkbookModel,
  chosen: readonly ChosenTable[] = [],
): { tables: DetectedTable[]; skipped: SkippedTable[]; grids: SheetGrid[] } {
  const all = grids(model);
  const detected = all.flatMap((grid) => detectOnGrid(grid));
  const { tables: fromChoice, skipped } = chosenTables(all, chosen);
  const tables = [...detected.filter((t) => !fromChoice.some((c) => rangesOverlap(c, t))), ...fromChoice];
  return { tables, skipped, grids: all };
}

/** Detect the tables, apply the chosen ones, run every rule. */
export function runEngine(model: WorkbookModel, options: EngineOptions = {}): EngineResult {
  const { tables, skipped, grids: all } = findTables(model, options.chosen ?? []);
  return { ...run(all, tables, options, model.names, model.externalLinksLost), skipped };
}

/** The check with the tables the engine finds itself. */
export function checkWorkbook(model: WorkbookModel, settings?: Partial<CheckSettings>): CheckResult {
  const { findings, tables, grant } = runEngine(model, settings);
  return { findings, tables, grant };
}

/** The check of exactly these tables. */
export function checkTables(
  model: WorkbookModel,
  tables: DetectedTable[],
  settings?: Partial<CheckSettings>,
): CheckResult {
  return run(grids(model), tables, settings ?? {}, model.names, model.externalLinksLost);
}

/** For a table the detection missed: the user selected a range and chose the roles of its columns. */
export function tableFromSelection(
  model: WorkbookModel,
  sheet: string,
  range: string,
  roles: Record<number, ColumnRole>,
  kind?: TableKind,
): DetectedTable {
  const index = model.sheets.findIndex((s) => s.name === sheet);
  if (index < 0) throw new Error(`blad "${sheet}" bestaat niet in de werkmap`);
  return tableFromSelectionOnGrid(new SheetGrid(model.sheets[index], index), range, roles, kind);
}

function chosenTables(
  all: SheetGrid[],
  chosen: readonly ChosenTable[],
): { tables: DetectedTable[]; skipped: SkippedTable[] } {
  const tables: DetectedTable[] = [];
  const skipped: SkippedTable[] = [];
  const byName = new Map(all.map((g) => [g.name, g]));
  for (const table of chosen) {
    const grid = byName.get(table.sheet);
    if (!grid) {
      skipped.push({ table, reason: `het blad "${table.sheet}" bestaat niet meer` });
      continue;
    }
    try {
      tables.push(tableFromSelectionOnGrid(grid, table.range, table.roles, table.kind));
    } catch (error) {
      skipped.push({ table, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { tables, skipped };
}

function run(
  all: SheetGrid[],
  tables: DetectedTable[],
  options: EngineOptions,
  names: readonly DefinedName[] = [],
  linksLost = false,
): CheckResult & { comparisons?: VastgesteldComparison[] } {
  const settings: CheckSettings = {
    toekenning: options.toekenning ?? DEFAULT_SETTINGS.toekenning,
    maxHerverdeling: checkMaxPercentage(options.maxHerverdeling ?? DEFAULT_SETTINGS.maxHerverdeling),
  };
  const bySheet = new Map<string, DetectedTable[]>();
  for (const table of tables) {
    const list = bySheet.get(table.sheet) ?? [];
    list.push(table);
    bySheet.set(table.sheet, list);
  }
  const settingGrant: Grant = {
    amount: settings.toekenning,
    source: {
      kind: "instelling",
      from: options.toekenningSource ?? (options.toekenning !== undefined ? "instelling" : "standaard"),
    },
  };
  const cells = findGrantCells(all, bySheet);
  const grant: Grant = cells.grant ?? settingGrant;
  const yearGrants = new Map<number, Grant>();
  const grantForYear = (year: number): Grant => {
    const found = cells.byYear.get(year) ?? cells.withoutYear ?? settingGrant;
    yearGrants.set(year, found);
    return found;
  };
  const raw: RawFinding[] = [];
  const comparisons: VastgesteldComparison[] = [];
  const vastgesteld: VastgesteldReference | undefined = options.vastgesteld && {
    ...options.vastgesteld,
    record: (comparison) => comparisons.push(comparison),
  };
  const gridByName = new Map(all.map((g) => [g.name, g]));
  const formulas = new FormulaBook(all, names, { linksLost });
  for (const table of tables) {
    const grid = gridByName.get(table.sheet);
    if (!grid) continue;
    const ctx = new TableContext(grid, table, settings, grant, raw, formulas, { vastgesteld, grantForYear });
    for (const rule of TABLE_RULES) rule(ctx);
  }
  const workbook: WorkbookContext = {
    grids: all,
    tablesBySheet: bySheet,
    settings,
    grant,
    formulas,
    emit: (finding) => raw.push(finding),
  };
  if (vastgesteld) workbook.vastgesteld = vastgesteld;
  for (const rule of WORKBOOK_RULES) rule(workbook);
  const result: CheckResult & { comparisons?: VastgesteldComparison[] } = {
    findings: sortFindings(raw),
    tables,
    grant,
  };
  // Every year's grant, when one year's is another than the workbook's grant.
  const differs = [...yearGrants.values()].some(
    (g) => grantSourceText(g.source) !== grantSourceText(grant.source) || !g.amount.eq(grant.amount),
  );
  if (differs) result.yearGrants = [...yearGrants].sort((a, b) => a[0] - b[0]).map(([year, g]) => ({ year, grant: g }));
  if (vastgesteld) result.comparisons = comparisons;
  return result;
}

function sortFindings(raw: RawFinding[]): Finding[] {
  raw.sort(
    (a, b) =>
      a.sheetIndex - b.sheetIndex ||
      a.row - b.row ||
      a.col - b.col ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
  const findings: Finding[] = [];
  let last = "";
  for (const f of raw) {
    const key = `${f.sheetIndex}\u0000${f.row}\u0000${f.col}\u0000${f.rule}\u0000${f.message}`;
    if (key === last) continue; // overlapping tables (a selection over a detected table) report once
    last = key;
    findings.push({
      rule: f.rule,
      severity: RULES[f.rule as RuleId].severity,
      sheet: f.sheet,
      cell: a1(f.row, f.col),
      message: f.message,
    });
  }
  return findings;
}
