import { Dec } from "./decimal";

export type Severity = "fout" | "waarschuwing" | "info";

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
