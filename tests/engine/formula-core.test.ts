/**
 * The formula reader of the core: tokens (excel-formula-tokenizer, shared by shape), references,
 * the tree, Dutch display, R1C1 shapes, sums, and the cycle finder on long chains.
 */
import fc from "fast-check";
import { SheetGrid } from "../../src/core/detect/grid";
import { FormulaBook } from "../../src/core/formula/book";
import { findCycles } from "../../src/core/formula/cycles";
import { parseTokens } from "../../src/core/formula/parse";
import { parseReference } from "../../src/core/formula/reference";
import { dutchFormula, renderTokens } from "../../src/core/formula/render";
import { sumOf } from "../../src/core/formula/sums";
import { TokenCache, tokenizeFormula } from "../../src/core/formula/tokens";
import { dutchFormulaText } from "../../src/core/formula-text";
import type { Cell, Sheet, WorkbookModel } from "../../src/core/workbook";

const n = (row: number, col: number, formula?: string, value = 0): Cell => ({
  row,
  col,
  value: { kind: "number", value },
  ...(formula !== undefined ? { formula } : {}),
});

describe("tokens", () => {
  test("a structured reference with a comma is one operand", () => {
    const tokens = tokenizeFormula("SUM(Tabel1[[#Totals],[Bedrag]])+Tabel1[[#This Row],[Bedrag]]");
    expect(tokens.filter((t) => t.type === "operand").map((t) => t.value)).toEqual([
      "Tabel1[[#Totals],[Bedrag]]",
      "Tabel1[[#This Row],[Bedrag]]",
    ]);
  });

  test("the cache by shape gives exactly the tokenizer's tokens, for any formula", () => {
    const ref = fc
      .tuple(
        fc.constantFrom("", "$"),
        fc.constantFrom("B", "C", "AA"),
        fc.constantFrom("", "$"),
        fc.integer({ min: 1, max: 99999 }),
      )
      .map(([a, c, b, r]) => `${a}${c}${b}${r}`);
    const operand = fc.oneof(
      ref,
      fc.tuple(ref, ref).map(([a, b]) => `${a}:${b}`),
      fc.tuple(fc.constantFrom("Blad1", "'Bijlage 2'", "[1]Begroting"), ref).map(([s, r]) => `${s}!${r}`),
      fc.integer({ min: 0, max: 100000 }).map(String),
      fc.constantFrom("0.2", "20%", '"Q1 2024"', "TRUE", "#DIV/0!", "1E+5", "Toekenning", "Tabel1[Bedrag]"),
    );
    const formula = fc
      .tuple(
        fc.array(fc.tuple(operand, fc.constantFrom("+", "-", "*", "/", ",")), { minLength: 1, maxLength: 5 }),
        fc.constantFrom("", "SUM(", "ROUND(", "LOG10("),
      )
      .map(([parts, fn]) => {
        const body = parts
          .map(([o, op], i) => (i === parts.length - 1 ? o : `${o}${op === "," && !fn ? "+" : op}`))
          .join("");
        return fn ? `${fn}${body})` : body;
      });
    fc.assert(
      fc.property(fc.array(formula, { minLength: 1, maxLength: 8 }), (formulas) => {
        const cache = new TokenCache();
        // twice: the second round comes from the cache
        for (const f of [...formulas, ...formulas]) expect(cache.get(f)).toEqual(tokenizeFormula(f));
      }),
      { numRuns: 300 },
    );
  });

  test("formulas differing only in row numbers share one tokenization", () => {
    const cache = new TokenCache();
    expect(cache.get("B4-C4")).toEqual(tokenizeFormula("B4-C4"));
    expect(cache.get("B100003-C100003")).toEqual(tokenizeFormula("B100003-C100003"));
    expect(cache.get("SUM($C$5:C5)")).toEqual(tokenizeFormula("SUM($C$5:C5)"));
    expect(cache.get("SUM($C$5:C99)")).toEqual(tokenizeFormula("SUM($C$5:C99)"));
    // and they are shared: one template per shape, another for another shape
    expect(cache.shape("B100003-C100003").template).toBe(cache.shape("B4-C4").template);
    expect(cache.shape("SUM($C$5:C99)").template).toBe(cache.shape("SUM($C$5:C5)").template);
    expect(cache.shape("B4+C4").template).not.toBe(cache.shape("B4-C4").template);
  });
});

describe("references", () => {
  test.each([
    ["C5", { kind: "area", shape: "cell", top: 5, left: 3, bottom: 5, right: 3 }],
    ["$C$5:C13", { kind: "area", shape: "range", top: 5, left: 3, bottom: 13, right: 3 }],
    ["C13:C5", { kind: "area", shape: "range", top: 5, bottom: 13 }],
    ["C:D", { kind: "area", shape: "cols", top: 1, left: 3, bottom: 1048576, right: 4 }],
    ["$5:$7", { kind: "area", shape: "rows", top: 5, left: 1, bottom: 7, right: 16384 }],
    ["'Bijlage 2'!B5", { kind: "area", sheet: "Bijlage 2", top: 5, left: 2 }],
    ["'Jan''s blad'!B5", { kind: "area", sheet: "Jan's blad" }],
    ["Blad1!$B$2", { kind: "area", sheet: "Blad1", top: 2, left: 2 }],
    ["[1]Begroting!B2", { kind: "external" }],
    ["'C:\\map\\[begroting.xlsx]Blad1'!B5", { kind: "external" }],
    ["Tabel1[Bedrag]", { kind: "structured" }],
    ["[@Bedrag]", { kind: "structured" }],
    ["Toekenning", { kind: "name", name: "Toekenning" }],
    ["Blad1:Blad3!A1", { kind: "unresolved" }],
    ["Blad1!#REF!", { kind: "unresolved" }],
  ])("%s", (text, expected) => {
    expect(parseReference(text)).toMatchObject(expected);
  });

  test("$ signs are kept per corner as written", () => {
    const ref = parseReference("C$13:$C5");
    expect(ref.kind === "area" && ref.corners).toEqual([
      { row: 13, col: 3, rowAbs: true, colAbs: false },
      { row: 5, col: 3, rowAbs: false, colAbs: true },
    ]);
  });
});

describe("display and shapes", () => {
  test("Dutch Excel as the user types it", () => {
    expect(dutchFormula(tokenizeFormula("SUM(C5:C13)"))).toBe("=SOM(C5:C13)");
    expect(dutchFormula(tokenizeFormula("IF(B5>0,ROUND(B5*0.2,2),0)"))).toBe("=ALS(B5>0;AFRONDEN(B5*0,2;2);0)");
    expect(dutchFormula(tokenizeFormula('SUBTOTAL(109,C5:C13)&" euro"'))).toBe('=SUBTOTAAL(109;C5:C13)&" euro"');
    expect(dutchFormula(tokenizeFormula("IZA.VERDEEL($C$3,B5:B18)"))).toBe("=IZA.VERDEEL($C$3;B5:B18)");
    // the pane's display of the formulas it writes is the same formatter
    expect(dutchFormulaText("=IZA.CHECKREALLOC(C5:C13,D5:D13,0.2)")).toBe("=IZA.CHECKREALLOC(C5:C13;D5:D13;0,2)");
  });

  test("a formula copied down: relative parts move, absolute parts stay", () => {
    const tokens = tokenizeFormula("C5/C$14+$B5-SUM($D$5:D5)");
    expect(renderTokens(tokens, { shift: { rows: 3, cols: 0 } })).toBe("=C8/C$14+$B8-SUM($D$5:D8)");
  });

  test("R1C1 shapes: the same formula on every line, another one differs", () => {
    const { book: b } = book([{ name: "Blad1", cells: [] }]);
    const shape = (f: string, row: number) => b.shapeKey(b.info(n(row, 4, f))!, row);
    expect(shape("B5-C5", 5)).toBe(shape("B6-C6", 6));
    expect(shape("SUM($C$5:C5)", 5)).toBe(shape("SUM($C$5:C9)", 9));
    expect(shape("C5/C$14", 5)).toBe(shape("C6/C$14", 6));
    expect(shape("B5-C5", 5)).not.toBe(shape("B6-C5", 6));
    expect(shape("B5-C5", 5)).not.toBe(shape("C5-B5", 5));
    expect(shape("C5/C$14", 5)).not.toBe(shape("C6/C14", 6));
    expect(shape("C5/C$14", 5)).not.toBe(shape("C6/C$15", 6));
    // spaces Excel keeps in a formula do not make it another one
    expect(shape("B5 - C5", 5)).toBe(shape("B6-C6", 6));
    expect(shape("'Blad 2'!B5*2", 5)).toBe(shape("'Blad 2'!B6*2", 6));
    expect(shape("Blad2!B5*2", 5)).not.toBe(shape("Blad3!B6*2", 6));
  });
});

function book(sheets: Sheet[], names?: WorkbookModel["names"]) {
  const grids = sheets.map((s, i) => new SheetGrid(s, i));
  return { grids, book: new FormulaBook(grids, names) };
}

describe("sums", () => {
  const sumCase = (formula: string, names?: WorkbookModel["names"]) => {
    const cell = n(14, 3, formula);
    const { grids, book: b } = book(
      [
        { name: "Begroting", cells: [cell] },
        { name: "Instellingen", cells: [] },
      ],
      names,
    );
    const sum = sumOf(b, b.info(cell)!, grids[0]);
    return (
      sum && {
        fn: sum.fn,
        code: sum.code,
        areas: sum.terms.map((t) => [
          t.target.grid.name,
          t.target.area.top,
          t.target.area.bottom,
          t.skipsSubtotals,
          t.skipsHidden,
        ]),
      }
    );
  };
  test.each([
    ["SUM(C5:C13)", { fn: "SUM", areas: [["Begroting", 5, 13, false, false]] }],
    ["SOM(C5:C13)", { fn: "SUM", areas: [["Begroting", 5, 13, false, false]] }],
    ["SUBTOTAL(9,C5:C13)", { fn: "SUBTOTAL", code: 9, areas: [["Begroting", 5, 13, true, false]] }],
    ["SUBTOTAAL(109,C5:C13)", { fn: "SUBTOTAL", code: 109, areas: [["Begroting", 5, 13, true, true]] }],
    [
      "C5+C6+SUM(C8:C9)",
      {
        fn: "plus",
        areas: [
          ["Begroting", 5, 5, false, false],
          ["Begroting", 6, 6, false, false],
          ["Begroting", 8, 9, false, false],
        ],
      },
    ],
    [
      "ROUND(SUM((C5,C7)),2)",
      {
        fn: "SUM",
        areas: [
          ["Begroting", 5, 5, false, false],
          ["Begroting", 7, 7, false, false],
        ],
      },
    ],
    ["SUM(Lijnen)", { fn: "SUM", areas: [["Begroting", 5, 13, false, false]] }],
  ])("%s", (formula, expected) => {
    expect(sumCase(formula, [{ name: "Lijnen", ref: "Begroting!$C$5:$C$13" }])).toMatchObject(expected);
  });
  test.each([
    "C5-C6",
    "SUM(C5:C13)*2",
    "SUBTOTAL(1,C5:C13)",
    "SUM(Tabel1[Bedrag])",
    "SUM([1]Blad!C5)",
    "SUM(Onbekend)",
    "IF(C5>0,C5,0)",
  ])("no plain sum: %s", (formula) => {
    expect(sumCase(formula)).toBeNull();
  });
});

describe("cycles", () => {
  test("a chain of 100.000 formulas: no recursion that deep, no cycle; closed, one cycle of all of them", () => {
    const size = 100_000;
    const cells = (closed: boolean) =>
      Array.from({ length: size }, (_, i) => n(i + 1, 1, i === 0 ? (closed ? `A${size}+1` : "1") : `A${i}+1`));
    expect(findCycles(book([{ name: "Blad1", cells: cells(false) }]).book).length).toBe(0);
    const cycles = findCycles(book([{ name: "Blad1", cells: cells(true) }]).book);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(size);
  });

  test("running totals over formula cells add a few edges per formula, not one per cell", () => {
    const size = 20_000;
    const cells: Cell[] = [];
    for (let r = 1; r <= size; r++) cells.push(n(r, 1, `C${r}*2`), n(r, 2, `SUM($A$1:A${r})`));
    const stats = { edges: 0, nodes: 0 };
    expect(findCycles(book([{ name: "Blad1", cells }]).book, stats).length).toBe(0);
    // a range over r formula cells is covered by at most 2·log2(r) tree nodes
    expect(stats.edges).toBeLessThan(size * 2 * 2 * Math.log2(size));
  });

  test("the cells on cycles are those a plain graph with one edge per referred cell finds, for any small sheet", () => {
    // formulas in columns A–C of rows 1–9 referring to cells, ranges (any size, so trees of odd
    // sizes), whole columns and whole rows; the plain graph is checked by reachability
    const col = fc.integer({ min: 1, max: 3 });
    const row = fc.integer({ min: 1, max: 9 });
    const letter = (c: number) => "ABC"[c - 1];
    const ref = fc.oneof(
      fc.tuple(col, row).map(([c, r]) => ({ text: `${letter(c)}${r}`, top: r, bottom: r, left: c, right: c })),
      fc.tuple(col, row, col, row).map(([c1, r1, c2, r2]) => ({
        text: `${letter(c1)}${r1}:${letter(c2)}${r2}`,
        top: Math.min(r1, r2),
        bottom: Math.max(r1, r2),
        left: Math.min(c1, c2),
        right: Math.max(c1, c2),
      })),
      col.map((c) => ({ text: `${letter(c)}:${letter(c)}`, top: 1, bottom: 1e9, left: c, right: c })),
      row.map((r) => ({ text: `${r}:${r}`, top: r, bottom: r, left: 1, right: 1e9 })),
    );
    const formula = fc.array(ref, { minLength: 1, maxLength: 3 });
    const sheet = fc.array(fc.tuple(col, row, fc.option(formula, { freq: 3 })), { maxLength: 20 });
    fc.assert(
      fc.property(sheet, (specs) => {
        const byKey = new Map<string, { row: number; col: number; refs: (typeof specs)[0][2] }>();
        for (const [c, r, refs] of specs) byKey.set(`${r},${c}`, { row: r, col: c, refs });
        const list = [...byKey.values()];
        const cells = list.map((x) =>
          n(x.row, x.col, x.refs ? `SUM(${x.refs.map((f) => f.text).join(",")})` : undefined),
        );
        const formulas = list.filter((x) => x.refs);
        const points = (x: (typeof list)[0], y: (typeof list)[0]) =>
          x.refs!.some((f) => f.top <= y.row && y.row <= f.bottom && f.left <= y.col && y.col <= f.right);
        // x is on a cycle when x reaches itself along formula cells
        const onCycle = formulas.filter((x) => {
          const seen = new Set<(typeof list)[0]>();
          const todo = formulas.filter((y) => points(x, y));
          while (todo.length > 0) {
            const y = todo.pop()!;
            if (y === x) return true;
            if (seen.has(y)) continue;
            seen.add(y);
            todo.push(...formulas.filter((z) => points(y, z)));
          }
          return false;
        });
        const found = findCycles(book([{ name: "Blad1", cells }]).book).flatMap((c) =>
          c.map((x) => `${x.cell.row},${x.cell.col}`),
        );
        expect(found.sort()).toEqual(onCycle.map((x) => `${x.row},${x.col}`).sort());
      }),
      { numRuns: 300 },
    );
  });

  test("a cycle through another sheet and a name; a range that holds its own cell", () => {
    const total = n(11, 2, "SUM(B2:B10)");
    const line = n(5, 2, "'Blad 2'!A1");
    const other = n(1, 1, "Totaal");
    const self = n(20, 3, "SUM(C1:C20)");
    const { book: b } = book(
      [
        { name: "Begroting", cells: [total, line, self] },
        { name: "Blad 2", cells: [other] },
      ],
      [{ name: "Totaal", ref: "Begroting!$B$11" }],
    );
    const cycles = findCycles(b).map((c) => c.map((x) => `${x.grid.name}!${x.cell.row},${x.cell.col}`).sort());
    expect(cycles.sort()).toEqual([["Begroting!11,2", "Begroting!5,2", "Blad 2!1,1"], ["Begroting!20,3"]].sort());
  });
});

test("a formula the tokens make no expression of has no tree, and its references are still known", () => {
  const tokens = tokenizeFormula("SUM(B5:B7");
  expect(parseTokens(tokens)).toBeNull();
  const cell = n(1, 1, "SUM(B5:B7");
  const { book: b } = book([{ name: "Blad1", cells: [cell] }]);
  expect(b.info(cell)!.refs.map((r) => r.text)).toEqual(["B5:B7"]);
});
