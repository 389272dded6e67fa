import type { Dec } from "../core/decimal";
import { Dec as DecClass } from "../core/decimal";
import { DomainError } from "../core/errors";
import { checkOnderdeel, checkTotaal, StatusCode } from "../core/herverdeling";
import type { CellValue } from "../core/workbook";
import { cellToDec } from "../functions/excelValues";

/**
 * The Herverdeling preview: per onderdeel and for the total exactly what =IZA.CHECKREALLOC shows
 * for the same cells. The cells go through the function's own conversion (cellToDec) and the
 * core's checkOnderdeel and checkTotaal; this file only walks the rows, as the function does.
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

export function reallocStatuses(
  inputs: readonly ReallocInput[],
  maxPercentage: Dec,
): { rows: ReallocRow[]; total: ReallocStatus } {
  let totalAdopted = new DecClass(0);
  let totalChanged = new DecClass(0);
  let totalProblem: string | null = null;
  const rows = inputs.map((input, i): ReallocRow => {
    for (const cell of [input.adopted, input.changed]) {
      if (cell.kind === "error") {
        totalProblem ??= `FOUT: totaal niet te bepalen: onderdeel ${i + 1} heeft ${cell.value}`;
        return { ...input, adoptedDec: null, changedDec: null, status: { code: "FOUT", text: `FOUT: ${cell.value}` } };
      }
    }
    try {
      const a = cellToDec(asFunctionValue(input.adopted), "een vastgesteld bedrag");
      const c = cellToDec(asFunctionValue(input.changed), "een gewijzigd bedrag");
      totalAdopted = totalAdopted.plus(a ?? 0);
      totalChanged = totalChanged.plus(c ?? 0);
      const status = checkOnderdeel(a, c, maxPercentage);
      if (status.code === "FOUT")
        totalProblem ??= `FOUT: totaal niet te bepalen, bedrag ontbreekt bij onderdeel ${i + 1}`;
      return { ...input, adoptedDec: a, changedDec: c, status: { code: status.code, text: status.text } };
    } catch (error) {
      const message = error instanceof DomainError ? error.message : String(error);
      totalProblem ??= `FOUT: totaal niet te bepalen: onderdeel ${i + 1} heeft ${message}`;
      return { ...input, adoptedDec: null, changedDec: null, status: { code: "FOUT", text: `FOUT: ${message}` } };
    }
  });
  const total: ReallocStatus = totalProblem
    ? { code: "FOUT", text: totalProblem }
    : (({ code, text }) => ({ code, text }))(checkTotaal(totalChanged, totalAdopted));
  return { rows, total };
}
