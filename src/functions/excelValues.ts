import { cellToDec, isBlank } from "../core/cell-input";
import { Dec } from "../core/decimal";
import { DomainError, numError, valueError } from "../core/errors";
import { formatCount } from "../core/format";

export { cellToDec, cellToNumber, isBlank, quote } from "../core/cell-input";

/**
 * What Excel hands a custom function, and what it takes back: the thin layer between Excel's
 * values (numbers, strings, booleans, null for an omitted argument, "" for a blank cell, any[][]
 * for ranges) and the decimals of the core.
 */

/** Above this many cells (one full Excel column) a function answers #VALUE! instead of working for minutes. */
export const MAX_CELLS = 1_048_576;

export type ExcelScalar = number | string | boolean | null | undefined | CustomFunctions.Error;
export type ExcelMatrix = ExcelScalar[][];

/**
 * An error cell as a custom function gets it. functions.json sets `allowErrorForDataTypeAny`
 * (office-js-docs-pr, docs/excel/custom-functions-json.md, "allowErrorForDataTypeAny": "All
 * parameters with the type any or any[][] can accept errors as input values"; without it Excel
 * does not call the function at all and shows the error). Excel's runtime then hands each error
 * cell over as `new CustomFunctions.Error(code)` (custom-functions-runtime.js of
 * @microsoft/office-js, `_transferCustomFunctionError`): an instance of CustomFunctions.Error whose
 * `code` is the ErrorCode ("#DIV/0!") and whose `message` is "". Typed `number` parameters never
 * get one: Excel answers the error itself.
 */
export function isCustomFunctionsError(value: unknown): value is CustomFunctions.Error {
  return (
    typeof CustomFunctions !== "undefined" &&
    typeof CustomFunctions.Error === "function" &&
    value instanceof CustomFunctions.Error
  );
}

/**
 * An optional scalar argument: `fallback` when omitted (null), else a finite number.
 * A range passed where one value is expected counts when it is a single cell.
 */
export function optionalArgument(value: unknown, name: string, fallback: Dec): Dec {
  let single = value;
  if (Array.isArray(single)) {
    if (single.length !== 1 || !Array.isArray(single[0]) || single[0].length !== 1) {
      throw valueError(`${name} moet één waarde zijn, geen bereik`, name);
    }
    single = single[0][0];
  }
  if (isCustomFunctionsError(single)) throw single;
  if (isBlank(single)) return fallback;
  try {
    const dec = cellToDec(single, `een getal voor ${name}`);
    return dec ?? fallback;
  } catch (error) {
    if (error instanceof DomainError) throw new DomainError(error.kind, error.message, name);
    throw error;
  }
}

/** A required scalar argument. */
export function requiredArgument(value: unknown, name: string): Dec {
  const result = optionalArgument(value, name, new Dec(NaN));
  if (result.isNaN()) throw valueError(`${name} ontbreekt; geef een getal op`, name);
  return result;
}

/** Any value as a matrix: a range stays as it is, a single value becomes [[value]]. */
export function asMatrix(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  if (value.every((row) => Array.isArray(row))) return value; // what Excel passes: no copy
  return value.map((row) => (Array.isArray(row) ? row : [row]));
}

export function cellCount(matrix: readonly (readonly unknown[])[]): number {
  let count = 0;
  for (const row of matrix) count += row.length;
  return count;
}

export function checkSize(matrix: readonly (readonly unknown[])[], name: string): void {
  if (cellCount(matrix) > MAX_CELLS) {
    throw valueError(`${name} heeft meer dan ${formatCount(MAX_CELLS)} cellen; kies een kleiner bereik`, name);
  }
}

export type Orientation = "row" | "column";

/**
 * One row or one column as a list, with its orientation. A single cell counts as a column.
 * A block of more than one row and more than one column, a ragged or an empty range is #VALUE!.
 */
export function asVector(value: unknown, name: string): { cells: unknown[]; orientation: Orientation } {
  const matrix = asMatrix(value);
  if (matrix.length === 0 || matrix.every((row) => row.length === 0)) throw valueError(`${name} is leeg`, name);
  if (matrix.length === 1)
    return {
      cells: matrix[0],
      orientation: matrix[0].length === 1 ? "column" : "row",
    };
  if (matrix.every((row) => row.length === 1)) {
    const cells = new Array<unknown>(matrix.length); // preallocated: faster than map on big ranges
    for (let i = 0; i < matrix.length; i++) cells[i] = matrix[i][0];
    return { cells, orientation: "column" };
  }
  throw valueError(
    `${name} moet één rij of één kolom zijn, geen blok van ${matrix.length} rijen en meerdere kolommen`,
    name,
  );
}

/** A list back into the orientation it came in. */
export function fromVector<T>(cells: ArrayLike<T>, orientation: Orientation): T[][] {
  if (orientation === "row") return [Array.from(cells)];
  const column = new Array<T[]>(cells.length);
  for (let i = 0; i < cells.length; i++) column[i] = [cells[i]];
  return column;
}

/** The names Dutch Excel shows for the error codes (Excel's ErrorCode values are the English ones). */
const DUTCH_ERROR_NAMES: Record<string, string> = {
  "#VALUE!": "#WAARDE!",
  "#N/A": "#N/B",
  "#DIV/0!": "#DEEL/0!",
  "#NUM!": "#GETAL!",
  "#NULL!": "#LEEG!",
  "#NAME?": "#NAAM?",
  "#REF!": "#VERW!",
};

/** An Excel error code as Dutch Excel writes it: "#DIV/0!" → "#DEEL/0!". */
export function errorName(code: unknown): string {
  const text = String(code);
  return DUTCH_ERROR_NAMES[text] ?? text;
}

const ERROR_CODES: Record<DomainError["kind"], () => CustomFunctions.ErrorCode> = {
  value: () => CustomFunctions.ErrorCode.invalidValue,
  num: () => CustomFunctions.ErrorCode.invalidNumber,
  div0: () => CustomFunctions.ErrorCode.divisionByZero,
  na: () => CustomFunctions.ErrorCode.notAvailable,
};

/** Any failure as the Excel error it stands for; an unforeseen failure becomes #VALUE! with its text. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (isCustomFunctionsError(error)) return error;
  if (error instanceof DomainError) return new CustomFunctions.Error(ERROR_CODES[error.kind](), error.message);
  const text = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `onverwachte fout: ${text}`);
}

/** A decimal as the number Excel gets; beyond the range of a double it is #NUM!. */
export function toExcelNumber(value: Dec): number {
  const result = value.toNumber();
  if (!Number.isFinite(result)) throw numError("de uitkomst is te groot voor Excel");
  return result === 0 ? 0 : result; // never -0
}

/** Run `compute`, answering with the Excel error if it fails. */
export function guarded<T>(compute: () => T): T | CustomFunctions.Error {
  try {
    return compute();
  } catch (error) {
    return toExcelError(error);
  }
}
