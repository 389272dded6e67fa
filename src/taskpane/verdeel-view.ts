import { amountOfCell, weightOfCell } from "../core/cell-input";
import type { Dec } from "../core/decimal";
import { Dec as DecClass, decFromExcelNumber } from "../core/decimal";
import { isUnreadable } from "../core/herverdeling";
import { capitalize } from "../core/text";
import { DEFAULT_DECIMALEN, verdeel } from "../core/verdeel";
import type { CellValue } from "../core/workbook";

/**
 * The Verdeelsleutel preview: the shares =IZA.VERDEEL gives for the same cells, through the
 * function's own conversion (core/cell-input) and the core's verdeel (largest remainder, to the cent).
 */

export interface VerdeelPreview {
  amount: Dec;
  weights: number[];
  shares: number[];
  /** The sum of the shares, exactly the amount. */
  total: Dec;
}

export function verdeelPreview(
  amountCell: CellValue,
  keyCells: readonly CellValue[],
  decimals = DEFAULT_DECIMALEN,
): VerdeelPreview | { error: string } {
  try {
    if (amountCell.kind === "error") return { error: `De bedragcel bevat ${amountCell.value}.` };
    const amount = amountOfCell(amountCell, "een bedrag");
    if (isUnreadable(amount)) return { error: capitalize(amount.unreadable) };
    if (amount === null) return { error: "De bedragcel is leeg." };
    const weights = keyCells.map((cell, i) => weightOfCell(cell, i));
    const shares = Array.from(verdeel(amount, weights, decimals));
    const total = shares.reduce((sum, s) => sum.plus(decFromExcelNumber(s)), new DecClass(0));
    return { amount, weights, shares, total };
  } catch (error) {
    return { error: capitalize(error instanceof Error ? error.message : String(error)) };
  }
}
