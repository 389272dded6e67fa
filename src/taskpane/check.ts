import type { DetectedTable } from "../core/detect/types";
import type { Finding, Severity } from "../core/findings";
import type { CheckOverrides, PolicyCheck } from "../core/policy";
import type { Settings } from "../core/settings";
import { tableAt, tableLabel } from "../core/tables-of";
import type { ReadProgress, WorkbookDoor } from "../ports/workbook-door";

/** A check of the workbook as the pane keeps it: what the check policy found, and when. */
export interface CheckRun extends PolicyCheck {
  checkedAt: Date;
}

type Policy = typeof import("../core/policy");

/** The check policy and the engine, loaded when the first check runs (a chunk of their own). */
export function loadPolicy(): Promise<Policy> {
  return import(/* webpackChunkName: "engine" */ "../core/policy");
}

/** Let the browser paint the progress before the engine takes the thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Read through the door and check with the one policy of every door (core/policy). `choices` are
 * the settings chosen in the page for every file of the session (outside Excel): overrides of the
 * session, over what the door itself overrides.
 */
export async function runCheck(
  door: WorkbookDoor,
  onProgress: (progress: ReadProgress) => void = () => undefined,
  policyLoader: () => Promise<Policy> = loadPolicy,
  choices?: Partial<Settings>,
): Promise<CheckRun> {
  const policyPromise = policyLoader();
  const read = await door.read(onProgress);
  const { model } = read;
  const overrides: CheckOverrides | undefined =
    choices && Object.keys(choices).length > 0
      ? { ...read.overrides, source: "sessie", settings: { ...read.overrides?.settings, ...choices } }
      : read.overrides;
  onProgress({ phase: "Controleren", fraction: 1 });
  await nextFrame();
  const policy = await policyPromise;
  return { ...policy.checkWithPolicy(model, overrides), checkedAt: new Date() };
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
    const table = tableAt(tables, finding.sheet, finding.cell);
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
    return i < 0 ? sheetOrder.length : i;
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
