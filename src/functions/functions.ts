/* global CustomFunctions */
import { Dec } from "../core/decimal";
import { amountInput, weightOf } from "../core/cell-input";
import { valueError } from "../core/errors";
import { formatCount, formatExact } from "../core/format";
import { fteDivisor, fteFromHours, DEFAULT_DEELTIJDFACTOR, DEFAULT_WERKUREN_PER_JAAR } from "../core/fte";
import {
  AmountInput,
  checkHerverdeling,
  checkMaxPercentage,
  DEFAULT_MAX_PERCENTAGE,
  statusText,
} from "../core/herverdeling";
import { DEFAULT_DECIMALEN, verdeel as verdeelAmount } from "../core/verdeel";
import {
  asMatrix,
  asVector,
  cellToDec,
  checkSize,
  errorName,
  fromVector,
  guarded,
  isBlank,
  isCustomFunctionsError,
  optionalArgument,
  requiredArgument,
  toExcelError,
  toExcelNumber,
} from "./excelValues";

/** A herverdeling of more onderdelen than this is no begroting: #VALUE! instead of seconds of work. */
const MAX_ONDERDELEN = 100_000;

/**
 * Zet uren om in FTE of in "medewerkers vrijgespeeld": uren / (werkuren_per_jaar × deeltijdfactor). Werkt ook op een bereik.
 * @customfunction FTE
 * @helpurl https://localhost:3000/handleiding.html#fte
 * @param uren Uren per jaar: één getal of een bereik. Een lege cel geeft een lege uitkomst.
 * @param [werkuren_per_jaar] Werkuren per jaar van één voltijder. Standaard 2000.
 * @param [deeltijdfactor] Gemiddelde deeltijdfactor, groter dan 0 en ten hoogste 1 (bijvoorbeeld 0,68 in zorg en welzijn). Standaard 1: de uitkomst is dan FTE.
 * @returns Het aantal FTE of medewerkers, onafgerond, in de vorm van uren.
 */
export function fte(uren: any[][], werkuren_per_jaar?: number, deeltijdfactor?: number): any[][] {
  const result = guarded(() => {
    const divisor = fteDivisor(
      optionalArgument(werkuren_per_jaar, "werkuren_per_jaar", DEFAULT_WERKUREN_PER_JAAR),
      optionalArgument(deeltijdfactor, "deeltijdfactor", DEFAULT_DEELTIJDFACTOR),
    );
    const matrix = asMatrix(uren);
    checkSize(matrix, "uren");
    const values = matrix.map((row) =>
      row.map((cell) => {
        if (isCustomFunctionsError(cell)) return cell;
        return guarded(() => {
          const hours = cellToDec(cell, "uren");
          return hours === null ? "" : toExcelNumber(fteFromHours(hours, divisor));
        });
      }),
    );
    return Array.isArray(uren) ? values : values[0][0];
  });
  return result as any;
}

/**
 * Verdeelt een bedrag naar een verdeelsleutel, op de cent nauwkeurig: de delen tellen precies op tot het bedrag (methode van de grootste overschotten).
 * @customfunction VERDEEL
 * @helpurl https://localhost:3000/handleiding.html#verdeel
 * @param bedrag Het te verdelen bedrag, bijvoorbeeld 4747850.
 * @param sleutel De verdeelsleutel: één rij of één kolom met gewichten van 0 of meer (inwoners, percentages). Een lege cel telt als 0.
 * @param [decimalen] Aantal decimalen van de delen, 0 tot en met 6. Standaard 2 (centen).
 * @returns De delen, in de vorm van de sleutel.
 */
export function verdeel(bedrag: number, sleutel: any[][], decimalen?: number): any[][] {
  return guarded(() => {
    const amount = requiredArgument(bedrag, "bedrag");
    const places = optionalArgument(decimalen, "decimalen", new Dec(DEFAULT_DECIMALEN));
    if (!places.isInteger())
      throw valueError(
        `decimalen moet een geheel getal van 0 tot en met 6 zijn (nu ${formatExact(places)})`,
        "decimalen",
      );
    const { cells, orientation } = asVector(sleutel, "sleutel");
    checkSize([cells], "sleutel");
    const weights = new Float64Array(cells.length);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (typeof cell === "number") {
        weights[i] = cell; // the common case, checked by the core
        continue;
      }
      if (isCustomFunctionsError(cell)) throw cell;
      weights[i] = weightOf(cell, i);
    }
    const shares = verdeelAmount(amount, weights, places.toNumber());
    return fromVector(shares, orientation);
  }) as any;
}

/**
 * Toetst een herverdeling aan de 20%-regel en aan het budgetplafond. Geeft per onderdeel OK, PHO (besluit portefeuillehoudersoverleg nodig) of FOUT, en als laatste de status van het totaal.
 * @customfunction CHECKREALLOC
 * @helpurl https://localhost:3000/handleiding.html#checkrealloc
 * @param vastgesteld De vastgestelde bedragen per onderdeel (één rij of één kolom).
 * @param gewijzigd De bedragen na de voorgestelde herverdeling, inclusief alle eerdere wijzigingen dit jaar; even groot als vastgesteld.
 * @param [max_percentage] Grens per onderdeel als deel van het vastgestelde bedrag, 0 tot en met 1. Standaard 20%.
 * @param [budgetplafond] Het totaal dat niet overschreden mag worden. Standaard het totaal van vastgesteld.
 * @returns Een status per onderdeel en daarna een voor het totaal, in de richting van de invoer.
 */
export function checkRealloc(
  vastgesteld: any[][],
  gewijzigd: any[][],
  max_percentage?: number,
  budgetplafond?: number,
): any[][] {
  return guarded(() => {
    const maxPercentage = checkMaxPercentage(
      optionalArgument(max_percentage, "max_percentage", DEFAULT_MAX_PERCENTAGE),
    );
    const adopted = asVector(vastgesteld, "vastgesteld");
    const changed = asVector(gewijzigd, "gewijzigd");
    if (adopted.cells.length > MAX_ONDERDELEN) {
      throw valueError(
        `vastgesteld heeft meer dan ${formatCount(MAX_ONDERDELEN)} onderdelen; een herverdeling toetst u per begroting`,
        "vastgesteld",
      );
    }
    if (adopted.cells.length !== changed.cells.length) {
      throw valueError(
        `vastgesteld (${adopted.cells.length} cellen) en gewijzigd (${changed.cells.length} cellen) moeten even groot zijn`,
        "gewijzigd",
      );
    }
    const ceiling = isBlank(budgetplafond) ? null : requiredArgument(budgetplafond, "budgetplafond");
    if (ceiling?.isNegative() && !ceiling.isZero())
      throw valueError(
        "budgetplafond mag niet negatief zijn; typ het totaal dat niet overschreden mag worden, of laat het leeg voor het totaal van vastgesteld",
        "budgetplafond",
      );
    // Each cell as an amount; a cell that cannot be one keeps its Excel error for its own row.
    // An error cell arrives as a CustomFunctions.Error with its code and an empty message (see
    // isCustomFunctionsError): the total names it by the error Dutch Excel shows, "#DEEL/0!".
    const excelErrors = new Map<number, CustomFunctions.Error>();
    const amount = (cell: unknown, row: number, what: string): AmountInput => {
      if (isCustomFunctionsError(cell)) {
        if (!excelErrors.has(row)) excelErrors.set(row, cell);
        return { unreadable: cell.message || `de fout ${errorName(cell.code)}` };
      }
      return amountInput(cell, what, (error) => {
        if (!excelErrors.has(row)) excelErrors.set(row, toExcelError(error));
      });
    };
    const check = checkHerverdeling(
      adopted.cells.map((cell, i) => [
        amount(cell, i, "een vastgesteld bedrag"),
        amount(changed.cells[i], i, "een gewijzigd bedrag"),
      ]),
      maxPercentage,
      ceiling,
      { zeroMayBeBlank: true },
    );
    const statuses: (string | CustomFunctions.Error)[] = check.rows.map((row, i) =>
      row.kind === "onleesbaar" ? excelErrors.get(i)! : statusText(row),
    );
    statuses.push(statusText(check.total));
    return fromVector(statuses, adopted.orientation);
  }) as any;
}
