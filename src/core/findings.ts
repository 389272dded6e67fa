import { Dec } from "./decimal";

/**
 * How a finding weighs, from most to least severe. The values are stable (they are the `severity`
 * of the JSON of iza-controle and the mark colours in Excel):
 *
 * - "fout": a mistake in the workbook (a total that does not add up, a number stored as text);
 * - "pho": "PhO-besluit nodig": not a mistake but a decision the portefeuillehoudersoverleg must
 *   take (a herverdeling beyond the limit the Kerngroep may decide on);
 * - "waarschuwing": probably wrong, or fragile (a typed total, a link to another workbook);
 * - "info": a "melding": worth knowing (underspending, a hidden sheet).
 */
export const SEVERITIES = ["fout", "pho", "waarschuwing", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One thing a check found, about one cell. The rule id and its meaning never change once released. */
export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding is about. */
  cell: string;
  /** Dutch, amounts formatted nl-NL. */
  message: string;
}

/** The settings of a check. Stored in the workbook by the pane; given on the command line by flags. */
export interface CheckSettings {
  /** The available grant, used when the workbook has no labelled cell with it. */
  toekenning: Dec;
  /** The herverdeling limit as a fraction (0.2 = 20%). */
  maxHerverdeling: Dec;
}
