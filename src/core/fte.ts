import { Dec } from "./decimal";
import { valueError } from "./errors";
import { formatExact } from "./format";

/** Regioplan convention: 2000 werkuren per jaar; deeltijdfactor 1 gives FTE, 0,68 "medewerkers". */
export const DEFAULT_WERKUREN_PER_JAAR = new Dec(2000);
export const DEFAULT_DEELTIJDFACTOR = new Dec(1);

/**
 * The divisor of the FTE formula, werkuren × deeltijdfactor, after checking both:
 * werkuren > 0 and 0 < deeltijdfactor ≤ 1, else a #VALUE! that names the argument and what it may be
 * (Excel shows the message of #VALUE!, not of #NUM!).
 */
export function fteDivisor(
  werkurenPerJaar: Dec = DEFAULT_WERKUREN_PER_JAAR,
  deeltijdfactor: Dec = DEFAULT_DEELTIJDFACTOR,
): Dec {
  if (!werkurenPerJaar.gt(0)) {
    throw valueError(
      `werkuren_per_jaar moet groter zijn dan 0 (nu ${formatExact(werkurenPerJaar)}); typ bijvoorbeeld 2000, of laat het leeg voor 2000`,
      "werkuren_per_jaar",
    );
  }
  if (!deeltijdfactor.gt(0) || deeltijdfactor.gt(1)) {
    throw valueError(
      `deeltijdfactor moet groter zijn dan 0 en ten hoogste 1 (nu ${formatExact(deeltijdfactor)}); typ bijvoorbeeld 0,68 of 68%`,
      "deeltijdfactor",
    );
  }
  return werkurenPerJaar.times(deeltijdfactor);
}

/** medewerkers (or FTE) = uren / (werkuren per jaar × deeltijdfactor), unrounded. */
export function fteFromHours(uren: Dec, divisor: Dec): Dec {
  return uren.dividedBy(divisor);
}
