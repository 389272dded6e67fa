import fc from "fast-check";
import { checkRealloc, fte, verdeel } from "../../src/functions/functions";
import { MAX_CELLS } from "../../src/functions/excelValues";
import { isExcelError } from "./helpers";

/*
 * Hostile input into every function and argument: whatever Excel (or a confused user) passes,
 * a function returns values of the right shape or a CustomFunctions.Error — never throws, never
 * NaN or Infinity.
 */

const extremeNumbers = fc.constantFrom(
  1e308,
  -1e308,
  5e-324,
  -5e-324,
  -0,
  0,
  Number.MAX_SAFE_INTEGER,
  0.1 + 0.2,
  1e15,
  123456789.123,
);
const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), extremeNumbers);
const dutchText = fc.constantFrom(
  "",
  " ",
  "   ",
  "#N/A",
  "€ 1.234,56",
  "4.747.850",
  "500.000,-",
  "20%",
  "abc",
  "0",
  "-",
  "1e5",
  "WAAR",
);
const scalar = fc.oneof(
  number,
  number,
  dutchText,
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const ragged = fc.array(fc.array(scalar, { maxLength: 6 }), { maxLength: 6 });
const rectangular = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(scalar, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
  );
const vector = fc.oneof(
  fc.array(scalar, { minLength: 1, maxLength: 20 }).map((cells) => cells.map((c) => [c])),
  fc.array(scalar, { minLength: 1, maxLength: 20 }).map((cells) => [cells]),
);
const anyRange = fc.oneof(ragged, rectangular, vector, scalar);
const optional = fc.oneof(scalar, fc.constant(null), rectangular);

function expectSane(value: unknown): void {
  if (isExcelError(value)) return;
  if (typeof value === "number") {
    expect(Number.isFinite(value)).toBe(true);
    expect(Object.is(value, -0)).toBe(false);
    return;
  }
  expect(["string", "number"]).toContain(typeof value);
}

function shapeOf(value: unknown): number[] | "scalar" {
  return Array.isArray(value) ? value.map((row) => (Array.isArray(row) ? row.length : -1)) : "scalar";
}

const runs = { numRuns: 3000 };

describe("functions under fuzzing", () => {
  it("IZA.FTE keeps the shape of uren or answers with one Excel error", () => {
    fc.assert(
      fc.property(anyRange, optional, optional, (uren, werkuren, factor) => {
        const result = fte(uren as never, werkuren as never, factor as never);
        if (isExcelError(result)) return;
        if (!Array.isArray(uren)) {
          expectSane(result);
          return;
        }
        const input = (uren as unknown[]).map((row) => (Array.isArray(row) ? row : [row]));
        expect(shapeOf(result)).toEqual(shapeOf(input));
        (result as unknown[][]).flat().forEach(expectSane);
      }),
      runs,
    );
  });

  it("IZA.VERDEEL gives the shape of the key, adding up exactly, or one Excel error", () => {
    fc.assert(
      fc.property(fc.oneof(number, scalar), anyRange, optional, (bedrag, sleutel, decimalen) => {
        const result = verdeel(bedrag as never, sleutel as never, decimalen as never);
        if (isExcelError(result)) return;
        expect(Array.isArray(result)).toBe(true);
        const cells = (result as unknown[][]).flat();
        cells.forEach(expectSane);
        cells.forEach((c) => expect(typeof c).toBe("number"));
      }),
      runs,
    );
  });

  it("IZA.CHECKREALLOC gives n+1 statuses or one Excel error", () => {
    fc.assert(
      fc.property(anyRange, anyRange, optional, optional, (vastgesteld, gewijzigd, max, plafond) => {
        const result = checkRealloc(vastgesteld as never, gewijzigd as never, max as never, plafond as never);
        if (isExcelError(result)) return;
        const cells = (result as unknown[][]).flat();
        const n = Array.isArray(vastgesteld) ? (vastgesteld as unknown[][]).flat().length : 1;
        expect(cells).toHaveLength(n + 1);
        for (const cell of cells) {
          if (isExcelError(cell)) continue;
          expect(String(cell)).toMatch(/^(|OK|PHO|FOUT)(:|$)/);
        }
      }),
      runs,
    );
  });

  it("a key of equal weights with matching vastgesteld/gewijzigd never errs", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 50 }), (amounts) => {
        const range = amounts.map((a) => [a]);
        const statuses = (checkRealloc(range, range) as unknown[][]).flat();
        statuses.slice(0, -1).forEach((s) => expect(s).toBe("OK"));
      }),
      { numRuns: 200 },
    );
  });
});

describe("very large ranges", () => {
  const million = 1_000_000;

  it("IZA.FTE computes a column of 1.000.000 hours", () => {
    const range = Array.from({ length: million }, (_, i) => [i]);
    const result = fte(range) as number[][];
    expect(result).toHaveLength(million);
    expect(result[million - 1][0]).toBe((million - 1) / 2000);
  });

  it("IZA.VERDEEL divides over 1.000.000 weights exactly", () => {
    const range = Array.from({ length: million }, (_, i) => [1 + (i % 7)]);
    const result = (verdeel(4747850, range) as number[][]).map((r) => Math.round(r[0] * 100));
    expect(result.reduce((a, b) => a + b, 0)).toBe(474785000);
  });

  it("answers #VALUE! about the limit beyond one full column (a visible message)", () => {
    const range = Array.from({ length: MAX_CELLS + 1 }, () => [1]);
    const result = fte(range);
    expect(isExcelError(result)).toBe(true);
    expect((result as unknown as { code: string; message: string }).code).toBe("#VALUE!");
    expect((result as unknown as { message: string }).message).toMatch(/meer dan 1\.048\.576 cellen/);
  });

  it("IZA.CHECKREALLOC refuses more than 100.000 onderdelen with #VALUE!", () => {
    const range = Array.from({ length: 100_001 }, () => [1]);
    const result = checkRealloc(range, range);
    expect(isExcelError(result)).toBe(true);
    expect((result as unknown as { code: string }).code).toBe("#VALUE!");
    expect((result as unknown as { message: string }).message).toMatch(/100\.000/);
  });
});
