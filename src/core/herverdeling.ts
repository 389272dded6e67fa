import { Dec } from "./decimal";
import { valueError } from "./errors";
import { formatEuro, formatEuroChange, formatExact, formatLimit, formatPercent } from "./format";
import { dutchList } from "./text";

/** The 20% rule of the uitgangspunten begroting: the Kerngroep may move up to 20% per onderdeel. */
export const DEFAULT_MAX_PERCENTAGE = new Dec("0.2");

/** Every status starts with exactly one of these words, so users can count and colour them. */
export type StatusCode = "OK" | "PHO" | "FOUT";

/**
 * The outcome for one onderdeel, as data: what was found, with the amounts. `statusText` writes
 * it in Dutch (the texts of IZA.CHECKREALLOC), `statusDetail` the same without the leading code.
 */
export type OnderdeelStatus =
  /** Both amounts blank: no onderdeel on this row. */
  | { code: ""; kind: "leeg" }
  | { code: "FOUT"; kind: "ontbreekt"; missing: "vastgesteld" | "gewijzigd" }
  /** An amount that could not be read, with the reason in Dutch ("tekst in plaats van …", "#REF!"). */
  | { code: "FOUT"; kind: "onleesbaar"; reason: string }
  | { code: "OK"; kind: "ongewijzigd"; mutatie: Dec; grens: Dec }
  | { code: "OK"; kind: "binnen-grens"; mutatie: Dec; grens: Dec; fraction: Dec }
  /** Any change of an onderdeel adopted at 0. */
  | { code: "PHO"; kind: "vastgesteld-nul"; mutatie: Dec; grens: Dec; vastgesteld: Dec; steps?: Dec[] }
  | {
      code: "PHO";
      kind: "boven-grens";
      mutatie: Dec;
      grens: Dec;
      fraction: Dec;
      vastgesteld: Dec;
      max: Dec;
      /** gewijzigd is 0 and may be a blank cell Excel passed as 0 (see HerverdelingOptions). */
      zeroMayBeBlank?: true;
      /** The changes that add up to `mutatie`, step by step, when there were several (checkCumulatief). */
      steps?: Dec[];
    };

/** The outcome for the total of a herverdeling, as data. */
export type TotaalStatus =
  | { code: "OK"; kind: "binnen-plafond"; totaal: Dec; plafond: Dec }
  | { code: "FOUT"; kind: "boven-plafond"; totaal: Dec; plafond: Dec; boven: Dec }
  /** Onderdeel `onderdeel` (1-based) has an amount that could not be read. */
  | { code: "FOUT"; kind: "niet-te-bepalen"; onderdeel: number; reason: string }
  /** Onderdeel `onderdeel` (1-based) misses an amount. */
  | { code: "FOUT"; kind: "bedrag-ontbreekt"; onderdeel: number };

export type HerverdelingStatus = OnderdeelStatus | TotaalStatus;

/**
 * The Dutch text of a status after its code, starting in lower case: "+€ 20.000,00 (20,0%)",
 * "totaal € … binnen het plafond van € …"; "" for an unchanged or an empty onderdeel.
 */
export function statusDetail(status: HerverdelingStatus): string {
  switch (status.kind) {
    case "leeg":
    case "ongewijzigd":
      return "";
    case "ontbreekt":
      return `${status.missing} bedrag ontbreekt`;
    case "onleesbaar":
      return status.reason;
    case "binnen-grens":
      return `${formatEuroChange(status.mutatie)} (${formatPercent(status.fraction)})`;
    case "vastgesteld-nul":
      return `${stepsText(status.steps)}${formatEuroChange(status.mutatie)} op een vastgesteld bedrag van ${formatEuro(status.vastgesteld)}; elke wijziging hiervan vraagt een besluit van de PhO`;
    case "boven-grens":
      if (status.steps && status.steps.length > 1) {
        // "+€ 12.000,00 en +€ 10.000,00 samen +22,0% van € 100.000,00 (grens 20%)"
        return `${dutchList(status.steps.map(formatEuroChange))} samen ${status.mutatie.isNegative() ? "-" : "+"}${percentBeyond(status.fraction, status.max)} van ${formatEuro(status.vastgesteld)} (grens ${formatLimit(status.max)})`;
      }
      return (
        `${formatEuroChange(status.mutatie)} is ${percentBeyond(status.fraction, status.max)} van ${formatEuro(status.vastgesteld)} (grens ${formatLimit(status.max)})` +
        (status.zeroMayBeBlank ? ZERO_MAY_BE_BLANK_NOTE : "")
      );
    case "binnen-plafond":
      return `totaal ${formatEuro(status.totaal)} binnen het plafond van ${formatEuro(status.plafond)}`;
    case "boven-plafond":
      return `totaal ${formatEuro(status.totaal)} is ${formatEuro(status.boven)} boven het plafond van ${formatEuro(status.plafond)}`;
    case "niet-te-bepalen":
      return `totaal niet te bepalen: onderdeel ${status.onderdeel} heeft ${status.reason}`;
    case "bedrag-ontbreekt":
      return `totaal niet te bepalen, bedrag ontbreekt bij onderdeel ${status.onderdeel}`;
  }
}

/** The status as IZA.CHECKREALLOC writes it: "OK", "OK: …", "PHO: …", "FOUT: …", or "" for an empty row. */
export function statusText(status: HerverdelingStatus): string {
  const detail = statusDetail(status);
  return detail === "" ? status.code : `${status.code}: ${detail}`;
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
      `max_percentage ${formatExact(maxPercentage)} is meer dan 100%; typ 20% of 0,2 voor twintig procent`,
      "max_percentage",
    );
  }
  return maxPercentage;
}

/** "+€ 5.000,00 en +€ 5.000,00 samen ": the steps before their sum, when there were several. */
function stepsText(steps: readonly Dec[] | undefined): string {
  return steps && steps.length > 1 ? `${dutchList(steps.map(formatEuroChange))} samen ` : "";
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
  if (vastgesteld === null && gewijzigd === null) return { code: "", kind: "leeg" };
  if (vastgesteld === null) return { code: "FOUT", kind: "ontbreekt", missing: "vastgesteld" };
  if (gewijzigd === null) return { code: "FOUT", kind: "ontbreekt", missing: "gewijzigd" };

  const mutatie = gewijzigd.minus(vastgesteld);
  const grens = vastgesteld.abs().times(maxPercentage);
  if (mutatie.isZero()) return { code: "OK", kind: "ongewijzigd", mutatie, grens };
  if (vastgesteld.isZero()) return { code: "PHO", kind: "vastgesteld-nul", mutatie, grens, vastgesteld };
  const fraction = mutatie.abs().dividedBy(vastgesteld.abs());
  if (mutatie.abs().lte(grens)) return { code: "OK", kind: "binnen-grens", mutatie, grens, fraction };
  return { code: "PHO", kind: "boven-grens", mutatie, grens, fraction, vastgesteld, max: maxPercentage };
}

/**
 * One step of a herverdeling in several steps: a column with the change itself ("1e wijziging",
 * "Mutatie Kerngroep": `mutatie`) or with the amount after it ("Na 1e wijziging", "Stand 1 juli":
 * `stand`).
 */
export interface HerverdelingStep {
  kind: "mutatie" | "stand";
  value: Dec;
}

export interface CumulativeCheck {
  /** The amount after each step. */
  states: Dec[];
  /** The change each step made. */
  changes: Dec[];
  /** The first step after which the change since vastgesteld needs the PhO; null when none does. */
  first: number | null;
  /** The status at step `first`, with the steps up to it; the status of the latest amount when `first` is null. */
  status: OnderdeelStatus;
  /** The status of the latest amount, after all steps. */
  latest: OnderdeelStatus;
}

/**
 * The 20% rule over several changes in one year: after every step the change since the
 * vastgestelde amount (not since the step before) is tested, so that small steps add up and
 * cannot slip past the limit one by one. The first step after which it is beyond the limit is the
 * one that needed the PhO, even when a later step brings the amount back.
 */
export function checkCumulatief(
  vastgesteld: Dec,
  steps: readonly HerverdelingStep[],
  maxPercentage: Dec,
): CumulativeCheck {
  const states: Dec[] = [];
  const changes: Dec[] = [];
  let state = vastgesteld;
  let first: number | null = null;
  let status: OnderdeelStatus | null = null;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    const next = step.kind === "mutatie" ? state.plus(step.value) : step.value;
    changes.push(next.minus(state));
    states.push(next);
    state = next;
    if (first === null) {
      const now = checkOnderdeel(vastgesteld, state, maxPercentage);
      if (now.code === "PHO") {
        first = i;
        const made = changes.filter((c) => !c.isZero());
        status = made.length > 1 ? { ...now, steps: made } : now;
      }
    }
  }
  const latest = checkOnderdeel(vastgesteld, state, maxPercentage);
  return { states, changes, first, status: status ?? latest, latest };
}

/** Test the total of the gewijzigde amounts against the ceiling (default: the total vastgesteld). */
export function checkTotaal(totaalGewijzigd: Dec, plafond: Dec): TotaalStatus {
  const boven = totaalGewijzigd.minus(plafond);
  if (boven.gt(0)) return { code: "FOUT", kind: "boven-plafond", totaal: totaalGewijzigd, plafond, boven };
  return { code: "OK", kind: "binnen-plafond", totaal: totaalGewijzigd, plafond };
}

/** An amount that could not be read, with the reason in Dutch ("tekst in plaats van …", "#REF!"). */
export interface Unreadable {
  unreadable: string;
}
export type AmountInput = Dec | null | Unreadable;

export function isUnreadable(value: unknown): value is Unreadable {
  return typeof value === "object" && value !== null && "unreadable" in value;
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

export interface HerverdelingCheck {
  /** Per onderdeel its status (kind "onleesbaar" for an amount that could not be read). */
  rows: OnderdeelStatus[];
  /** The total against the ceiling; FOUT when an amount is missing or unreadable. */
  total: TotaalStatus;
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
  let problem: TotaalStatus | null = null;
  const statuses = rows.map(([adopted, changed], i): OnderdeelStatus => {
    const bad = isUnreadable(adopted) ? adopted : isUnreadable(changed) ? changed : null;
    if (bad) {
      problem ??= { code: "FOUT", kind: "niet-te-bepalen", onderdeel: i + 1, reason: bad.unreadable };
      return { code: "FOUT", kind: "onleesbaar", reason: bad.unreadable };
    }
    const a = adopted as Dec | null;
    const c = changed as Dec | null;
    if (a) totalAdopted = totalAdopted.plus(a);
    if (c) totalChanged = totalChanged.plus(c);
    let status = checkOnderdeel(a, c, maxPercentage);
    if (options.zeroMayBeBlank && status.kind === "boven-grens" && c?.isZero())
      status = { ...status, zeroMayBeBlank: true };
    if (status.code === "FOUT") problem ??= { code: "FOUT", kind: "bedrag-ontbreekt", onderdeel: i + 1 };
    return status;
  });
  return { rows: statuses, total: problem ?? checkTotaal(totalChanged, plafond ?? totalAdopted) };
}
