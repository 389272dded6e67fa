import type { CheckResult, DetectedTable } from "../core/engine";
import type { Finding, Severity } from "../core/findings";
import type { WorkbookModel } from "../core/workbook";
import { parseA1 } from "../core/workbook";
import { TOEKENNING_NML } from "../core/gemeenten";
import type { ReadProgress, StoredState, StoredTable, WorkbookDoor } from "./door";
import { KIND_LABEL } from "./labels";

/** A check of the workbook as the pane keeps it: what was read, what the engine found, when. */
export interface CheckRun {
  model: WorkbookModel;
  state: StoredState;
  result: CheckResult;
  checkedAt: Date;
  /** Stored tables that could not be used (sheet gone, range empty), with the reason. */
  skipped: { table: StoredTable; reason: string }[];
}

type Engine = typeof import("../core/engine");

/** The engine, loaded when the first check runs (a chunk of its own, not in the first load). */
export function loadEngine(): Promise<Engine> {
  return import(/* webpackChunkName: "engine" */ "../core/engine");
}

interface Box {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rangeBox(sheet: string, range: string): Box {
  const [from, to = from] = range.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  return {
    sheet,
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

function overlap(a: Box, b: Box): boolean {
  return a.sheet === b.sheet && a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Let the browser paint the progress before the engine takes the thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Read and check: the engine's own detection, with the tables the user pointed out replacing any
 * detected table they overlap. The settings are the ones stored in the workbook.
 */
export async function runCheck(
  door: WorkbookDoor,
  onProgress: (progress: ReadProgress) => void = () => undefined,
  engineLoader: () => Promise<Engine> = loadEngine,
): Promise<CheckRun> {
  const enginePromise = engineLoader();
  const { model, state } = await door.readWorkbook(onProgress);
  onProgress({ phase: "Controleren", fraction: 1 });
  await nextFrame();
  const engine = await enginePromise;
  // The default grant is left to the engine, so that it reports "standaardwaarde" as the source.
  const settings = {
    maxHerverdeling: state.settings.maxHerverdeling,
    ...(state.settings.toekenning.eq(TOEKENNING_NML) ? {} : { toekenning: state.settings.toekenning }),
  };
  const skipped: CheckRun["skipped"] = [];
  let result: CheckResult;
  if (state.tables.length === 0) {
    result = engine.checkWorkbook(model, settings);
  } else {
    const manual: DetectedTable[] = [];
    for (const table of state.tables) {
      if (!model.sheets.some((s) => s.name === table.sheet)) {
        skipped.push({ table, reason: `het blad "${table.sheet}" bestaat niet meer` });
        continue;
      }
      try {
        manual.push(engine.tableFromSelection(model, table.sheet, table.range, table.roles, table.kind));
      } catch (error) {
        skipped.push({ table, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    const boxes = manual.map((t) => rangeBox(t.sheet, t.range));
    const detected = engine
      .detectTables(model)
      .filter((t) => !boxes.some((b) => overlap(b, rangeBox(t.sheet, t.range))));
    result = engine.checkTables(model, [...detected, ...manual], settings);
  }
  return { model, state, result, checkedAt: new Date(), skipped };
}

export interface TableGroup {
  key: string;
  /** "Begroting B4:E15" or the table's title. */
  label: string;
  table?: DetectedTable;
  findings: Finding[];
}

export interface SheetGroup {
  sheet: string;
  groups: TableGroup[];
  count: number;
}

export function tableLabel(table: DetectedTable): string {
  const what = `${KIND_LABEL[table.kind]} ${table.range}`;
  return table.title ? `${table.title} (${what})` : what;
}

function contains(table: DetectedTable, row: number, col: number): boolean {
  const box = rangeBox(table.sheet, table.range);
  return row >= box.top && row <= box.bottom && col >= box.left && col <= box.right;
}

/**
 * Findings grouped by sheet (in workbook order) and by table (in sheet order); findings outside
 * every table form a group "Overige cellen". Only findings whose severity is in `show`.
 */
export function groupFindings(
  findings: readonly Finding[],
  tables: readonly DetectedTable[],
  sheetOrder: readonly string[],
  show: ReadonlySet<Severity>,
): SheetGroup[] {
  const bySheet = new Map<string, SheetGroup>();
  for (const finding of findings) {
    if (!show.has(finding.severity)) continue;
    let sheetGroup = bySheet.get(finding.sheet);
    if (!sheetGroup) {
      sheetGroup = { sheet: finding.sheet, groups: [], count: 0 };
      bySheet.set(finding.sheet, sheetGroup);
    }
    let row = 0;
    let col = 0;
    try {
      ({ row, col } = parseA1(finding.cell));
    } catch {
      // a finding about a range or a sheet: "Overige cellen"
    }
    const table = tables.find((t) => t.sheet === finding.sheet && contains(t, row, col));
    const key = table ? `${table.sheet}!${table.range}` : `${finding.sheet}!*`;
    let group = sheetGroup.groups.find((g) => g.key === key);
    if (!group) {
      group = { key, label: table ? tableLabel(table) : "Overige cellen", table, findings: [] };
      sheetGroup.groups.push(group);
    }
    group.findings.push(finding);
    sheetGroup.count++;
  }
  const position = (sheet: string) => {
    const i = sheetOrder.indexOf(sheet);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const result = [...bySheet.values()].sort((a, b) => position(a.sheet) - position(b.sheet));
  for (const sheetGroup of result) {
    sheetGroup.groups.sort((a, b) => {
      if (!a.table) return 1;
      if (!b.table) return -1;
      return a.table.headerRow - b.table.headerRow || a.table.firstCol - b.table.firstCol;
    });
  }
  return result;
}
