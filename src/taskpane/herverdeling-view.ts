import { cellToDec } from "../core/cell-input";
import type { Dec } from "../core/decimal";
import { DomainError } from "../core/errors";
import { AmountInput, checkHerverdeling, isUnreadable, StatusCode } from "../core/herverdeling";
import type { CellValue } from "../core/workbook";

/**
 * The Herverdeling preview: per onderdeel and for the total exactly what =IZA.CHECKREALLOC shows
 * for the same cells: the same conversion of cells (core/cell-input) and the same check of the
 * whole herverdeling (core checkHerverdeling).
 */

export interface ReallocInput {
  row: number;
  label: string;
  adopted: CellValue;
  changed: CellValue;
}

export interface ReallocStatus {
  code: StatusCode | "";
  text: string;
}

export interface ReallocRow extends ReallocInput {
  status: ReallocStatus;
  adoptedDec: Dec | null;
  changedDec: Dec | null;
}

/** A model cell as a custom function receives it: numbers, strings, booleans, "" for blank. */
function asFunctionValue(value: CellValue): unknown {
  return value.kind === "blank" ? "" : value.value;
}

/** A model cell as an amount for the core, or the reason it is none (an error value, text). */
function amount(cell: CellValue, what: string): AmountInput {
  if (cell.kind === "error") return { unreadable: cell.value };
  try {
    return cellToDec(asFunctionValue(cell), what);
  } catch (error) {
    return { unreadable: error instanceof DomainError ? error.message : String(error) };
  }
}

export function reallocStatuses(
  inputs: readonly ReallocInput[],
  maxPercentage: Dec,
): { rows: ReallocRow[]; total: ReallocStatus } {
  const amounts = inputs.map(
    (input) =>
      [amount(input.adopted, "een vastgesteld bedrag"), amount(input.changed, "een gewijzigd bedrag")] as const,
  );
  const check = checkHerverdeling(amounts, maxPercentage);
  const rows = inputs.map((input, i): ReallocRow => {
    const status = check.rows[i];
    const [adopted, changed] = amounts[i];
    return {
      ...input,
      adoptedDec: isUnreadable(adopted) ? null : adopted,
      changedDec: isUnreadable(changed) ? null : changed,
      status: isUnreadable(status)
        ? { code: "FOUT", text: `FOUT: ${status.unreadable}` }
        : { code: status.code, text: status.text },
    };
  });
  return { rows, total: { code: check.total.code, text: check.total.text } };
}
