import DecimalBase from "decimal.js";

/**
 * The one Decimal constructor of the project. 50 significant digits is far more than any amount
 * in euros needs (Excel itself keeps 15), so multiplications of amounts are exact and divisions
 * are correct far beyond a cent. Rounding is half away from zero, as Excel's ROUND does.
 */
export const Dec = DecimalBase.clone({
  precision: 50,
  rounding: DecimalBase.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof Dec>;

/** Excel keeps 15 significant digits; a double is read as Excel shows it, so 0,1+0,2 is 0,3. */
export const EXCEL_SIGNIFICANT_DIGITS = 15;

/** A finite JavaScript number as the decimal that Excel shows for it (15 significant digits). */
export function decFromExcelNumber(value: number): Dec {
  if (Number.isSafeInteger(value)) return new Dec(value);
  return new Dec(value.toPrecision(EXCEL_SIGNIFICANT_DIGITS));
}

/** Half a cent: two amounts closer than this are equal. */
export const HALF_CENT = new Dec("0.005");

/** True when |a - b| is below half a cent. */
export function sameAmount(a: Dec, b: Dec): boolean {
  return a.minus(b).abs().lt(HALF_CENT);
}
