/* global Excel */
import { formatEuro, formatLimit, formatNumber } from "../core/format";
import { hyperlinkFormula } from "../core/formula-text";
import { countBySeverity, countText, formatDate, formatDateTime, SEVERITY_LABEL } from "../core/labels";
import { grantText } from "../core/sources";
import { REPORT_PREFIX } from "../core/stored-state";
import type { ReportInput } from "../ports/workbook-door";

/**
 * The Controleverslag: a new sheet "IZA controle <datum>" with the settings used and every finding
 * (sheet, cell as a link, rule, severity, message). It never overwrites a sheet: when the name is
 * taken it becomes "IZA controle <datum> (2)", "(3)", ...
 */

export const REPORT_COLUMNS = ["Blad", "Cel", "Regel", "Ernst", "Melding"];

export interface ReportLayout {
  /** Rows above the table: label and value, as text. */
  head: string[][];
  /** The table: header and one row per finding, as text; column B is replaced by `links`. */
  table: string[][];
  /** HYPERLINK formulas for column B of the table's data rows. */
  links: string[][];
}

/** Sheet names the report may get, in order of preference (Excel allows 31 characters). */
export function reportSheetNames(date: Date, count = 20): string[] {
  const base = `${REPORT_PREFIX}${formatDate(date)}`;
  const names = [base];
  for (let i = 2; i <= count; i++) names.push(`${base} (${i})`);
  return names;
}

export function reportLayout(input: ReportInput): ReportLayout {
  const { settings, grant, findings } = input;
  const head: string[][] = [
    ["IZA controle", ""],
    ["Werkmap", input.workbookName],
    ["Gecontroleerd op", formatDateTime(input.date)],
    ["Toekenning gebruikt", grantText(grant)],
    ["Toekenning (instelling)", formatEuro(settings.toekenning)],
    ["Herverdelingsgrens", formatLimit(settings.maxHerverdeling)],
    ["Werkuren per jaar", formatNumber(settings.werkurenPerJaar, 0, 2)],
    ["Deeltijdfactor", formatNumber(settings.deeltijdfactor, 0, 4)],
    ["Bevindingen", countText(countBySeverity(findings))],
  ];
  const table: string[][] = [REPORT_COLUMNS];
  const links: string[][] = [];
  for (const f of findings) {
    table.push([f.sheet, f.cell, f.rule, SEVERITY_LABEL[f.severity], f.message]);
    links.push([hyperlinkFormula(f.sheet, f.cell)]);
  }
  if (findings.length === 0) table.push(["", "", "", "", "Geen bevindingen."]);
  return { head, table, links };
}

/**
 * Write the report: one look-up for a free name, then one batch that adds the sheet and writes
 * everything. Should that batch fail, the half-made sheet is deleted again, so a failure leaves
 * nothing behind. Returns the sheet's name.
 */
export async function writeReport(context: Excel.RequestContext, input: ReportInput): Promise<string> {
  const worksheets = context.workbook.worksheets;
  const candidates = reportSheetNames(input.date).map((name) => {
    const sheet = worksheets.getItemOrNullObject(name);
    sheet.load("isNullObject");
    return { name, sheet };
  });
  await context.sync();
  const free = candidates.find((c) => c.sheet.isNullObject);
  if (!free) {
    throw new Error("Er staan al 20 controleverslagen van vandaag in de werkmap; verwijder er een paar.");
  }
  const name = free.name;
  const layout = reportLayout(input);
  try {
    const sheet = worksheets.add(name);
    const headRange = sheet.getRange(`A1:B${layout.head.length}`);
    headRange.numberFormat = layout.head.map(() => ["@", "@"]);
    headRange.values = layout.head;
    sheet.getRange(`A2:A${layout.head.length}`).format.font.bold = true;
    const title = sheet.getRange("A1");
    title.format.font.bold = true;
    title.format.font.size = 14;

    const top = layout.head.length + 2;
    const bottom = top + layout.table.length - 1;
    const tableRange = sheet.getRange(`A${top}:E${bottom}`);
    tableRange.numberFormat = layout.table.map((row) => row.map(() => "@"));
    tableRange.values = layout.table;
    if (layout.links.length > 0) {
      const linkRange = sheet.getRange(`B${top + 1}:B${bottom}`);
      linkRange.numberFormat = layout.links.map(() => ["General"]);
      linkRange.formulas = layout.links;
    }
    const table = sheet.tables.add(`A${top}:E${bottom}`, true);
    table.style = "TableStyleLight9";
    sheet.getRange("A:A").format.columnWidth = 120;
    sheet.getRange("B:B").format.columnWidth = 50;
    sheet.getRange("C:C").format.columnWidth = 150;
    sheet.getRange("D:D").format.columnWidth = 80;
    sheet.getRange("E:E").format.columnWidth = 460;
    sheet.getRange(`E${top}:E${bottom}`).format.wrapText = true;
    sheet.getRange(`A${top}:E${bottom}`).format.verticalAlignment = "Top";
    sheet.freezePanes.freezeRows(top);
    sheet.activate();
    await context.sync();
  } catch (error) {
    await deleteSheetIfPresent(context, name);
    throw error;
  }
  return name;
}

async function deleteSheetIfPresent(context: Excel.RequestContext, name: string): Promise<void> {
  try {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("isNullObject");
    await context.sync();
    if (!sheet.isNullObject) {
      sheet.delete();
      await context.sync();
    }
  } catch {
    // Excel refuses even the clean-up (cell-edit mode, lost connection): nothing more to do here.
  }
}
