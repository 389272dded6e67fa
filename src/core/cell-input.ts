import { Dec, decFromExcelNumber } from "./decimal";
import { numError, valueError } from "./errors";

/*
 * A cell's value as the functions and the pane read an amount or a number from it: what Excel
 * hands a custom function (numbers, strings, booleans, "" or null for a blank cell) becomes a
 * number or a decimal, or a Dutch reason why it cannot be one.
 */

/** A cell that holds nothing: an omitted value, an empty cell, or only spaces. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A text quoted for a message: white space folded, at most `max` characters. */
export function quote(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
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
