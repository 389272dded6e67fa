import fc from "fast-check";
import { verdeel } from "../../src/functions/functions";
import { GEMEENTEN_NML } from "../../src/core/gemeenten";
import { ILLUSTRATIEVE_INWONERS } from "../../src/samples/illustrative";
import { column, expectError, isExcelError, row } from "./helpers";

/** Sum of shares in whole cents, so no float rounding hides a missing cent. */
const cents = (values: number[]): number => values.reduce((sum, v) => sum + Math.round(v * 100), 0);
const flat = (result: unknown): number[] => (result as number[][]).flat();

describe("IZA.VERDEEL", () => {
  it("divides 100 over three equal weights as 33,34; 33,33; 33,33", () => {
    expect(verdeel(100, column(1, 1, 1))).toEqual([[33.34], [33.33], [33.33]]);
  });

  it("divides 0,03 over three equal weights as 0,01 each", () => {
    expect(verdeel(0.03, column(1, 1, 1))).toEqual([[0.01], [0.01], [0.01]]);
  });

  it("divides the SPUK IZA grant over the 14 gemeenten by inhabitants to exactly € 4.747.850,00", () => {
    const key = column(...GEMEENTEN_NML.map((g) => ILLUSTRATIEVE_INWONERS[g]));
    const shares = flat(verdeel(4747850, key));
    expect(shares).toHaveLength(14);
    expect(cents(shares)).toBe(474785000);
    // Venlo, the largest, gets its proportional share within a cent.
    const venlo = shares[GEMEENTEN_NML.indexOf("Venlo")];
    expect(Math.abs(venlo - (4747850 * 101606) / 504908)).toBeLessThan(0.01);
  });

  it("keeps the orientation of the key: a row gives a row", () => {
    expect(verdeel(10, row(1, 1, 1))).toEqual([[3.34, 3.33, 3.33]]);
  });

  it("breaks ties by the larger weight, then the earlier position", () => {
    // 1 cent over weights 1 and 2 with equal remainders is not possible; use quotas with equal remainders:
    // 0,05 over (1;1;1;1;1;1) → five cents for six: the first five get one cent.
    expect(flat(verdeel(0.05, column(1, 1, 1, 1, 1, 1)))).toEqual([0.01, 0.01, 0.01, 0.01, 0.01, 0]);
    // 0,01 over (1;2;1;2) exact quotas 0,00167 0,00333 ...: the larger remainder (weight 2, first) wins.
    expect(flat(verdeel(0.01, column(1, 2, 1, 2)))).toEqual([0, 0.01, 0, 0]);
    // 0,02 over (1;4;1): all three remainders are equal (1/3 cent); the larger weight wins before position.
    expect(flat(verdeel(0.02, column(1, 4, 1)))).toEqual([0, 0.02, 0]);
  });

  it("divides a negative amount (a correction) mirrored", () => {
    expect(verdeel(-100, column(1, 1, 1))).toEqual([[-33.34], [-33.33], [-33.33]]);
  });

  it("rounds to the requested decimals: 0 gives whole euros", () => {
    expect(flat(verdeel(100, column(1, 1, 1), 0))).toEqual([34, 33, 33]);
    expect(flat(verdeel(1, column(1, 2), 6))).toEqual([0.333333, 0.666667]);
  });

  it("counts a blank weight as 0", () => {
    expect(verdeel(100, column(1, "", null, 1))).toEqual([[50], [0], [0], [50]]);
  });

  it("accepts percentages as a key", () => {
    expect(flat(verdeel(1000, row(0.125, 0.375, 0.5)))).toEqual([125, 375, 500]);
  });

  it("reads the amount as Excel shows it (15 digits): 0,1+0,2 is 0,30", () => {
    expect(flat(verdeel(0.1 + 0.2, column(1, 1)))).toEqual([0.15, 0.15]);
  });

  describe("bad input gets a clear Excel error", () => {
    it("negative weight → #VALUE!", () =>
      expectError(verdeel(100, column(1, -1)), "#VALUE!", /^gewicht 2 in de sleutel is negatief/));
    it("text weight → #VALUE! naming the cell", () =>
      expectError(verdeel(100, column(1, "veel")), "#VALUE!", /sleutel, cel 2: tekst in plaats van een gewicht/));
    it("boolean weight → #VALUE!", () => expectError(verdeel(100, column(1, true)), "#VALUE!"));
    it("all weights 0 → #DIV/0!", () => expectError(verdeel(100, column(0, "", 0)), "#DIV/0!"));
    it("a block of rows and columns → #VALUE!", () =>
      expectError(
        verdeel(100, [
          [1, 2],
          [3, 4],
        ]),
        "#VALUE!",
        /één rij of één kolom/,
      ));
    it("an amount with more decimals than asked → #VALUE! saying so", () =>
      expectError(verdeel(100.005, column(1, 1)), "#VALUE!", /^bedrag 100,005 heeft meer dan 2 decimalen/));
    it("decimalen outside 0..6 → #VALUE! with the allowed values", () => {
      expectError(
        verdeel(100, column(1, 1), 7),
        "#VALUE!",
        /^decimalen moet een geheel getal van 0 tot en met 6 zijn \(nu 7\)/,
      );
      expectError(verdeel(100, column(1, 1), -1), "#VALUE!", /^decimalen moet een geheel getal van 0 tot en met 6/);
      expectError(
        verdeel(100, column(1, 1), 1.5),
        "#VALUE!",
        /^decimalen moet een geheel getal van 0 tot en met 6 zijn \(nu 1,5\)/,
      );
    });
    it("an empty key → #VALUE!", () => expectError(verdeel(100, []), "#VALUE!"));
  });

  it("the naive way, ROUND of each share, loses a cent where VERDEEL does not", () => {
    // Excel: =ROUND(100*C1/SUM(C$1:C$3);2) for weights 1;1;1 gives 33,33 three times: 99,99.
    const weights = [1, 1, 1];
    const roundHalfAwayFromZero = (v: number) => (Math.sign(v) * Math.round(Math.abs(v) * 100)) / 100;
    const naive = weights.map((w) => roundHalfAwayFromZero((100 * w) / 3));
    expect(cents(naive)).toBe(9999);
    expect(cents(flat(verdeel(100, column(...weights))))).toBe(10000);
    // And over the 14 gemeenten the naive shares miss the grant as well.
    const inwoners = GEMEENTEN_NML.map((g) => ILLUSTRATIEVE_INWONERS[g]);
    const naive14 = inwoners.map((w) => roundHalfAwayFromZero((4747850 * w) / 504908));
    expect(cents(naive14)).not.toBe(474785000);
    expect(cents(flat(verdeel(4747850, column(...inwoners))))).toBe(474785000);
  });
});

describe("IZA.VERDEEL properties", () => {
  const amountCents = fc.integer({ min: -1e11, max: 1e11 });
  const weights = fc
    .array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 40 })
    .filter((ws) => ws.some((w) => w > 0));

  it("shares always add up exactly to the amount, and each is within one cent of its exact quota", () => {
    fc.assert(
      fc.property(amountCents, weights, (c, ws) => {
        const shares = flat(verdeel(c / 100, column(...ws)));
        expect(cents(shares)).toBe(c);
        const total = ws.reduce((a, b) => a + b, 0);
        // exact quota in cents as a rational: c*w/total; compare with BigInt to stay exact
        shares.forEach((s, i) => {
          const shareCents = BigInt(Math.round(s * 100));
          const diff = shareCents * BigInt(total) - BigInt(c) * BigInt(ws[i]);
          expect(diff < 0n ? -diff : diff).toBeLessThan(BigInt(total));
        });
      }),
      { numRuns: 500 },
    );
  });

  it("stays exact with decimal weights and amounts too large for exact doubles (the decimal.js integer path)", () => {
    const bigCents = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
    const milliWeights = fc
      .array(fc.integer({ min: 0, max: 1e7 }), { minLength: 1, maxLength: 30 })
      .filter((ws) => ws.some((w) => w > 0));
    fc.assert(
      fc.property(bigCents, milliWeights, (c, ws) => {
        // amounts of up to 10^13 euros in cents: a double holds them exactly (< 2^53)
        const shares = flat(verdeel(Number(c) / 100, column(...ws.map((w) => w / 1000))));
        const shareCents = shares.map((s) => BigInt(Math.round(s * 100)));
        expect(shareCents.reduce((a, b) => a + b, 0n)).toBe(c);
        const total = BigInt(ws.reduce((a, b) => a + b, 0));
        shareCents.forEach((s, i) => {
          const diff = s * total - c * BigInt(ws[i]);
          expect(diff < 0n ? -diff : diff).toBeLessThan(total);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(amountCents, weights, (c, ws) => {
        expect(verdeel(c / 100, column(...ws))).toEqual(verdeel(c / 100, column(...ws)));
      }),
      { numRuns: 200 },
    );
  });

  it("equal weights get shares that differ by at most one cent", () => {
    fc.assert(
      fc.property(amountCents, fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 30 }), (c, w, n) => {
        const shares = flat(verdeel(c / 100, column(...Array<number>(n).fill(w)))).map((s) => Math.round(s * 100));
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it("multiplying all weights by a constant changes nothing", () => {
    fc.assert(
      fc.property(amountCents, weights, fc.integer({ min: 2, max: 1000 }), (c, ws, k) => {
        expect(verdeel(c / 100, column(...ws.map((w) => w * k)))).toEqual(verdeel(c / 100, column(...ws)));
      }),
      { numRuns: 300 },
    );
  });

  it("never returns anything but numbers for valid input", () => {
    fc.assert(
      fc.property(amountCents, weights, (c, ws) => {
        const result = verdeel(c / 100, column(...ws));
        expect(isExcelError(result)).toBe(false);
        flat(result).forEach((v) => expect(Number.isFinite(v)).toBe(true));
      }),
      { numRuns: 100 },
    );
  });
});

describe("IZA.VERDEEL at the edges of a double", () => {
  it("answers #NUM! when the amount, read as Excel shows it, is beyond the largest number", () => {
    // 1,7976931348623151e308 shows as 1,79769313486232e308 in Excel: above the largest double
    expectError(verdeel(1.7976931348623151e308, column(5e-324)), "#NUM!", /te groot/);
  });
});
