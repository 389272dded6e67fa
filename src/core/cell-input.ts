import { Dec, decFromExcelNumber } from "./decimal";
import { DomainError, numError, valueError } from "./errors";
import type { AmountInput } from "./herverdeling";
import type { CellValue } from "./workbook";
import { quote } from "./text";

export { quote };

/*
 * A cell's value as the functions and the pane read an amount or a number from it: what Excel
 * hands a custom function (numbers, strings, booleans, "" or null for a blank cell) becomes a
 * number or a decimal, or a Dutch reason why it cannot be one.
 */

/** A cell that holds nothing: an omitted value, an empty cell, or only spaces. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * A cell as a number, `null` for a blank. Text and booleans are refused with a message that says
 * what was expected (`what`: "uren", "een bedrag", ...).
 */
export function cellToNumber(value: unknown, what: string): number | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw numError(`geen eindig getal in plaats van ${what}`);
    return value;
  }
  if (isBlank(value)) return null;
  if (typeof value === "boolean") throw valueError(`${value ? "WAAR" : "ONWAAR"} in plaats van ${what}`);
  if (typeof value === "string") throw valueError(`tekst in plaats van ${what}: ${quote(value)}`);
  throw valueError(`onbekende waarde in plaats van ${what}`);
}

/** The same as a decimal, read as Excel shows the number (15 significant digits). */
export function cellToDec(value: unknown, what: string): Dec | null {
  const number = cellToNumber(value, what);
  return number === null ? null : decFromExcelNumber(number);
}

/** A cell of the workbook model as a custom function receives it: numbers, strings, booleans, "" for a blank. */
export function functionValue(value: CellValue): unknown {
  return value.kind === "blank" ? "" : value.value;
}

/**
 * A cell as an amount for a herverdeling: the decimal, null for a blank, or why it is none. A
 * refused value calls `onError` with the domain error (the functions keep its Excel error).
 */
export function amountInput(value: unknown, what: string, onError?: (error: DomainError) => void): AmountInput {
  try {
    return cellToDec(value, what);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    onError?.(error);
    return { unreadable: error.message };
  }
}

/** The same for a cell of the workbook model: an error value is unreadable with its own text. */
export function amountOfCell(cell: CellValue, what: string): AmountInput {
  return cell.kind === "error" ? { unreadable: cell.value } : amountInput(functionValue(cell), what);
}

/** Weight `index` (0-based) of a verdeelsleutel: a number ≥ 0 is checked by verdeel; a blank is 0. */
export function weightOf(value: unknown, index: number): number {
  try {
    return cellToNumber(value, "een gewicht") ?? 0;
  } catch (error) {
    if (error instanceof DomainError)
      throw new DomainError(error.kind, `sleutel, cel ${index + 1}: ${error.message}`, "sleutel");
    throw error;
  }
}

/** The same for a cell of the workbook model: an error value is refused with its own text. */
export function weightOfCell(cell: CellValue, index: number): number {
  if (cell.kind === "error") throw new DomainError("value", `sleutel, cel ${index + 1}: ${cell.value}`, "sleutel");
  return weightOf(functionValue(cell), index);
}
