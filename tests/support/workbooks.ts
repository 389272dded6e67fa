/**
 * The one set of workbook builders of the tests: a workbook described compactly (rows of values
 * placed at a corner cell, formulas with their cached results — computed here when not given, as
 * Excel would have stored them —, number formats, merged cells, hidden sheets) and made into
 * whatever a door reads:
 *
 * - `modelFromSpecs`: the engine's WorkbookModel directly (pane and policy tests);
 * - `buildWorkbook` + `toBytes` (./xlsx, with ExcelJS, which does not load under jsdom): an .xlsx
 *   file for the reader, the file door and the command line; `modelOf` reads it back through
 *   readXlsx, the road a user's file takes;
 * - `mockSheets`: the sheets of the office-addin-mock Excel (tests/excel/excel-mock.ts);
 * - `stateSheet`: the pane's settings sheet IZA_instellingen holding a stored state.
 */
import { a1, columnLetters, parseA1 } from "../../src/core/a1";
import { GEMEENTEN_NML } from "../../src/core/gemeenten";
import { defaultState, STATE_SHEET, StoredState, stateToRows } from "../../src/core/stored-state";
import type { Cell, CellValue, Sheet, WorkbookModel } from "../../src/core/workbook";
import { BEGROTING_2024 as SAMPLE_BEGROTING } from "../../src/samples/begroting-2024";
import type { MockCell, MockName, MockSheet } from "../excel/excel-mock";

export type CellSpec =
  | number
  | string
  | boolean
  | null
  | undefined
  | { f: string; v?: number | string | { error: string }; fmt?: string }
  | { error: string }
  | { v: number | string; fmt: string };

export interface SheetSpec {
  name: string;
  /** Top-left cell of `rows`; default A1. */
  at?: string;
  rows?: CellSpec[][];
  /** More cells by address. */
  cells?: Record<string, CellSpec>;
  merges?: string[];
  state?: "visible" | "hidden" | "veryHidden";
  /** Hidden rows and columns, 1-based. */
  hiddenRows?: number[];
  hiddenCols?: number[];
}

export type Plain = number | string | boolean | { error: string } | undefined;

export function isFormula(
  spec: CellSpec,
): spec is { f: string; v?: number | string | { error: string }; fmt?: string } {
  return typeof spec === "object" && spec !== null && "f" in spec;
}

/** All cells of a sheet spec by address. */
export function flatten(sheet: SheetSpec): Map<string, CellSpec> {
  const cells = new Map<string, CellSpec>();
  const origin = parseA1(sheet.at ?? "A1");
  (sheet.rows ?? []).forEach((row, r) =>
    row.forEach((spec, c) => {
      if (spec !== null && spec !== undefined) cells.set(a1(origin.row + r, origin.col + c), spec);
    }),
  );
  for (const [address, spec] of Object.entries(sheet.cells ?? {})) cells.set(address.replace(/\$/g, ""), spec);
  return cells;
}

/**
 * Evaluates the formulas tests use, as Excel would have cached them: SUM/SOM and SUBTOTAL(9|109)
 * over cells and ranges (SUBTOTAL skips cells with a SUBTOTAL formula, and with 109 hidden rows),
 * references on the sheet, + - * / and %, ROUND, IF, MIN, MAX. Anything else needs its `v`.
 */
export function evaluator(cells: Map<string, CellSpec>, hiddenRows: readonly number[] = []) {
  const memo = new Map<string, Plain>();
  const valueOf = (address: string): Plain => {
    if (memo.has(address)) return memo.get(address);
    const spec = cells.get(address);
    let value: Plain;
    if (spec === null || spec === undefined) value = undefined;
    else if (isFormula(spec)) value = spec.v !== undefined ? spec.v : evaluate(spec.f);
    else if (typeof spec === "object" && "error" in spec) value = spec;
    else if (typeof spec === "object") value = spec.v;
    else value = spec;
    memo.set(address, value);
    return value;
  };
  const num = (address: string): number => {
    const v = valueOf(address);
    return typeof v === "number" ? v : 0;
  };
  const hidden = new Set(hiddenRows);
  const isSubtotal = (address: string) => {
    const spec = cells.get(address);
    return !!spec && isFormula(spec) && /SUBTOTA/i.test(spec.f);
  };
  /** The sum of "B2:B4,B6" (cells and ranges), as SUM or SUBTOTAL counts it. */
  const sumOf = (args: string, subtotal?: number): number => {
    let sum = 0;
    for (const arg of args.split(",")) {
      const [from, to = from] = arg.trim().split(":").map(parseA1);
      for (let r = from.row; r <= to.row; r++)
        for (let c = from.col; c <= to.col; c++) {
          const address = a1(r, c);
          if (subtotal !== undefined && (isSubtotal(address) || (subtotal > 100 && hidden.has(r)))) continue;
          sum += num(address);
        }
    }
    return sum;
  };
  const evaluate = (formula: string): Plain => {
    let expr = formula.replace(/^=/, "").replace(/\$/g, "");
    expr = expr.replace(
      /(?:SUM|SOM)\(([A-Z]+\d+(?::[A-Z]+\d+)?(?:,[A-Z]+\d+(?::[A-Z]+\d+)?)*)\)/gi,
      (_m, args: string) => `(${sumOf(args)})`,
    );
    expr = expr.replace(
      /(?:SUBTOTAL|SUBTOTAAL)\((9|109),([A-Z]+\d+(?::[A-Z]+\d+)?(?:,[A-Z]+\d+(?::[A-Z]+\d+)?)*)\)/gi,
      (_m, code: string, args: string) => `(${sumOf(args, Number(code))})`,
    );
    expr = expr.replace(/ROUND\(/gi, "round(").replace(/(\d)%/g, "$1/100");
    expr = expr.replace(/\b([A-Z]{1,3})(\d+)\b/g, (_m, c: string, r: string) => `(${num(`${c}${r}`)})`);
    const round = (x: number, d: number) => Math.sign(x) * (Math.round(Math.abs(x) * 10 ** d) / 10 ** d);
    const result = new Function("round", "IF", "MIN", "MAX", `return (${expr});`)(
      round,
      (test: unknown, yes: unknown, no: unknown) => (test ? yes : no),
      Math.min,
      Math.max,
    ) as number;
    return Number.isFinite(result) ? result : { error: "#DIV/0!" };
  };
  return valueOf;
}

/** The value a cell shows: for a formula its cached (or computed) result. */
function shown(value: Plain): CellValue {
  if (value === undefined) return { kind: "blank" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "object") return { kind: "error", value: value.error };
  return { kind: "text", value };
}

/** The workbook model of the specs, as a reader would make it (merges are the reader's business: left out). */
export function modelFromSpecs(sheets: SheetSpec[], name = "Werkmap.xlsx"): WorkbookModel {
  return {
    name,
    sheets: sheets.map((spec): Sheet => {
      const cells = flatten(spec);
      const valueOf = evaluator(cells, spec.hiddenRows);
      const out: Cell[] = [];
      for (const [address, cellSpec] of cells) {
        const { row, col } = parseA1(address);
        const cell: Cell = { row, col, value: shown(valueOf(address)) };
        if (isFormula(cellSpec)) cell.formula = cellSpec.f.replace(/^=/, "");
        const fmt = typeof cellSpec === "object" && cellSpec !== null && "fmt" in cellSpec ? cellSpec.fmt : undefined;
        if (fmt) cell.numFmt = fmt;
        if (cell.value.kind === "text" && cell.value.value === "" && !cell.formula) continue;
        out.push(cell);
      }
      const sheet: Sheet = { name: spec.name, visibility: spec.state ?? "visible", cells: out };
      if (spec.hiddenRows?.length) sheet.hiddenRows = [...spec.hiddenRows].sort((x, y) => x - y);
      if (spec.hiddenCols?.length) sheet.hiddenCols = [...spec.hiddenCols].sort((x, y) => x - y);
      return sheet;
    }),
  };
}

const MOCK_VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/** The sheets of the mock Excel (tests/excel/excel-mock.ts) holding the cells of a model, as Excel would. */
export function mockSheetsFromModel(model: WorkbookModel): MockSheet[] {
  return model.sheets.map((sheet) => {
    const cells = new Map<string, MockCell>();
    for (const cell of sheet.cells) {
      const v = cell.value;
      const mock: MockCell = { value: v.kind === "blank" ? "" : v.value };
      if (v.kind === "error") mock.type = "Error";
      if (cell.formula !== undefined) mock.formula = `=${cell.formula}`;
      if (cell.numFmt) mock.numberFormat = cell.numFmt;
      cells.set(a1(cell.row, cell.col), mock);
    }
    return {
      id: `id-${sheet.name}`,
      name: sheet.name,
      visibility: MOCK_VISIBILITY[sheet.visibility ?? "visible"],
      cells,
      formats: new Map(),
      conditionalFormats: [],
      hiddenRows: new Set(sheet.hiddenRows ?? []),
      hiddenCols: new Set(sheet.hiddenCols ?? []),
      names: (model.names ?? [])
        .filter((n) => n.sheet === sheet.name)
        .map((n) => ({ name: n.name, formula: `=${n.ref}` })),
    };
  });
}

/** The workbook-scoped defined names of a model as the mock Excel's workbook.names. */
export function mockNamesFromModel(model: WorkbookModel): MockName[] {
  return (model.names ?? []).filter((n) => n.sheet === undefined).map((n) => ({ name: n.name, formula: `=${n.ref}` }));
}

/** The sheets of the mock Excel holding the cells of the specs. */
export function mockSheets(sheets: SheetSpec[]): MockSheet[] {
  return mockSheetsFromModel(modelFromSpecs(sheets));
}

/** The state the pane stores: the default settings with some changed, and the tables pointed out. */
export function storedState(
  settings: Partial<StoredState["settings"]>,
  tables: StoredState["tables"] = [],
): StoredState {
  return { settings: { ...defaultState().settings, ...settings }, tables };
}

/**
 * A herverdeling: two onderdelen of € 500.000 that change by 12% (within the default 20%, above a
 * 10% limit) and one that stays; a Totaal row with SUM formulas.
 */
export function herverdelingSheet(name = "Herverdeling"): SheetSpec {
  return {
    name,
    rows: [
      ["Onderdeel", "Vastgesteld", "Gewijzigd"],
      ["Projectbureau", 500000, 560000],
      ["Netwerk", 500000, 440000],
      ["Ketens", 2000000, 2000000],
      ["Totaal", { f: "SUM(B2:B4)" }, { f: "SUM(C2:C4)" }],
    ],
  };
}

/** The pane's very hidden settings sheet holding `state`, as the Excel door writes it. */
export function stateSheet(state: StoredState): SheetSpec {
  return { name: STATE_SHEET, state: "veryHidden", rows: stateToRows(state) };
}

/** The begroting 2024 of IZA-DOMAIN.md (the samples' own list), as rows: label and amount. */
export const BEGROTING_2024: [string, number][] = SAMPLE_BEGROTING.map((line) => [line.onderdeel, line.bedrag]);

/**
 * A begroting table at `at` (default A1): header row, the nine lines (amounts replaceable), and a
 * Totaal row with =SUM. Returns the sheet spec; rows are header + 9 + total.
 */
export function begrotingSheet(
  options: { name?: string; at?: string; amounts?: CellSpec[]; total?: CellSpec; header?: [string, string] } = {},
): SheetSpec {
  const origin = parseA1(options.at ?? "A1");
  const amountCol = columnLetters(origin.col + 1);
  const first = origin.row + 1;
  const last = origin.row + BEGROTING_2024.length;
  const rows: CellSpec[][] = [options.header ?? ["Onderdeel", "Bedrag (€)"]];
  BEGROTING_2024.forEach(([label, amount], i) => rows.push([label, options.amounts ? options.amounts[i] : amount]));
  rows.push([
    "Totaal",
    options.total !== undefined ? options.total : { f: `SUM(${amountCol}${first}:${amountCol}${last})` },
  ]);
  return { name: options.name ?? "Begroting", at: options.at, rows };
}

/**
 * A SiSa-verrekening at A1: Gemeente | Overgemaakt | Verantwoord | <settlement header>, one line
 * per gemeente (default the 14, each € 40.000 transferred and € 38.000 accounted for), the
 * settlement a formula of the sign the header states (overgemaakt − verantwoord unless it says
 * "Na te betalen"), and a Totaal row with SUM formulas. Any cell of a line can be replaced.
 */
export function verantwoordingSheet(
  options: {
    name?: string;
    names?: readonly string[];
    headers?: [string, string, string, string?];
    transferred?: Record<number, CellSpec>;
    accounted?: Record<number, CellSpec>;
    settlement?: Record<number, CellSpec>;
    /** The settlement formula: "terug" B−C (default), "na" C−B, or none (no settlement column). */
    sign?: "terug" | "na" | "none";
    total?: boolean;
  } = {},
): SheetSpec {
  const names = options.names ?? GEMEENTEN_NML;
  const sign = options.sign ?? (/na te betalen/i.test(options.headers?.[3] ?? "") ? "na" : "terug");
  const headers = options.headers ?? [
    "Gemeente",
    "Overgemaakt 2024 (€)",
    "Verantwoord via SiSa (€)",
    "Terug te betalen (€)",
  ];
  const rows: CellSpec[][] = [sign === "none" ? headers.slice(0, 3) : headers];
  names.forEach((naam, i) => {
    const row = i + 2;
    // A line's cell as given (null: left blank), else the default.
    const given = (cells: Record<number, CellSpec> | undefined, fallback: CellSpec): CellSpec =>
      cells && i in cells ? cells[i] : fallback;
    const line: CellSpec[] = [naam, given(options.transferred, 40000), given(options.accounted, 38000)];
    if (sign !== "none")
      line.push(given(options.settlement, { f: sign === "terug" ? `B${row}-C${row}` : `C${row}-B${row}` }));
    rows.push(line);
  });
  const last = names.length + 1;
  if (options.total !== false) {
    const total: CellSpec[] = ["Totaal", { f: `SUM(B2:B${last})` }, { f: `SUM(C2:C${last})` }];
    if (sign !== "none") total.push({ f: `SUM(D2:D${last})` });
    rows.push(total);
  }
  return { name: options.name ?? "SiSa 2024", rows };
}

/**
 * The begroting 2024 as vastgesteld and as it stands now, at A1: Onderdeel | Vastgesteld 2024 |
 * Begroting na wijziging (the current amounts given, by line of BEGROTING_2024), and a Totaal row.
 */
export function begrotingNaWijzigingSheet(current: readonly number[], name = "Begroting"): SheetSpec {
  const rows: CellSpec[][] = [["Onderdeel", "Vastgesteld 2024 (€)", "Begroting na wijziging (€)"]];
  BEGROTING_2024.forEach(([label, amount], i) => rows.push([label, amount, current[i]]));
  const last = BEGROTING_2024.length + 1;
  rows.push(["Totaal", { f: `SUM(B2:B${last})` }, { f: `SUM(C2:C${last})` }]);
  return { name, rows };
}

/** The current begroting 2024 after moves of [from line, to line, amount] (lines of BEGROTING_2024, 0-based). */
export function begroting2024After(moves: readonly [number, number, number][]): number[] {
  const current = BEGROTING_2024.map(([, amount]) => amount);
  for (const [from, to, amount] of moves) {
    current[from] -= amount;
    current[to] += amount;
  }
  return current;
}

/** One line of a register: Datum, Van, Naar, Bedrag, Besluit. */
export type RegisterLine = [datum: CellSpec, van: CellSpec, naar: CellSpec, bedrag: CellSpec, besluit: CellSpec];

/** A register of herverdelingen at A1: Datum | Van | Naar | Bedrag (€) | Besluit (or the headers given). */
export function registerSheet(
  lines: readonly RegisterLine[],
  options: { name?: string; headers?: string[] } = {},
): SheetSpec {
  return {
    name: options.name ?? "Register",
    rows: [options.headers ?? ["Datum", "Van", "Naar", "Bedrag (€)", "Besluit"], ...lines.map((l) => [...l])],
  };
}
