import { checkCells } from "./cells";
import { checkDifferences, checkPercentages } from "./consistency";
import { TableRule, WorkbookRule } from "./context";
import { checkTypedAmounts } from "./formula-constants";
import { checkCycles } from "./formula-cycles";
import { checkFormulaPatterns } from "./formula-patterns";
import { checkEmptyReferences } from "./formula-references";
import { checkSumRanges } from "./formula-sums";
import { checkGemeenten } from "./gemeenten";
import { checkGrant } from "./grant";
import { checkHerverdeling } from "./herverdeling";
import { checkRealisatie } from "./realisatie";
import { checkHiddenLines } from "./hidden-lines";
import { checkRegisters } from "./register";
import { checkHiddenSheets } from "./sheets";
import { checkTotals } from "./totals";
import { checkTegenVastgesteld } from "./vastgesteld";
import { checkVerantwoording } from "./verantwoording";
import { checkShares } from "./verdeling";

/**
 * Every rule the engine runs. A new rule is a function in a file of its own here, an entry in
 * ./catalogue (id, severity, Dutch title and description) and an entry below; nothing outside
 * src/core changes: every door shows its findings.
 */

/** Run on every table, in this order (the findings are sorted afterwards anyway). */
export const TABLE_RULES: readonly TableRule[] = [
  checkCells,
  checkTotals,
  checkSumRanges,
  checkDifferences,
  checkPercentages,
  checkTypedAmounts,
  checkHiddenLines,
  checkGrant,
  checkHerverdeling,
  checkTegenVastgesteld,
  checkRealisatie,
  checkGemeenten,
  checkShares,
  checkVerantwoording,
  // after checkDifferences, checkPercentages and checkVerantwoording: a typed number they report
  // gets no second finding
  checkFormulaPatterns,
];

/** Run once on the whole workbook, after the table rules. */
export const WORKBOOK_RULES: readonly WorkbookRule[] = [
  checkHiddenSheets,
  checkRegisters,
  checkCycles,
  checkEmptyReferences,
];
