/**
 * "Download overzicht" and `iza-controle --csv/--xlsx`: the findings of every file of a session
 * as rows, built once here (pure) and written by the CSV writer below and by the xlsx writer
 * (src/xlsx/write-xlsx.ts, SheetJS). Each file is in the list: a clean one with "Geen
 * bevindingen", one that could not be read with "Niet te lezen" and its reason, so that the
 * projectleiding sees all fourteen at a glance.
 */
import type { Finding } from "./findings";
import { countBySeverity, countText, SEVERITY_LABEL } from "./labels";
import type { PolicyCheck } from "./policy";
import { SETTING_KEYS } from "./settings";
import { grantText, resolvedSourceText, SETTING_TEXT } from "./sources";
import { capitalize } from "./text";

/** One file of the session: its check, or why it could not be read. */
export interface ExportFile {
  file: string;
  error: string | null;
  check?: Pick<PolicyCheck, "findings" | "grant" | "settings">;
}

/** The columns of the list of findings, as the CSV header writes them. */
export const EXPORT_COLUMNS = ["bestand", "blad", "cel", "regel", "ernst", "melding"] as const;

/** What the "ernst" column says of a file that could not be read, and the "melding" of a clean one. */
export const UNREADABLE = "Niet te lezen";
export const NO_FINDINGS = "Geen bevindingen";

/** Header and one row per finding (rule id in "regel", the category's Dutch label in "ernst"). */
export function findingRows(files: readonly ExportFile[]): string[][] {
  const rows: string[][] = [[...EXPORT_COLUMNS]];
  for (const { file, error, check } of files) {
    if (error !== null || !check) {
      rows.push([file, "", "", "", UNREADABLE, error ?? "onbekende reden"]);
      continue;
    }
    if (check.findings.length === 0) rows.push([file, "", "", "", "", NO_FINDINGS]);
    for (const f of check.findings) rows.push(findingRow(file, f));
  }
  return rows;
}

function findingRow(file: string, f: Finding): string[] {
  return [file, f.sheet, f.cell, f.rule, SEVERITY_LABEL[f.severity], f.message];
}

/** The settings each file was checked with, each with where it came from, and its counts. */
export function settingsRows(files: readonly ExportFile[]): string[][] {
  const rows: string[][] = [
    ["bestand", "toekenning gebruikt", ...SETTING_KEYS.flatMap((key) => [SETTING_TEXT[key].name, "bron"]), "uitkomst"],
  ];
  for (const { file, error, check } of files) {
    if (error !== null || !check) {
      rows.push([file, ...SETTING_KEYS.flatMap(() => ["", ""]), "", `${UNREADABLE}: ${error ?? "onbekende reden"}`]);
      continue;
    }
    rows.push([
      file,
      grantText(check.grant),
      ...SETTING_KEYS.flatMap((key) => [
        SETTING_TEXT[key].show(check.settings[key].value),
        resolvedSourceText(key, check.settings[key]),
      ]),
      capitalize(countText(countBySeverity(check.findings))),
    ]);
  }
  return rows;
}

/** The sheets of the .xlsx overview: the list of findings with a file column, and the settings used. */
export function overviewSheets(files: readonly ExportFile[]): { name: string; rows: string[][]; widths: number[] }[] {
  return [
    { name: "Bevindingen", rows: findingRows(files), widths: [28, 18, 7, 24, 18, 90] },
    { name: "Instellingen", rows: settingsRows(files), widths: [28, 40, 16, 24, 12, 24, 10, 24, 10, 24, 40] },
  ];
}

/** A field that a spreadsheet would read as a formula ("=…", "+…", "-…", "@…"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: quoted when it holds the separator, a quote or a line break (quotes doubled,
 * RFC 4180). A field that starts like a formula gets a leading apostrophe, so that a sheet or
 * file named "=HYPERLINK(…)" stays text when the list is opened in Excel (OWASP, CSV injection).
 */
export function csvField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The rows as CSV the way Dutch Excel opens it with a double click: UTF-8 with a byte order mark
 * (else Excel reads the text as ANSI and "€" breaks), ";" between fields (the list separator of
 * Dutch Windows), CRLF between lines.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\ufeff${rows.map((row) => row.map(csvField).join(";")).join("\r\n")}\r\n`;
}

/** "IZA-overzicht 14-03-2025.csv". */
export function overviewFileName(date: string, extension: "csv" | "xlsx"): string {
  return `IZA-overzicht ${date}.${extension}`;
}
