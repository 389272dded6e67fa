/** The cheap comparisons agree with exact decimals everywhere, near the half-cent boundary too. */
import fc from "fast-check";
import { Dec, decFromExcelNumber, HALF_CENT } from "../../src/core/decimal";
import {
  cents,
  compareAmounts,
  ExactSum,
  finerThanCents,
  sameAsDifference,
  withinFraction,
} from "../../src/core/rules/exact";

const exactCompare = (a: number, b: number) => {
  const d = decFromExcelNumber(a).minus(decFromExcelNumber(b));
  return d.abs().lt(HALF_CENT) ? 0 : d.isNegative() ? -1 : 1;
};

/** Amounts as cells hold them: whole cents, near-boundary fractions, float noise, large values. */
const amount = fc.oneof(
  fc.integer({ min: -1e11, max: 1e11 }).map((c) => c / 100),
  fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 1000),
  fc.integer({ min: -1e8, max: 1e8 }).map((c) => c / 100 + 0.005),
  // realistic magnitudes: Decimal's 50 digits cannot hold 10^15 and 10^-36 in one sum
  fc.double({ min: -1e12, max: 1e12, noNaN: true }).filter((v) => v === 0 || Math.abs(v) > 1e-9),
  fc.constantFrom(0.1 + 0.2, 0.005, -0.005, 0.0049999, 4747850, 1e15 + 0.5),
);

test("cents() is exact where it answers", () => {
  fc.assert(
    fc.property(amount, (v) => {
      const c = cents(v);
      if (c !== null) expect(decFromExcelNumber(v).eq(new Dec(c).dividedBy(100))).toBe(true);
    }),
    { numRuns: 2000 },
  );
  expect(cents(0.1 + 0.2)).toBeNull();
  expect(cents(17850.12)).toBe(1785012);
});

test("compareAmounts agrees with exact decimals", () => {
  fc.assert(
    fc.property(amount, amount, (a, b) => expect(compareAmounts(a, b)).toBe(exactCompare(a, b))),
    { numRuns: 5000 },
  );
  fc.assert(
    fc.property(amount, fc.integer({ min: -7, max: 7 }), (a, k) => {
      const b = a + k / 1000; // differences around half a cent
      expect(compareAmounts(a, b)).toBe(exactCompare(a, b));
    }),
    { numRuns: 5000 },
  );
});

test("sameAsDifference agrees with exact decimals", () => {
  fc.assert(
    fc.property(amount, amount, fc.integer({ min: -7, max: 7 }), (a, b, k) => {
      const v = a - b + k / 1000;
      const exact = decFromExcelNumber(v)
        .minus(decFromExcelNumber(a).minus(decFromExcelNumber(b)))
        .abs()
        .lt(HALF_CENT);
      expect(sameAsDifference(v, a, b)).toBe(exact);
    }),
    { numRuns: 5000 },
  );
});

test("ExactSum is the exact decimal sum", () => {
  fc.assert(
    fc.property(fc.array(amount, { maxLength: 50 }), (values) => {
      const acc = new ExactSum();
      values.forEach((v) => acc.addNumber(v));
      const exact = values.reduce((s, v) => s.plus(decFromExcelNumber(v)), new Dec(0));
      expect(acc.value().eq(exact)).toBe(true);
    }),
  );
});

test("finerThanCents", () => {
  expect(finerThanCents(17850.12)).toBe(false);
  expect(finerThanCents(0.1 + 0.2)).toBe(false);
  expect(finerThanCents(17850.125)).toBe(true);
  expect(finerThanCents(1 / 3)).toBe(true);
});

test("withinFraction decides like the exact check", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 1e7 }),
      fc.integer({ min: 1, max: 1e7 }),
      fc.integer({ min: -8, max: 8 }),
      (n, d, k) => {
        const fraction = n / d + k / 10000;
        const exact = () => decFromExcelNumber(fraction).minus(new Dec(n).dividedBy(d)).abs().lte("0.0005");
        expect(withinFraction(fraction, n, d, 0.0005, exact)).toBe(exact());
      },
    ),
    { numRuns: 3000 },
  );
});
