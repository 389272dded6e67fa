/**
 * Formula tokens written out again: in the invariant form (as Excel stores it), as the user types
 * it in Dutch Excel (SOM, ";" between arguments, "0,2"), with its references moved as Excel moves
 * them when the formula is copied to another cell.
 */
import { columnLetters } from "../a1";
import { AreaRef, Corner, parseReference, splitSheet } from "./reference";
import { functionName } from "./parse";
import { Token } from "./tokens";

/**
 * The Dutch names of the functions messages show. Dutch Excel shows every function in Dutch; these
 * are the ones a check's message names (others stay in English, as do custom functions: IZA.VERDEEL).
 */
const DUTCH_NAMES: Record<string, string> = {
  SUM: "SOM",
  SUBTOTAL: "SUBTOTAAL",
  ROUND: "AFRONDEN",
  ROUNDUP: "AFRONDEN.NAAR.BOVEN",
  ROUNDDOWN: "AFRONDEN.NAAR.BENEDEN",
  IF: "ALS",
  IFERROR: "ALS.FOUT",
  AVERAGE: "GEMIDDELDE",
  COUNT: "AANTAL",
  COUNTA: "AANTALARG",
  COUNTIF: "AANTAL.ALS",
  SUMIF: "SOM.ALS",
  SUMIFS: "SOMMEN.ALS",
  SUMPRODUCT: "SOMPRODUCT",
  VLOOKUP: "VERT.ZOEKEN",
  HLOOKUP: "HORIZ.ZOEKEN",
  MATCH: "VERGELIJKEN",
  AND: "EN",
  OR: "OF",
  NOT: "NIET",
  ISBLANK: "ISLEEG",
  ISNUMBER: "ISGETAL",
  TODAY: "VANDAAG",
  YEAR: "JAAR",
  DATE: "DATUM",
  TEXT: "TEKST",
  OFFSET: "VERSCHUIVING",
};

/** A function's name as Dutch Excel shows it ("SUM" → "SOM"); the invariant name when the list has none. */
export function dutchFunctionName(name: string): string {
  return DUTCH_NAMES[name] ?? name;
}

export interface RenderOptions {
  /** Dutch Excel as the user types it: Dutch function names, ";" and a decimal comma. */
  dutch?: boolean;
  /** Move the relative parts of references by this many rows and columns (a copy of the formula). */
  shift?: { rows: number; cols: number };
}

function cornerText(c: Corner, shift: { rows: number; cols: number } | undefined): string {
  let text = "";
  if (c.col !== undefined) {
    const col = c.colAbs || !shift ? c.col : c.col + shift.cols;
    text += `${c.colAbs ? "$" : ""}${col >= 1 ? columnLetters(col) : "#REF!"}`;
  }
  if (c.row !== undefined) {
    const row = c.rowAbs || !shift ? c.row : c.row + shift.rows;
    text += `${c.rowAbs ? "$" : ""}${row >= 1 ? row : "#REF!"}`;
  }
  return text;
}

function sheetPrefix(text: string): string {
  const { sheet, address } = splitSheet(text);
  return sheet === undefined ? "" : text.slice(0, text.length - address.length);
}

function areaText(text: string, area: AreaRef, shift: { rows: number; cols: number } | undefined): string {
  return sheetPrefix(text) + area.corners.map((c) => cornerText(c, shift)).join(":");
}

/** The formula as text: "=" and the tokens, in the invariant form unless `dutch`. */
export function renderTokens(tokens: readonly Token[], options: RenderOptions = {}): string {
  const { dutch, shift } = options;
  let out = "=";
  let arrays = 0;
  for (const t of tokens) {
    switch (t.type) {
      case "operand":
        if (t.subtype === "text") out += `"${t.value.replace(/"/g, '""')}"`;
        else if (t.subtype === "number") out += dutch ? t.value.replace(".", ",") : t.value;
        else if (t.subtype === "logical")
          out += dutch ? (t.value.toUpperCase() === "TRUE" ? "WAAR" : "ONWAAR") : t.value;
        else if (t.subtype === "range" && shift) {
          const ref = parseReference(t.value);
          out += ref.kind === "area" ? areaText(t.value, ref, shift) : t.value;
        } else out += t.value;
        break;
      case "function":
        if (t.value === "ARRAY") {
          out += t.subtype === "start" ? "{" : "}";
          arrays += t.subtype === "start" ? 1 : -1;
        } else if (t.value === "ARRAYROW") out += "";
        else if (t.subtype === "start") {
          const name = functionName(t.value);
          out += `${dutch ? (DUTCH_NAMES[name] ?? name) : t.value}(`;
        } else out += ")";
        break;
      case "subexpression":
        out += t.subtype === "start" ? "(" : ")";
        break;
      case "argument":
        // inside an array constant the separators stay as written (rows ";", columns ",")
        out += dutch && arrays === 0 ? ";" : t.value;
        break;
      default:
        out += t.value;
    }
  }
  return out;
}

/** The formula as the user types it in Dutch Excel: "=SOM(C5:C13)", "=ALS(B5>0;B5*0,2;0)". */
export function dutchFormula(tokens: readonly Token[]): string {
  return renderTokens(tokens, { dutch: true });
}

/** The longest formula a message quotes. */
const SHOWN = 60;

/** A formula for a message: as the user types it in Dutch Excel, at most 60 characters. */
export function shownFormula(tokens: readonly Token[], options: Omit<RenderOptions, "dutch"> = {}): string {
  const text = renderTokens(tokens, { ...options, dutch: true });
  return text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text;
}
