import { amountOfCell } from "../core/cell-input";
import type { Dec } from "../core/decimal";
import { checkHerverdeling, isUnreadable, OnderdeelStatus, TotaalStatus } from "../core/herverdeling";
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

export interface ReallocRow extends ReallocInput {
  status: OnderdeelStatus;
  adoptedDec: Dec | null;
  changedDec: Dec | null;
}

export function reallocStatuses(
  inputs: readonly ReallocInput[],
  maxPercentage: Dec,
): { rows: ReallocRow[]; total: TotaalStatus } {
  const amounts = inputs.map(
    (input) =>
      [
        amountOfCell(input.adopted, "een vastgesteld bedrag"),
        amountOfCell(input.changed, "een gewijzigd bedrag"),
      ] as const,
  );
  const check = checkHerverdeling(amounts, maxPercentage);
  const rows = inputs.map((input, i): ReallocRow => {
    const [adopted, changed] = amounts[i];
    return {
      ...input,
      adoptedDec: isUnreadable(adopted) ? null : adopted,
      changedDec: isUnreadable(changed) ? null : changed,
      status: check.rows[i],
    };
  });
  return { rows, total: check.total };
}
