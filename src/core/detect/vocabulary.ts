import { ColumnRole } from "./types";
import { foldText } from "../text";

/**
 * The header vocabulary of IZA workbooks (IZA-DOMAIN.md, "Workbooks as they really are"):
 * case-insensitive, with year suffixes ("Begroting 2024"), units ("(€)", "in euro's",
 * "x € 1.000") and extra spaces stripped before the words are matched.
 */
export interface HeaderClass {
  role: ColumnRole;
  /** The header mentions percent ("%", "percentage", "procent"). */
  percent: boolean;
  /** The header mentions euros ("€", "euro", "bedrag"). */
  euro: boolean;
  /** A percentage that compares two amounts ("% besteed", "Realisatie in %"), not a share. */
  ratio: boolean;
  /**
   * A bare "Mutatie" or "Mutaties": the change of a herverdeling in a table with only vastgesteld
   * amounts beside it ("Vastgesteld | Mutatie"), a difference in a table with a realisatie or a
   * gewijzigd amount ("Begroting | Realisatie | Mutatie", "Vastgesteld | Gewijzigd | Mutatie").
   * Detection decides with the whole header row (detect.ts).
   */
  orDifference?: true;
}

const MAX_HEADER_WORDS = 6;

/** Lower case, no accents, no units, no years, no punctuation: the words of a header. */
export function headerWords(text: string): string {
  return (
    foldText(text)
      .replace(/\(\s*(?:x\s*)?(?:€|eur|euro|euro's|euros)[^)]*\)/g, " ")
      .replace(/\b(?:in|x)\s+(?:€|eur\b|euro's|euros|euro\b)/g, " ")
      .replace(/€|\beuro's\b|\beuros?\b|\beur\b/g, " ")
      .replace(/\bt\s*\/\s*m\b/g, " ")
      .replace(/\b(?:19|20)\d{2}\b/g, " ")
      // ordinals: "1e wijziging", "2de wijziging", "3ste"
      .replace(/\b\d+\s*(?:e|de|ste)\b/g, " ")
      .replace(/[^a-z%]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** Years of the grant (2023–2026) and those around them that workbooks show. */
const YEAR = /(?:^|[^\d.,])((?:19|20)\d{2})(?![\d.,]?\d)/g;
/** "2023-2026", "2023 t/m 2026", "2023 tot en met 2026": a span, not one year. */
const YEAR_SPAN = /(?:19|20)\d{2}\s*(?:-|–|—|\/|t\s*\/\s*m|tot en met|tot)\s*(?:19|20)\d{2}/i;

/** The years a header names, each once, in order: "Begroting 2024 (vastgesteld PhO 20-03-2024)" → [2024]. */
function headerYears(text: string): number[] {
  const years: number[] = [];
  YEAR.lastIndex = 0;
  for (let match = YEAR.exec(text); match !== null; match = YEAR.exec(text)) {
    const year = Number(match[1]);
    if (year >= 2000 && year <= 2099 && !years.includes(year)) years.push(year);
  }
  return years;
}

/** The one year a header names, or undefined (none, or a span such as "2023-2026"). */
export function headerYear(text: string): number | undefined {
  if (YEAR_SPAN.test(text)) return undefined;
  const years = headerYears(text);
  return years.length === 1 ? years[0] : undefined;
}

/** The header names a span or several years ("Totaal 2023-2026", "2023 en 2024"). */
export function headerNamesYearSpan(text: string): boolean {
  return YEAR_SPAN.test(text) || headerYears(text).length > 1;
}

const NOTES =
  /\b(?:toelichting|toelichtingen|opmerking|opmerkingen|notitie|notities|commentaar|memo|bijzonderheden|uitleg|bron|stand van zaken)\b/;
const DIFFERENCE_PAIR =
  /\b(?:begro\w*|budget|raming|toegekend)\s*(?:min|minus)?\s*(?:realis\w*|besteed|uitgaven|gefactureerd)\b/;
const DIFFERENCE =
  /\b(?:verschil|verschillen|saldo|restant|restantbudget|restant budget|onderbesteding|overbesteding|afwijking|resterend|nog te besteden|nog beschikbaar)\b/;
/** The change itself, one column per step: "1e wijziging", "Wijziging juni", "Mutatie Kerngroep", "Herverdeling". */
const MUTATION =
  /\b(?:wijziging|wijzigingen|begrotingswijziging|mutatie|mutaties|herverdeling|herverdelingen|bijstelling|bijstellingen)\b/;
/** Only the word "Mutatie(s)", maybe with units: a mutation or a difference (HeaderClass.orDifference). */
const BARE_MUTATION = /^(?:mutatie|mutaties)$/;
const KEY = /\b(?:verdeelsleutel|sleutel|inwoners|inwonertal|inwonersaantal|aantal inwoners)\b/;
const PERCENT_WORD = /%|\b(?:percentage|procent|pct|perc)\b/;
const SHARE = /\b(?:aandeel|aandelen)\b/;
const INVOICED =
  /\b(?:gefactureerd|gefactureerde|facturen|factuur|gefactureerd bedrag|ingediend|ingediende|gedeclareerd|gedeclareerde|declaraties|declaratie)\b/;
/** A state after a change: "Gewijzigd", "Na 1e wijziging", "Begroting na herverdeling". */
const CHANGED =
  /\b(?:gewijzigd|gewijzigde|herzien|herziene|na (?:\w+ )?(?:wijziging|wijzigingen|herverdeling|mutatie|mutaties|bijstelling)|nieuw|nieuwe|voorstel|voorgesteld|voorgestelde|bijgesteld|bijgestelde|actueel|actuele)\b/;
/** "Stand 1 juli", "Stand per 30-06": the begroting as it stands at a date (after ACTUAL: "stand realisatie" is realisatie). */
const STAND = /\bstand\b/;
const ACTUAL =
  /\b(?:realisatie|gerealiseerd|gerealiseerde|werkelijk|werkelijke|besteed|bestede|uitgaven|uitgegeven|bestedingen|besteding)\b/;
const PLANNED =
  /\b(?:begroting|begroot|begrote|raming|geraamd|geraamde|budget|vastgesteld|vastgestelde|bedrag|bedragen|toegekend|toegekende|toekenning|beschikbaar)\b/;
const LABEL =
  /\b(?:onderdeel|onderdelen|omschrijving|post|posten|begrotingspost|begrotingsposten|activiteit|activiteiten|gemeente|gemeenten|project|projecten|kostensoort|kostenpost|pijler|thema|naam|regel)\b/;

/*
 * A verantwoording (IZA-DOMAIN.md rule 5): what Venlo transferred to a gemeente, what the gemeente
 * accounted for through SiSa, and the settlement. Tried before the differences and the realisatie:
 * "Besteed volgens SiSa" is what was accounted for, "Restant terug te betalen" a settlement.
 */
const SETTLEMENT =
  /\b(?:verrekening|verrekeningen|te verrekenen|verrekenen|verrekend|terug te betalen|terugbetaling|terug te vorderen|terugvordering|na te betalen|nabetaling|bij te betalen)\b/;
const TRANSFERRED =
  /\b(?:overgemaakt|overgemaakte|overmaking|uitbetaald|uitbetaalde|uitbetaling|uitbetalingen|voorschot|voorschotten|bevoorschot|bevoorschotting|bevoorschotte|doorbetaald)\b/;
/** "Voorschot -/- verantwoord", "Overgemaakt minus besteed": the settlement written as its sum. */
const SETTLEMENT_PAIR =
  /\b(?:overgemaakt|uitbetaald|voorschot|bevoorschot\w*)\s*(?:min|minus)?\s*(?:verantwoord\w*|besteed|sisa)\b/;
const ACCOUNTED = /\b(?:verantwoord|verantwoorde|verantwoording|sisa)\b/;
/** The settlement's sign from its header: positive is what the gemeente pays back, or what Venlo pays. */
const SETTLEMENT_BACK = /\bterug\b|\bterugbetaling\b|\bterugvordering\b/;
const SETTLEMENT_MORE = /\bna te betalen\b|\bnabetaling\b|\bbij te betalen\b/;

/*
 * A register of herverdelingen: one line per decision, with its date, the onderdeel the money comes
 * from and goes to, and the decision (Kerngroep or PhO, with its date or number). "Van" and "Naar"
 * are headers only on their own (or with "onderdeel", "post"), never as a word inside a header; a
 * bare "Af" and "Bij" are a ledger's debit and credit, no register. A decision header is tried after
 * the amount words: "Begroting na besluit PhO" is an amount, "Besluit (Kerngroep / PhO)" a decision.
 */
const FROM = /^(?:van|vanaf|ten laste van|(?:van|af) (?:onderdeel|post|begrotingspost)|(?:onderdeel|post) (?:van|af))$/;
const TO = /^(?:naar|ten gunste van|(?:naar|bij) (?:onderdeel|post|begrotingspost)|(?:onderdeel|post) (?:naar|bij))$/;
/** A date first ("Datum", "Datum besluit", "Besluitdatum"); a decision header may mention one after ("Besluit (datum of nummer)"). */
const DATE_FIRST = /^\w*datum\b/;
const DECISION =
  /\b(?:besluit|besluiten|besluitvorming|besloten|besloten door|besluitnummer|besluitnr|kenmerk|orgaan|bevoegd orgaan|genomen door)\b|^(?:kerngroep|pho|kerngroep pho|pho kerngroep)$/;
const DATE = /\b(?:datum|besluitdatum|boekdatum|ingangsdatum|mutatiedatum)\b/;

/**
 * The sign a settlement header states: "terug" (Terug te betalen, Terugvordering: positive is what
 * the gemeente pays back), "na" (Na te betalen: positive is what Venlo pays), or null ("Verrekening",
 * "Te verrekenen": the other lines tell).
 */
export function settlementSign(header: string): "terug" | "na" | null {
  const words = headerWords(header);
  const back = SETTLEMENT_BACK.test(words);
  const more = SETTLEMENT_MORE.test(words);
  return back === more ? null : back ? "terug" : "na";
}

const cache = new Map<string, HeaderClass | null>();

/** The role a header text gives its column, or null when it is no header of the vocabulary. */
export function classifyHeader(text: string): HeaderClass | null {
  if (text.length > 80) return null;
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const result = classify(text);
  if (cache.size > 50000) cache.clear();
  cache.set(text, result);
  return result;
}

function classify(text: string): HeaderClass | null {
  const words = headerWords(text);
  // "2025", "2025 (€)", "Jaar 2025": a column of that year's begroting
  if ((words === "" || words === "jaar") && headerYear(text) !== undefined) {
    return { role: "planned", percent: false, euro: /€|\beuro|\beur\b/i.test(text), ratio: false };
  }
  if (words === "" || words.split(" ").length > MAX_HEADER_WORDS) return null;
  const lower = text.toLowerCase();
  const euro = /€|\beuro|\beur\b/.test(lower) || /\bbedrag/.test(words);
  const percentWord = PERCENT_WORD.test(words);
  const make = (role: ColumnRole, extra: Partial<HeaderClass> = {}): HeaderClass => ({
    role,
    percent: percentWord,
    euro,
    ratio: false,
    ...extra,
  });
  if (NOTES.test(words)) return make("notes");
  if (FROM.test(words)) return make("from");
  if (TO.test(words)) return make("to");
  if (DATE_FIRST.test(words)) return make("date");
  if (KEY.test(words)) return make("key");
  if (percentWord) {
    const ratio =
      ACTUAL.test(words) ||
      INVOICED.test(words) ||
      CHANGED.test(words) ||
      MUTATION.test(words) ||
      DIFFERENCE.test(words) ||
      ACCOUNTED.test(words) ||
      TRANSFERRED.test(words);
    return make("percentage", { ratio });
  }
  if (SHARE.test(words)) return euro ? make("planned") : make("percentage", { percent: true });
  if (SETTLEMENT.test(words) || SETTLEMENT_PAIR.test(words)) return make("settlement");
  if (TRANSFERRED.test(words)) return make("transferred");
  if (ACCOUNTED.test(words)) return make("accounted");
  if (DIFFERENCE.test(words) || DIFFERENCE_PAIR.test(words)) return make("difference");
  if (INVOICED.test(words)) return make("invoiced");
  if (CHANGED.test(words)) return make("changed");
  if (MUTATION.test(words))
    return BARE_MUTATION.test(words) ? make("mutation", { orDifference: true }) : make("mutation");
  if (ACTUAL.test(words)) return make("actual");
  if (STAND.test(words)) return make("changed");
  if (PLANNED.test(words)) return make("planned");
  if (DECISION.test(words)) return make("decision");
  if (DATE.test(words)) return make("date");
  if (LABEL.test(words)) return make("label");
  return null;
}

/** Words that make a row a total: "Totaal", "Totalen", "Total", "Totaal generaal", "Eindtotaal". */
const TOTAL = /^(?:totaal|totalen|total|totals|eindtotaal|generaal totaal|grand total|som)\b/;
const SUBTOTAL = /^(?:subtotaal|subtotalen|subtotal|sub totaal|tussentotaal)\b/;

export type TotalKind = "total" | "subtotal";

export function totalKind(text: string): TotalKind | null {
  if (text.length > 80) return null;
  const words = text
    .toLowerCase()
    .replace(/[^a-z\s-]+/g, " ")
    .replace(/-/g, " ")
    .trim()
    .replace(/\s+/g, " ");
  if (SUBTOTAL.test(words)) return "subtotal";
  if (TOTAL.test(words)) return "total";
  return null;
}

/** A label naming the available grant: "Beschikbaar", "Toekenning", "SPUK IZA", "Budget SPUK". */
const GRANT =
  /^(?:totaal\s+)?(?:beschikbaar|beschikbare|toekenning|spuk iza|spuk|budget spuk|budget iza|rijksbijdrage)\b/;

/**
 * How surely a label names the available grant: 2 when it names the grant itself ("Toekenning",
 * "SPUK IZA", "Rijksbijdrage"), 1 for a bare "Beschikbaar", 0 when it is no such label.
 */
export function grantLabelScore(text: string): 0 | 1 | 2 {
  if (text.length > 60) return 0;
  const words = foldText(text)
    .replace(/[^a-z0-9\s]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!GRANT.test(words) || words.split(" ").length > 6) return 0;
  return /\b(?:spuk|toekenning|rijksbijdrage)\b/.test(words) ? 2 : 1;
}
