/**
 * The check policy: how a workbook is checked, whichever door it came in through (the pane in
 * Excel, the pane on a file outside Excel, iza-controle). Every door hands over the whole workbook
 * as it read it and its own overrides; this module does the rest, once:
 *
 * 1. it leaves out the pane's own sheets (IZA_instellingen and the report sheets "IZA controle
 *    <datum>"), which are no data: their cells would otherwise be checked, and a report's or the
 *    settings sheet's "Toekenning" row would be taken for the grant;
 * 2. it decodes what the workbook stores on IZA_instellingen: the settings and the tables a user
 *    pointed out;
 * 3. it resolves every setting with its source: an override (a flag of iza-controle, a choice in the
 *    pane this session) over what the workbook stores, over the default. A stored value that the
 *    functions would refuse (a limit above 100%) is not used: the default is, and the setting says why;
 * 4. it runs the engine with the stored (or overriding) tables in place of the detected tables they
 *    overlap. The grant is a labelled cell in the workbook when there is one ("Toekenning",
 *    "SPUK IZA", "Beschikbaar" with an amount), else the setting toekenning: the setting is the
 *    grant of a workbook that does not name its own, so a labelled cell wins over any override;
 * 5. with a vastgestelde begroting (an override, or what the workbook stores: a sheet of its own or
 *    the onderdelen of a file) it compares every begroting table with it (rules/vastgesteld.ts);
 * 6. it returns the findings, the tables, the stored tables it could not use with the reason, each
 *    setting with its source, and the grant as a decimal with its source.
 */
import { DomainError } from "./errors";
import { Dec } from "./decimal";
import { EngineResult, runEngine } from "./engine";
import { checkSetting, defaultSettings, SETTING_KEYS, SettingKey, Settings } from "./settings";
import { Grant, SettingSource } from "./sources";
import { isPaneSheet, STATE_SHEET, StoredRows, StoredState, StoredTable, storedFromSheet } from "./stored-state";
import { VastgesteldCheck, VastgesteldSource } from "./vastgesteld";
import { findVastgesteld } from "./vastgesteld-source";
import { WorkbookModel } from "./workbook";

/** What a door lets override what the workbook stores. */
export interface CheckOverrides {
  /** Flags of iza-controle, or choices made in the pane for this session (a file outside Excel). */
  source: Extract<SettingSource, "opdrachtregel" | "sessie">;
  settings?: Partial<Settings>;
  /** In place of the tables the workbook stores (the pane's choices for this session). */
  tables?: readonly StoredTable[];
  /**
   * The vastgestelde begroting, in place of the one the workbook stores: iza-controle
   * --vastgesteld, or a sheet or file chosen in the pane outside Excel; null: none, whatever the
   * workbook stores (removed in the pane for this session).
   */
  vastgesteld?: VastgesteldSource | null;
}

export interface ResolvedSetting {
  value: Dec;
  source: SettingSource;
  /** What the workbook stores, when an override was used in its place. */
  stored?: Dec;
  /** A stored or given value that was not used, and why (Dutch). */
  refused?: { value: Dec; reason: string };
}

export type ResolvedSettings = Record<SettingKey, ResolvedSetting>;

export interface PolicyCheck extends EngineResult {
  /** The workbook as checked: without the pane's own sheets. */
  model: WorkbookModel;
  /** The pane's own sheets that were left out, by name. */
  leftOut: string[];
  /** What the check used: the stored settings and tables with the overrides applied. */
  state: StoredState;
  /** Every setting with where it came from. */
  settings: ResolvedSettings;
  grant: Grant;
  /** The vastgestelde begroting compared with, when the check has one (an override or stored). */
  vastgesteld?: VastgesteldCheck;
}

/** The workbook without the pane's own sheets, and the settings sheet (if any). */
export function dataSheets(model: WorkbookModel): { model: WorkbookModel; leftOut: string[] } {
  const leftOut = model.sheets.filter((s) => isPaneSheet(s.name)).map((s) => s.name);
  if (leftOut.length === 0) return { model, leftOut };
  return { model: { ...model, sheets: model.sheets.filter((s) => !isPaneSheet(s.name)) }, leftOut };
}

/** The settings of the workbook, each with its source, after the overrides. */
export function resolveSettings(stored: Partial<Settings>, overrides?: CheckOverrides): ResolvedSettings {
  const defaults = defaultSettings();
  const resolved = {} as ResolvedSettings;
  for (const key of SETTING_KEYS) {
    const candidates: { value: Dec | undefined; source: SettingSource }[] = [
      { value: overrides?.settings?.[key], source: overrides?.source ?? "opdrachtregel" },
      { value: stored[key], source: "werkmap" },
    ];
    let setting: ResolvedSetting | undefined;
    let refused: ResolvedSetting["refused"];
    for (const candidate of candidates) {
      if (candidate.value === undefined) continue;
      try {
        setting = { value: checkSetting(key, candidate.value), source: candidate.source };
        break;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refused ??= { value: candidate.value, reason: error.message };
      }
    }
    setting ??= { value: defaults[key], source: "standaard" };
    const storedValue = stored[key];
    if (setting.source !== "werkmap" && storedValue && !storedValue.eq(setting.value)) setting.stored = storedValue;
    if (refused) setting.refused = refused;
    resolved[key] = setting;
  }
  return resolved;
}

/** What applies of what the workbook stores, after the overrides: the settings (resolved) and the tables. */
export function effectiveState(
  stored: StoredRows,
  overrides?: CheckOverrides,
): { state: StoredState; settings: ResolvedSettings } {
  const settings = resolveSettings(stored.settings, overrides);
  const values = {} as Settings;
  for (const key of SETTING_KEYS) values[key] = settings[key].value;
  const state: StoredState = { settings: values, tables: overrides?.tables ? [...overrides.tables] : stored.tables };
  const given = overrides?.vastgesteld;
  const vastgesteld =
    given === undefined ? stored.vastgesteld : given === null || given.kind === "werkmap" ? undefined : given;
  if (vastgesteld) state.vastgesteld = vastgesteld;
  return { state, settings };
}

/** Check a workbook the way every door must (see the top of this file). */
export function checkWithPolicy(workbook: WorkbookModel, overrides?: CheckOverrides): PolicyCheck {
  const { model, leftOut } = dataSheets(workbook);
  const stored = storedFromSheet(workbook.sheets.find((s) => s.name === STATE_SHEET));
  const { state, settings } = effectiveState(stored, overrides);
  const given = overrides?.vastgesteld;
  const source: { source: VastgesteldSource; from: SettingSource } | undefined = given
    ? { source: given, from: overrides!.source }
    : given === undefined && stored.vastgesteld
      ? { source: stored.vastgesteld, from: "werkmap" }
      : undefined;
  const found = source ? findVastgesteld(source.source, workbook) : undefined;
  const reference =
    found && "begroting" in found
      ? {
          begroting: found.begroting,
          ...(source!.source.kind === "blad" && found.table
            ? { table: { sheet: found.table.sheet, range: found.table.range } }
            : {}),
        }
      : undefined;
  const { comparisons, ...result } = runEngine(model, {
    maxHerverdeling: settings.maxHerverdeling.value,
    toekenning: settings.toekenning.value,
    toekenningSource: settings.toekenning.source,
    chosen: state.tables,
    ...(reference ? { vastgesteld: reference } : {}),
  });
  const check: PolicyCheck = { ...result, model, leftOut, state, settings };
  if (source && found) {
    check.vastgesteld =
      "begroting" in found
        ? { from: source.from, begroting: found.begroting, comparisons: comparisons ?? [] }
        : { from: source.from, problem: found.problem, comparisons: [] };
    // A file read now is kept as what was read of it, should the pane store this state.
    if (source.source.kind === "werkmap" && "begroting" in found)
      check.state = { ...state, vastgesteld: { kind: "vast", begroting: found.begroting } };
  }
  return check;
}
