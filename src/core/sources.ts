import { Dec } from "./decimal";
import { sheetRef } from "./a1";
import { formatEuro } from "./format";

/**
 * Where a setting and the grant of a check came from, as data, and the one place that says it in
 * Dutch (the pane, the report sheet and the command line all show these texts).
 */

/**
 * - "standaard": the domain's default (20%, € 4.747.850, ...);
 * - "werkmap": stored in the workbook (the sheet IZA_instellingen);
 * - "opdrachtregel": a flag of iza-controle (--toekenning, --max-herverdeling);
 * - "sessie": chosen in the pane outside Excel, for this session (the file is not changed);
 * - "instelling": given to the engine directly by a caller that has no policy (a test, the benchmark).
 */
export type SettingSource = "standaard" | "werkmap" | "opdrachtregel" | "sessie" | "instelling";

/** The grant comes from a labelled cell in the workbook, or else from the setting toekenning. */
export type GrantSource = { kind: "cel"; sheet: string; cell: string } | { kind: "instelling"; from: SettingSource };

/** The available grant of a check and where it came from. */
export interface Grant {
  amount: Dec;
  source: GrantSource;
}

/** The command-line flag of each setting that has one. */
export const SETTING_FLAGS: Readonly<Record<string, string>> = {
  toekenning: "--toekenning",
  maxHerverdeling: "--max-herverdeling",
  vastgesteld: "--vastgesteld",
};

/** "standaardwaarde", "opgeslagen in de werkmap", "--toekenning", ... */
export function settingSourceText(source: SettingSource, setting?: string): string {
  switch (source) {
    case "standaard":
      return "standaardwaarde";
    case "werkmap":
      return "opgeslagen in de werkmap";
    case "opdrachtregel":
      return (setting && SETTING_FLAGS[setting]) ?? "opdrachtregel";
    case "sessie":
      return "gekozen in deze sessie";
    case "instelling":
      return "instelling";
  }
}

/** "cel 'Begroting 2024'!B16", "standaardwaarde", "--toekenning", ... */
export function grantSourceText(source: GrantSource): string {
  return source.kind === "cel"
    ? `cel ${sheetRef(source.sheet, source.cell)}`
    : settingSourceText(source.from, "toekenning");
}

/** "€ 4.747.850,00 (cel 'Begroting 2024'!B16)". */
export function grantText(grant: Grant): string {
  return `${formatEuro(grant.amount)} (${grantSourceText(grant.source)})`;
}

/** "2024 € 4.747.850,00 (cel 'Meerjarig'!B19), 2026 € 4.747.850,00 (standaardwaarde)": the grants of single years. */
export function yearGrantsText(yearGrants: readonly { year: number; grant: Grant }[]): string {
  return yearGrants.map(({ year, grant }) => `${year} ${grantText(grant)}`).join(", ");
}
