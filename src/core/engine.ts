/**
 * The workbook check: one engine for the pane, the browser and the command line. It sees only the
 * WorkbookModel, finds the tables on each sheet and runs the rules of ./rules on them.
 */
import { Dec } from "./decimal";
import { SheetGrid } from "./detect/grid";
import { detectOnGrid, tableFromSelectionOnGrid } from "./detect/tables";
import { ColumnRole, DetectedTable, TableKind } from "./detect/types";
import { CheckSettings, Finding } from "./findings";
import { TOEKENNING_NML } from "./gemeenten";
import { checkMaxPercentage, DEFAULT_MAX_PERCENTAGE } from "./herverdeling";
import { a1, WorkbookModel } from "./workbook";
import { RuleId, RULES } from "./rules/catalogue";
import { checkCells } from "./rules/cells";
import { checkDifferences, checkPercentages } from "./rules/consistency";
import { Grant, RawFinding, TableContext } from "./rules/context";
import { checkGemeenten } from "./rules/gemeenten";
import { checkGrant, findGrantCell } from "./rules/grant";
import { checkHerverdeling } from "./rules/herverdeling";
import { checkRealisatie } from "./rules/realisatie";
import { checkTotals } from "./rules/totals";
import { checkShares } from "./rules/verdeling";

export type { ColumnRole, DetectedColumn, DetectedTable, TableKind } from "./detect/types";
export type { CheckSettings, Finding, Severity } from "./findings";
export { RULES, RULE_IDS } from "./rules/catalogue";
export type { RuleId, RuleInfo } from "./rules/catalogue";

export const DEFAULT_SETTINGS: CheckSettings = {
  toekenning: new Dec(TOEKENNING_NML),
  maxHerverdeling: DEFAULT_MAX_PERCENTAGE,
};

export interface CheckResult {
  findings: Finding[];
  tables: DetectedTable[];
  /** The grant the check used: amount as a plain decimal string ("4747850"), source in Dutch. */
  grant: { amount: string; source: string };
}

/** The rules run on every table, in this order (the findings are sorted afterwards anyway). */
const TABLE_RULES: ((ctx: TableContext) => void)[] = [
  checkCells,
  checkTotals,
  checkDifferences,
  checkPercentages,
  checkGrant,
  checkHerverdeling,
  checkRealisatie,
  checkGemeenten,
  checkShares,
];

function grids(model: WorkbookModel): SheetGrid[] {
  return model.sheets.map((sheet, index) => new SheetGrid(sheet, index));
}

export function detectTables(model: WorkbookModel): DetectedTable[] {
  return grids(model).flatMap((grid) => detectOnGrid(grid));
}

export function checkWorkbook(model: WorkbookModel, settings?: Partial<CheckSettings>): CheckResult {
  const all = grids(model);
  const tables = all.flatMap((grid) => detectOnGrid(grid));
  return run(all, tables, settings);
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

export function checkTables(
  model: WorkbookModel,
  tables: DetectedTable[],
  settings?: Partial<CheckSettings>,
): CheckResult {
  return run(grids(model), tables, settings);
}

function resolveSettings(settings?: Partial<CheckSettings>): CheckSettings {
  const resolved: CheckSettings = {
    toekenning: settings?.toekenning ?? DEFAULT_SETTINGS.toekenning,
    maxHerverdeling: settings?.maxHerverdeling ?? DEFAULT_SETTINGS.maxHerverdeling,
  };
  checkMaxPercentage(resolved.maxHerverdeling);
  return resolved;
}

function run(all: SheetGrid[], tables: DetectedTable[], settings?: Partial<CheckSettings>): CheckResult {
  const resolved = resolveSettings(settings);
  const bySheet = new Map<string, DetectedTable[]>();
  for (const table of tables) {
    const list = bySheet.get(table.sheet) ?? [];
    list.push(table);
    bySheet.set(table.sheet, list);
  }
  const grant: Grant = findGrantCell(all, bySheet) ?? {
    amount: resolved.toekenning,
    source: settings?.toekenning !== undefined ? "instelling" : "standaardwaarde",
  };
  const raw: RawFinding[] = [];
  const gridByName = new Map(all.map((g) => [g.name, g]));
  for (const table of tables) {
    const grid = gridByName.get(table.sheet);
    if (!grid) continue;
    const ctx = new TableContext(grid, table, resolved, grant, raw);
    for (const rule of TABLE_RULES) rule(ctx);
  }
  for (const grid of all) {
    const sheetTables = bySheet.get(grid.name);
    if (!sheetTables || sheetTables.length === 0 || !grid.sheet.visibility || grid.sheet.visibility === "visible")
      continue;
    const t = sheetTables[0];
    raw.push({
      rule: "verborgen-blad",
      sheetIndex: grid.index,
      sheet: grid.name,
      row: Math.max(t.headerRow, 1),
      col: t.firstCol,
      message: `Dit blad is verborgen, maar de controle telt ${sheetTables.length === 1 ? "de tabel" : `${sheetTables.length} tabellen, waaronder de tabel`} op ${t.range} (${t.kind}) mee`,
    });
  }
  return { findings: sortFindings(raw), tables, grant: { amount: grant.amount.toString(), source: grant.source } };
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
