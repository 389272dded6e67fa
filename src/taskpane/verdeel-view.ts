import type { Dec } from "../core/decimal";
import { Dec as DecClass, decFromExcelNumber } from "../core/decimal";
import { DomainError } from "../core/errors";
import { DEFAULT_DECIMALEN, verdeel } from "../core/verdeel";
import type { CellValue } from "../core/workbook";
import { cellToDec, cellToNumber } from "../core/cell-input";

/**
 * The Verdeelsleutel preview: the shares =IZA.VERDEEL gives for the same cells, through the
 * function's own conversion and the core's verdeel (largest remainder, to the cent).
 */

export interface VerdeelPreview {
  amount: Dec;
  weights: number[];
  shares: number[];
  /** The sum of the shares, exactly the amount. */
  total: Dec;
}

function asFunctionValue(value: CellValue): unknown {
  return value.kind === "blank" ? "" : value.value;
}

export function verdeelPreview(
  amountCell: CellValue,
  keyCells: readonly CellValue[],
  decimals = DEFAULT_DECIMALEN,
): VerdeelPreview | { error: string } {
  try {
    if (amountCell.kind === "error") return { error: `De bedragcel bevat ${amountCell.value}.` };
    const amount = cellToDec(asFunctionValue(amountCell), "een bedrag");
    if (amount === null) return { error: "De bedragcel is leeg." };
    const weights = keyCells.map((cell, i) => {
      if (cell.kind === "error") throw new DomainError("value", `sleutel, cel ${i + 1}: ${cell.value}`);
      try {
        return cellToNumber(asFunctionValue(cell), "een gewicht") ?? 0;
      } catch (error) {
        if (error instanceof DomainError) throw new DomainError(error.kind, `sleutel, cel ${i + 1}: ${error.message}`);
        throw error;
      }
    });
    const shares = Array.from(verdeel(amount, weights, decimals));
    const total = shares.reduce((sum, s) => sum.plus(decFromExcelNumber(s)), new DecClass(0));
    return { amount, weights, shares, total };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { error: message.charAt(0).toUpperCase() + message.slice(1) };
  }
}
