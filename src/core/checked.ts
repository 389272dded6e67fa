/**
 * What a check looked at and found right, per table, in Dutch: what the pane shows under a clean
 * workbook (and folded away under one with findings) and what the command line prints under each
 * table. It is derived from the check's own result — the tables it found, the findings in each
 * table's range, the grant it used — so it claims nothing the rules did not look at: an item is
 * listed only where the rule behind it applies to that table and found nothing there.
 */
import { FormulaBook } from "./formula/book";
import { SheetGrid } from "./detect/grid";
import { isGemeenteTable, rowLabels } from "./detect/kind";
import { AMOUNT_ROLES, DetectedTable } from "./detect/types";
import type { CheckSettings, Finding } from "./findings";
import { formatEuro, formatLimit } from "./format";
import { counted } from "./labels";
import type { RuleId } from "./rules/catalogue";
import { DIFFERENCE_PAIRS } from "./rules/consistency";
import { TableContext } from "./rules/context";
import { grantTotals } from "./rules/grant";
import { summedColumns } from "./rules/totals";
import type { Grant } from "./sources";
import { tableAt, tableLabel } from "./tables-of";
import type { WorkbookModel } from "./workbook";

/** One table and what was found right in it. */
export interface CheckedTable {
  sheet: string;
  /** The table's range ("B6:G16"). */
  range: string;
  /** "Tabel 1: … — Realisatie B6:G16", as the pane and the command line name a table. */
  label: string;
  /** "10 regels". */
  rows: string;
  /** "het totaal klopt met de som van de regels", ...: only checks that found nothing. */
  passed: string[];
}

export interface CheckInput {
  model: WorkbookModel;
  tables: readonly DetectedTable[];
  findings: readonly Finding[];
  grant: Grant;
  settings: CheckSettings;
  /** Every year's grant, when a year's differs from the workbook's (EngineResult.yearGrants). */
  yearGrants?: { year: number; grant: Grant }[];
}

/** The rules behind each item: the item is listed when none of them found anything in the table. */
const TOTALS: RuleId[] = ["totaal-klopt-niet", "som-mist-regel"];
const AMOUNTS: RuleId[] = ["getal-als-tekst", "foutwaarde", "lege-bedragcel"];
const GRANT: RuleId[] = ["boven-toekenning"];
const HERVERDELING: RuleId[] = ["herverdeling-boven-grens", "herverdeling-boven-budget"];
const DIFFERENCES: RuleId[] = ["verschil-klopt-niet"];
const GEMEENTEN: RuleId[] = ["gemeente-ontbreekt", "gemeente-dubbel", "onbekende-gemeente"];

/** Per table, in workbook order, what was checked and found right. */
export function checkedTables(input: CheckInput): CheckedTable[] {
  const { model, tables, findings, grant, settings, yearGrants } = input;
  const grantForYear = (year: number): Grant => yearGrants?.find((g) => g.year === year)?.grant ?? grant;
  const byTable = new Map<DetectedTable, Set<string>>();
  for (const finding of findings) {
    const table = tableAt(tables, finding.sheet, finding.cell);
    if (!table) continue;
    const rules = byTable.get(table) ?? new Set<string>();
    rules.add(finding.rule);
    byTable.set(table, rules);
  }
  const grids = new Map(model.sheets.map((sheet, index) => [sheet.name, new SheetGrid(sheet, index)]));
  // columnTotal reads no formula; the book is the context's, built once and empty until asked
  const formulas = new FormulaBook([...grids.values()], model.names ?? [], { linksLost: model.externalLinksLost });
  const order = (t: DetectedTable) => grids.get(t.sheet)?.index ?? model.sheets.length;
  const sorted = [...tables].sort(
    (a, b) => order(a) - order(b) || a.headerRow - b.headerRow || a.firstCol - b.firstCol,
  );
  return sorted.map((table) => {
    const found = byTable.get(table) ?? new Set<string>();
    const clear = (rules: RuleId[]) => rules.every((rule) => !found.has(rule));
    const has = (role: string) => table.columns.some((c) => c.role === role);
    const grid = grids.get(table.sheet);
    const passed: string[] = [];
    // The readers and column choices of the rules themselves, so that nothing is claimed they did not look at.
    const ctx = grid && new TableContext(grid, table, settings, grant, [], formulas, { grantForYear });
    if (ctx && table.totalRow !== undefined && summedColumns(ctx).length > 0 && clear(TOTALS))
      passed.push("het totaal klopt met de som van de regels");
    if (table.columns.some((c) => AMOUNT_ROLES.has(c.role)) && clear(AMOUNTS))
      passed.push("elk bedrag is een getal, zonder foutwaarde of lege cel");
    if (ctx && clear(GRANT))
      for (const t of grantTotals(ctx))
        passed.push(
          `totaal ${t.what} ${formatEuro(t.total)} binnen de toekenning${t.year} van ${formatEuro(t.grant.amount)}`,
        );
    if (table.kind === "herverdeling" && has("planned") && has("changed") && clear(HERVERDELING))
      passed.push(
        `elk onderdeel binnen de grens van ${formatLimit(settings.maxHerverdeling)} en het totaal binnen het plafond`,
      );
    // A difference column is checked against the pairs of columns its kind of table has (rules/consistency.ts).
    const pairs = (DIFFERENCE_PAIRS[table.kind] ?? []).filter(([a, b]) => has(a) && has(b));
    if (has("difference") && pairs.length > 0 && clear(DIFFERENCES)) passed.push("elk verschil klopt");
    const labelCol = table.columns.find((c) => c.role === "label")?.col;
    if (
      grid &&
      labelCol !== undefined &&
      isGemeenteTable(rowLabels(grid, labelCol, table.detailRows)) &&
      clear(GEMEENTEN)
    )
      passed.push("alle 14 gemeenten staan erin, elk één keer");
    return {
      sheet: table.sheet,
      range: table.range,
      label: tableLabel(table),
      rows: counted(table.detailRows.length, "regel", "regels"),
      passed,
    };
  });
}
