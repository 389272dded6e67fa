/**
 * Test workbooks from a compact description: rows of values placed at a corner cell, formulas
 * with their cached results (computed here when not given, as Excel would have stored them),
 * number formats and merged cells. They go through ExcelJS to bytes and back through readXlsx,
 * the same road a user's file takes.
 */
import ExcelJS from "exceljs";
import { checkWorkbook, CheckResult } from "../../src/core/engine";
import { CheckSettings, Finding } from "../../src/core/findings";
import { a1, parseA1, WorkbookModel } from "../../src/core/workbook";
import { readXlsx } from "../../src/xlsx/read-xlsx";

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
}

type Plain = number | string | boolean | { error: string } | undefined;

function isFormula(spec: CellSpec): spec is { f: string; v?: number | string | { error: string }; fmt?: string } {
  return typeof spec === "object" && spec !== null && "f" in spec;
}

/** All cells of a sheet spec by address. */
function flatten(sheet: SheetSpec): Map<string, CellSpec> {
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

/** Evaluates the formulas tests use: SUM(range), references, + - * /, ROUND. */
function evaluator(cells: Map<string, CellSpec>) {
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
  const evaluate = (formula: string): Plain => {
    let expr = formula.replace(/^=/, "").replace(/\$/g, "");
    expr = expr.replace(
      /SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)/gi,
      (_m, c1: string, r1: string, c2: string, r2: string) => {
        const from = parseA1(`${c1}${r1}`);
        const to = parseA1(`${c2}${r2}`);
        let sum = 0;
        for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) sum += num(a1(r, c));
        return `(${sum})`;
      },
    );
    expr = expr.replace(/ROUND\(/gi, "round(");
    expr = expr.replace(/\b([A-Z]{1,3})(\d+)\b/g, (_m, c: string, r: string) => `(${num(`${c}${r}`)})`);
    const round = (x: number, d: number) => Math.sign(x) * (Math.round(Math.abs(x) * 10 ** d) / 10 ** d);
    const result = new Function("round", `return (${expr});`)(round) as number;
    return Number.isFinite(result) ? result : { error: "#DIV/0!" };
  };
  return valueOf;
}

export function buildWorkbook(sheets: SheetSpec[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { state: sheet.state ?? "visible" });
    const cells = flatten(sheet);
    const valueOf = evaluator(cells);
    for (const [address, spec] of cells) {
      const cell = ws.getCell(address);
      if (isFormula(spec)) {
        const result = valueOf(address);
        cell.value = { formula: spec.f.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
        if (spec.fmt) cell.numFmt = spec.fmt;
      } else if (typeof spec === "object" && spec !== null && "error" in spec) {
        cell.value = { error: spec.error } as ExcelJS.CellErrorValue;
      } else if (typeof spec === "object" && spec !== null) {
        cell.value = spec.v;
        cell.numFmt = spec.fmt;
      } else {
        cell.value = spec as number | string | boolean;
      }
    }
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
  }
  return workbook;
}

export async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export async function modelOf(sheets: SheetSpec | SheetSpec[], name = "test.xlsx"): Promise<WorkbookModel> {
  const bytes = await toBytes(buildWorkbook(Array.isArray(sheets) ? sheets : [sheets]));
  return readXlsx(bytes, name);
}

export async function check(sheets: SheetSpec | SheetSpec[], settings?: Partial<CheckSettings>): Promise<CheckResult> {
  return checkWorkbook(await modelOf(sheets), settings);
}

/** The findings of one rule. */
export function only(result: CheckResult, rule: string): Finding[] {
  return result.findings.filter((f) => f.rule === rule);
}

/** Compact "rule@sheet!cell" list, for exact expectations. */
export function brief(result: CheckResult): string[] {
  return result.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`);
}

/** The begroting 2024 of IZA-DOMAIN.md, as rows: label and amount. */
export const BEGROTING_2024: [string, number][] = [
  [
    "Uitvoeringskosten onderdeel 1 (Projectbureau, incl. communicatie, regionale bijeenkomsten en overige kosten en programmamanager GGD pijler 1)",
    500000,
  ],
  ["Uitvoeringskosten onderdeel 2 (Netwerksamenwerking)", 500000],
  ["Uitvoeringskosten onderdeel 3 (Ketenaanpakken)", 2000000],
  ["Uitvoeringskosten onderdeel 4 (Dekkend netwerk steunpunten)", 480000],
  ["Uitvoeringskosten onderdeel 5 (E-health, anonieme zorg etc.)", 17850],
  ["Uitvoeringskosten onderdeel 6 (Regioplan)", 200000],
  ["Uitvoeringskosten onderdeel 6 (Aanvullende plannen)", 500000],
  ["Monitoring en evaluatie", 100000],
  ["Vergoeding inzet individuele gemeenten (ambtelijke agendacommissie en werkgroepen)", 450000],
];

/**
 * A begroting table at `at` (default A1): header row, the nine lines (amounts replaceable), and a
 * Totaal row with =SUM. Returns the sheet spec; rows are header + 9 + total.
 */
export function begrotingSheet(
  options: { name?: string; at?: string; amounts?: CellSpec[]; total?: CellSpec; header?: [string, string] } = {},
): SheetSpec {
  const origin = parseA1(options.at ?? "A1");
  const amountCol = a1(1, origin.col + 1).replace(/\d+$/, "");
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
