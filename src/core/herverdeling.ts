import { Dec } from "./decimal";
import { valueError } from "./errors";
import { formatEuro, formatEuroChange, formatLimit, formatPercent } from "./format";

/** The 20% rule of the uitgangspunten begroting: the Kerngroep may move up to 20% per onderdeel. */
export const DEFAULT_MAX_PERCENTAGE = new Dec("0.2");

/** Every status starts with exactly one of these words, so users can count and colour them. */
export type StatusCode = "OK" | "PHO" | "FOUT";

export interface OnderdeelStatus {
  code: StatusCode | "";
  text: string;
  /** gewijzigd − vastgesteld, when both are there. */
  mutatie?: Dec;
  /** The largest change the Kerngroep may decide on: max_percentage × |vastgesteld|. */
  grens?: Dec;
}

export function checkMaxPercentage(maxPercentage: Dec): Dec {
  if (maxPercentage.isNegative() && !maxPercentage.isZero()) {
    throw valueError(
      `max_percentage mag niet negatief zijn (nu ${formatLimit(maxPercentage)}); typ een waarde van 0% tot en met 100%, bijvoorbeeld 20%`,
      "max_percentage",
    );
  }
  if (maxPercentage.gt(1)) {
    throw valueError(
      `max_percentage ${maxPercentage.toString().replace(".", ",")} is meer dan 100%; typ 20% of 0,2 voor twintig procent`,
      "max_percentage",
    );
  }
  return maxPercentage;
}

/** Percentage with enough decimals that a value above the limit never reads as the limit itself. */
function percentBeyond(fraction: Dec, limit: Dec): string {
  let digits = 1;
  let text = formatPercent(fraction, digits);
  while (digits < 8 && fraction.gt(limit) && text === formatPercent(limit, digits)) {
    digits++;
    text = formatPercent(fraction, digits);
  }
  return text;
}

/**
 * Test one onderdeel of a herverdeling: |gewijzigd − vastgesteld| ≤ max × |vastgesteld| is OK
 * (exactly at the limit is OK); beyond it, or any change on a vastgesteld 0, needs the PhO.
 * `null` means the amount is missing.
 */
export function checkOnderdeel(vastgesteld: Dec | null, gewijzigd: Dec | null, maxPercentage: Dec): OnderdeelStatus {
  if (vastgesteld === null && gewijzigd === null) return { code: "", text: "" };
  if (vastgesteld === null) return { code: "FOUT", text: "FOUT: vastgesteld bedrag ontbreekt" };
  if (gewijzigd === null) return { code: "FOUT", text: "FOUT: gewijzigd bedrag ontbreekt" };

  const mutatie = gewijzigd.minus(vastgesteld);
  const grens = vastgesteld.abs().times(maxPercentage);
  if (mutatie.isZero()) return { code: "OK", text: "OK", mutatie, grens };
  if (vastgesteld.isZero()) {
    return {
      code: "PHO",
      text: `PHO: ${formatEuroChange(mutatie)} op een vastgesteld bedrag van ${formatEuro(vastgesteld)}; elke wijziging hiervan vraagt een besluit van de PhO`,
      mutatie,
      grens,
    };
  }
  const fraction = mutatie.abs().dividedBy(vastgesteld.abs());
  if (mutatie.abs().lte(grens)) {
    return {
      code: "OK",
      text: `OK: ${formatEuroChange(mutatie)} (${formatPercent(fraction)})`,
      mutatie,
      grens,
    };
  }
  return {
    code: "PHO",
    text: `PHO: ${formatEuroChange(mutatie)} is ${percentBeyond(fraction, maxPercentage)} van ${formatEuro(vastgesteld)} (grens ${formatLimit(maxPercentage)})`,
    mutatie,
    grens,
  };
}

/** Test the total of the gewijzigde amounts against the ceiling (default: the total vastgesteld). */
export function checkTotaal(totaalGewijzigd: Dec, plafond: Dec): OnderdeelStatus {
  const boven = totaalGewijzigd.minus(plafond);
  if (boven.gt(0)) {
    return {
      code: "FOUT",
      text: `FOUT: totaal ${formatEuro(totaalGewijzigd)} is ${formatEuro(boven)} boven het plafond van ${formatEuro(plafond)}`,
      mutatie: boven,
    };
  }
  return {
    code: "OK",
    text: `OK: totaal ${formatEuro(totaalGewijzigd)} binnen het plafond van ${formatEuro(plafond)}`,
  };
}

/** An amount that could not be read, with the reason in Dutch ("tekst in plaats van …", "#REF!"). */
export interface Unreadable {
  unreadable: string;
}
export type AmountInput = Dec | null | Unreadable;

export function isUnreadable(value: unknown): value is Unreadable {
  return typeof value === "object" && value !== null && "unreadable" in value;
}

export interface HerverdelingCheck {
  /** Per onderdeel its status, or the amount that could not be read. */
  rows: (OnderdeelStatus | Unreadable)[];
  /** The total against the ceiling; FOUT when an amount is missing or unreadable. */
  total: OnderdeelStatus;
}

/**
 * Said after a PHO for a gewijzigd of exactly 0 where the 0 may be a blank cell (see
 * `zeroMayBeBlank`): the status stays PHO (a drop to 0 is beyond any limit below 100%), and the
 * user learns why an empty cell can read as 0.
 */
export const ZERO_MAY_BE_BLANK_NOTE =
  "; gewijzigd is 0: is de cel leeg, vul dan het bedrag in (Excel voor Windows geeft een lege cel soms door als 0)";

export interface HerverdelingOptions {
  /**
   * The amounts come from a custom function's ranges, where Excel desktop may pass a blank cell
   * as 0 (office-js #4702, #5262; the web passes null): a gewijzigd of 0 opposite a vastgesteld
   * that is not 0 gets ZERO_MAY_BE_BLANK_NOTE. The pane reads cells and knows a blank.
   */
  zeroMayBeBlank?: boolean;
}

/**
 * A whole herverdeling, as IZA.CHECKREALLOC and the Herverdeling pane show it: each onderdeel
 * by checkOnderdeel, then Σ gewijzigd against the ceiling (default Σ vastgesteld, blanks as 0).
 */
export function checkHerverdeling(
  rows: readonly (readonly [vastgesteld: AmountInput, gewijzigd: AmountInput])[],
  maxPercentage: Dec,
  plafond?: Dec | null,
  options: HerverdelingOptions = {},
): HerverdelingCheck {
  let totalAdopted = new Dec(0);
  let totalChanged = new Dec(0);
  let problem: string | null = null;
  const statuses = rows.map(([adopted, changed], i): OnderdeelStatus | Unreadable => {
    const bad = isUnreadable(adopted) ? adopted : isUnreadable(changed) ? changed : null;
    if (bad) {
      problem ??= `FOUT: totaal niet te bepalen: onderdeel ${i + 1} heeft ${bad.unreadable}`;
      return bad;
    }
    const a = adopted as Dec | null;
    const c = changed as Dec | null;
    if (a) totalAdopted = totalAdopted.plus(a);
    if (c) totalChanged = totalChanged.plus(c);
    let status = checkOnderdeel(a, c, maxPercentage);
    if (options.zeroMayBeBlank && status.code === "PHO" && c?.isZero() && a && !a.isZero()) {
      status = { ...status, text: status.text + ZERO_MAY_BE_BLANK_NOTE };
    }
    if (status.code === "FOUT") problem ??= `FOUT: totaal niet te bepalen, bedrag ontbreekt bij onderdeel ${i + 1}`;
    return status;
  });
  const total: OnderdeelStatus = problem
    ? { code: "FOUT", text: problem }
    : checkTotaal(totalChanged, plafond ?? totalAdopted);
  return { rows: statuses, total };
}
