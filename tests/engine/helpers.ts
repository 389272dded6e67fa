/** Helpers of the engine tests; the workbook builders are the tests' one set, in tests/support/workbooks.ts. */
import { checkWorkbook, CheckResult } from "../../src/core/engine";
import { CheckSettings, Finding } from "../../src/core/findings";
import { grantSourceText } from "../../src/core/sources";
import type { SheetSpec } from "../support/workbooks";
import { modelOf } from "../support/xlsx";

export { BEGROTING_2024, begrotingSheet, type CellSpec, type SheetSpec } from "../support/workbooks";
export { buildWorkbook, modelOf, toBytes } from "../support/xlsx";

export async function check(sheets: SheetSpec | SheetSpec[], settings?: Partial<CheckSettings>): Promise<CheckResult> {
  return checkWorkbook(await modelOf(sheets), settings);
}

/** The findings of one rule. */
export function only(result: CheckResult, rule: string): Finding[] {
  return result.findings.filter((f) => f.rule === rule);
}

/** Compact "rule@sheet!cell" list, for exact expectations. */
export function brief(result: CheckResult): string[] {
  return result.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`);
}

/** The grant of a check as the user reads it: the amount as a plain decimal and its source in Dutch. */
export function grantOf(result: CheckResult): { amount: string; source: string } {
  return { amount: result.grant.amount.toString(), source: grantSourceText(result.grant.source) };
}
