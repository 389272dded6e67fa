/**
 * Onderdelen as the gemeenten write them. One begroting says "Uitvoeringskosten onderdeel 1
 * (Projectbureau, incl. communicatie, …)", the next "1. Projectbureau" or "Onderdeel 1
 * (projectbureau)": the same onderdeel. This module matches the labels of a table to the labels
 * of a reference table (the vastgestelde begroting, the begroting a register refers to), and says
 * how each label was matched, so the user can see that "1. Projectbureau" was taken for
 * onderdeel 1.
 *
 * How two labels may match, strongest first (each pass only among the labels not yet matched):
 * 1. `gelijk`: the same text (white space at the ends aside);
 * 2. `schrijfwijze`: the same after case, accents, spaces and punctuation are ignored;
 * 3. `nummer`: the same onderdeel number ("1.", "onderdeel 1", "Uitvoeringskosten onderdeel 1"),
 *    when that number belongs to exactly one reference label (and, in a table, to one label):
 *    the text beside the number, in brackets or not, may then differ;
 * 4. `omschrijving`: the description is the same or one starts with the other (on whole words),
 *    with no conflicting number. Onderdeel 6 has two lines, "Uitvoeringskosten onderdeel 6
 *    (Regioplan)" and "… (Aanvullende plannen)": the number alone cannot tell them apart, so
 *    "6. Regioplan" matches the first by its description and "Onderdeel 6" matches neither;
 * 5. `haakjes`: the text outside the brackets is the same and only the text in brackets differs
 *    ("Vergoeding inzet individuele gemeenten" for "… (ambtelijke agendacommissie en
 *    werkgroepen)"), with no conflicting number.
 * A candidate must be the only one of its pass: two equally good reference labels match neither.
 */
import { foldText } from "./text";

export type OnderdeelMatchHow = "gelijk" | "schrijfwijze" | "nummer" | "omschrijving" | "haakjes";

/** Dutch: how a label was matched, for the reports ("zelfde nummer"). */
export const MATCH_HOW_TEXT: Record<OnderdeelMatchHow, string> = {
  gelijk: "gelijk",
  schrijfwijze: "gelijk op hoofdletters, spaties en leestekens na",
  nummer: "zelfde onderdeelnummer",
  omschrijving: "zelfde omschrijving",
  haakjes: "gelijk op de tekst tussen haakjes na",
};

/** A label taken apart: its number, the text outside and inside brackets, each normalised. */
export interface OnderdeelLabel {
  text: string;
  /** The whole label normalised: lower case, no accents, punctuation as spaces, single spaces. */
  key: string;
  /** The onderdeel number ("1", "6", "3.2", "6a"), when the label has one. */
  number?: string;
  /** The normalised text outside brackets, without the numbering ("projectbureau"). */
  outside: string;
  /** The normalised text inside brackets ("projectbureau incl communicatie …"). */
  inside: string;
  /** What the onderdeel is called: the text outside brackets, or the bracket text when that is all there is. */
  description: string;
}

/** One label of the checked table and what it matched. */
export interface OnderdeelMatch {
  /** Position in the labels given. */
  index: number;
  label: string;
  /** Position of the matched reference label, or null when it matched none. */
  reference: number | null;
  referenceLabel?: string;
  how?: OnderdeelMatchHow;
}

export interface OnderdeelMatching {
  /** One per label, in the order given. */
  matches: OnderdeelMatch[];
  /** Reference labels no label matched (by position): onderdelen that disappeared. */
  unmatched: number[];
}

/** The result of looking one label up among the reference labels. */
export interface OnderdeelLookup {
  reference: number;
  how: OnderdeelMatchHow;
}

/** Lower case, no accents, "&" as "en", punctuation as spaces, single spaces. */
function normalise(text: string): string {
  return foldText(text)
    .replace(/&/g, " en ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * The numbering at the start of a label: "1.", "1)", "1:", "3.2", "6a", "onderdeel 1",
 * "Uitvoeringskosten onderdeel 1", "Onderdeel 1 -". Returns the number and the rest.
 */
const NUMBERING =
  /^\s*(?:(?:uitvoerings)?kosten\s+)?(?:onderdeel|ond\.?|od\.?)?\s*(\d{1,2}(?:\.\d{1,2})*[a-z]?)(?![\d,])(?:\s*[.):\-–—]|\s+|$)/i;
/** "… onderdeel 3 …" anywhere in a label. */
const ONDERDEEL_ANYWHERE = /\bonderdeel\s+(\d{1,2}(?:\.\d{1,2})*[a-z]?)\b/i;

/** Take a label apart (see OnderdeelLabel). */
export function parseOnderdeelLabel(text: string): OnderdeelLabel {
  const flat = text.replace(/[\s\u00a0\u202f]+/g, " ").trim();
  let number: string | undefined;
  let rest = flat;
  const start = NUMBERING.exec(flat);
  if (start) {
    number = start[1].toLowerCase();
    rest = flat.slice(start[0].length);
  } else {
    const inner = ONDERDEEL_ANYWHERE.exec(flat);
    if (inner) {
      number = inner[1].toLowerCase();
      rest = flat.slice(0, inner.index) + " " + flat.slice(inner.index + inner[0].length);
      rest = rest.replace(/^\s*(?:uitvoerings)?kosten\s*/i, "");
    }
  }
  const insideParts: string[] = [];
  const outsideText = rest.replace(/\(([^()]*)\)?/g, (_, inner: string) => {
    insideParts.push(inner ?? "");
    return " ";
  });
  const outside = normalise(outsideText);
  const inside = normalise(insideParts.join(" "));
  const label: OnderdeelLabel = { text, key: normalise(flat), outside, inside, description: outside || inside };
  if (number !== undefined) label.number = number;
  return label;
}

/** The key of a label: equal keys are the same onderdeel written differently (case, spaces, punctuation). */
export function onderdeelKey(label: string): string {
  return normalise(label);
}

/** True when one text is the other or starts with it followed by a space (whole words). */
function wordPrefix(a: string, b: string): boolean {
  if (a === "" || b === "") return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === short || long.startsWith(`${short} `);
}

function numbersAgree(a: OnderdeelLabel, b: OnderdeelLabel): boolean {
  return a.number === undefined || b.number === undefined || a.number === b.number;
}

type Pass = (label: OnderdeelLabel, reference: OnderdeelLabel, context: PassContext) => boolean;

interface PassContext {
  /** How many reference labels carry each number. */
  referenceNumbers: ReadonlyMap<string, number>;
  /** How many checked labels carry each number (in a table; 1 for a single look-up). */
  labelNumbers: ReadonlyMap<string, number>;
}

const PASSES: readonly [OnderdeelMatchHow, Pass][] = [
  ["gelijk", (l, r) => l.text.trim() === r.text.trim()],
  ["schrijfwijze", (l, r) => l.key !== "" && l.key === r.key],
  [
    "nummer",
    (l, r, c) =>
      l.number !== undefined &&
      l.number === r.number &&
      c.referenceNumbers.get(l.number) === 1 &&
      (c.labelNumbers.get(l.number) ?? 1) === 1,
  ],
  [
    "omschrijving",
    (l, r) =>
      // "6. Regioplan" against "Uitvoeringskosten onderdeel 6 (Regioplan)": both are described as "regioplan"
      numbersAgree(l, r) && wordPrefix(l.description, r.description),
  ],
  ["haakjes", (l, r) => numbersAgree(l, r) && l.outside !== "" && l.outside === r.outside],
];

function countNumbers(labels: readonly OnderdeelLabel[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const label of labels) {
    if (label.number !== undefined) counts.set(label.number, (counts.get(label.number) ?? 0) + 1);
  }
  return counts;
}

/**
 * The reference labels, prepared once, for looking labels up one at a time (a register's Van and
 * Naar cells: many lines may name the same onderdeel).
 */
export class OnderdeelIndex {
  readonly parsed: readonly OnderdeelLabel[];
  private readonly context: PassContext;

  constructor(readonly labels: readonly string[]) {
    this.parsed = labels.map(parseOnderdeelLabel);
    this.context = { referenceNumbers: countNumbers(this.parsed), labelNumbers: new Map() };
  }

  /**
   * The one reference label this label names, with how: the strongest pass with a candidate;
   * null when none matches, or when several match equally (a weaker pass does not decide then).
   */
  find(label: string): OnderdeelLookup | null {
    const parsed = parseOnderdeelLabel(label);
    for (const [how, pass] of PASSES) {
      let found: number | null = null;
      let several = false;
      for (let i = 0; i < this.parsed.length; i++) {
        if (!pass(parsed, this.parsed[i], this.context)) continue;
        if (found !== null) several = true;
        found = i;
      }
      if (found !== null && !several) return { reference: found, how };
      if (several) return null; // ambiguous at this strength: a weaker pass must not decide
    }
    return null;
  }
}

/**
 * Match the labels of a table one to one to the reference labels: each reference label is taken
 * by at most one label. The strongest matches are made first, over the whole table, so that a
 * label spelled exactly as in the reference is never robbed by a looser match of another label.
 */
export function matchOnderdelen(labels: readonly string[], referenceLabels: readonly string[]): OnderdeelMatching {
  const index = new OnderdeelIndex(referenceLabels);
  const parsed = labels.map(parseOnderdeelLabel);
  const context: PassContext = {
    referenceNumbers: countNumbers(index.parsed),
    labelNumbers: countNumbers(parsed),
  };
  const matches: OnderdeelMatch[] = labels.map((label, i) => ({ index: i, label, reference: null }));
  const taken = new Set<number>();
  /** Labels that had several candidates at some pass: a weaker pass does not decide for them. */
  const ambiguous = new Set<number>();
  for (let strength = 0; strength < PASSES.length; strength++) {
    const [how, pass] = PASSES[strength];
    // Candidates of this pass per label and per reference label, among those still free.
    const byLabel = new Map<number, number[]>();
    const byReference = new Map<number, number[]>();
    for (let i = 0; i < parsed.length; i++) {
      if (matches[i].reference !== null || ambiguous.has(i)) continue;
      for (let r = 0; r < index.parsed.length; r++) {
        if (taken.has(r) || !pass(parsed[i], index.parsed[r], context)) continue;
        byLabel.set(i, [...(byLabel.get(i) ?? []), r]);
        byReference.set(r, [...(byReference.get(r) ?? []), i]);
      }
    }
    for (const [i, candidates] of byLabel) {
      // Only a pair that is each other's only candidate: two labels for one onderdeel match neither.
      const r = candidates[0];
      if (candidates.length !== 1 || byReference.get(r)!.length !== 1) {
        ambiguous.add(i);
        continue;
      }
      matches[i].reference = r;
      matches[i].referenceLabel = referenceLabels[r];
      matches[i].how = how;
      taken.add(r);
    }
  }
  const unmatched: number[] = [];
  for (let r = 0; r < referenceLabels.length; r++) if (!taken.has(r)) unmatched.push(r);
  return { matches, unmatched };
}
