import fc from "fast-check";
import { Dec } from "../../src/core/decimal";
import {
  exactNl,
  formatCount,
  formatEuro,
  formatEuroChange,
  formatLimit,
  formatNumber,
  formatPercent,
  formatterInUse,
  intlNl,
} from "../../src/core/format";

/**
 * nl-NL texts come from Intl where it is complete and from the exact formatter elsewhere (Excel's
 * JavaScript-only runtime need not have Intl). Both must write exactly the same text, and the
 * texts must stay what users see today.
 */
const decimalString = (maxDigits: number) =>
  fc
    .tuple(fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }), fc.integer({ min: 0, max: maxDigits }))
    .map(([digits, places]) => new Dec(digits.toString()).dividedBy(new Dec(10).pow(places)));

describe("nl-NL formatting: Intl and the exact formatter agree", () => {
  const intl = intlNl();

  it("uses Intl in Node (complete, with nl-NL)", () => {
    expect(formatterInUse()).toBe("intl");
  });

  it("amounts in euros: the same text for many values", () => {
    fc.assert(
      fc.property(decimalString(6), (value) => {
        const text = value.toDecimalPlaces(2).toFixed(2);
        expect(exactNl.euro(text)).toBe(intl.euro(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("numbers with min and max decimals: the same text for many values", () => {
    fc.assert(
      fc.property(decimalString(8), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 6 }), (value, a, b) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        const rounded = value.toDecimalPlaces(max);
        const text = rounded.isZero() ? "0" : rounded.toFixed();
        expect(exactNl.number(text, min, max)).toBe(intl.number(text, min, max));
      }),
      { numRuns: 2000 },
    );
  });

  it("counts: the same text as Intl.NumberFormat on the number itself, for many doubles", () => {
    const countFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1e21, max: 1e21, noNaN: true }), fc.integer()), (value) => {
        expect(formatCount(value)).toBe(countFormat.format(value));
      }),
      { numRuns: 3000 },
    );
    for (const value of [0, -0, 0.05, 0.25, -0.04, 123456789.05, 1e20, 1048576, 100000, NaN, Infinity, -Infinity])
      expect(formatCount(value)).toBe(countFormat.format(value));
  });
});

describe("amounts as Dutch Excel shows currency", () => {
  it("a non-breaking space between € and the amount, so that no line break ever separates them", () => {
    for (const value of ["0", "-0.5", "4747850", "-450000", "12345678901234567.89"]) {
      const text = formatEuro(new Dec(value));
      expect(text).toMatch(/^€\u00a0-?\d/);
      expect(text).not.toMatch(/ /);
      expect(formatEuroChange(new Dec(value))).toMatch(/^€\u00a0[-+]?\d/);
    }
  });

  it("one negative format: the minus after the euro sign, for amounts and for changes alike", () => {
    expect(formatEuro(new Dec("-450000"))).toBe("€\u00a0-450.000,00");
    expect(formatEuroChange(new Dec("-450000"))).toBe(formatEuro(new Dec("-450000")));
    expect(formatEuroChange(new Dec("450000"))).toBe("€\u00a0+450.000,00");
    expect(formatEuroChange(new Dec("0.004"))).toBe("€\u00a00,00");
  });
});

describe("nl-NL formatting keeps today's texts", () => {
  it.each([
    [formatEuro(new Dec("4747850")), "€\u00a04.747.850,00"],
    [formatEuro(new Dec("-1234.5")), "€\u00a0-1.234,50"],
    [formatEuro(new Dec("-0.001")), "€\u00a00,00"],
    [formatEuroChange(new Dec("20000")), "€\u00a0+20.000,00"],
    [formatEuroChange(new Dec("-5000")), "€\u00a0-5.000,00"],
    [formatNumber(new Dec("0.68")), "0,68"],
    [formatNumber(new Dec("100.005"), 0, 20), "100,005"],
    [formatPercent(new Dec("0.2")), "20,0%"],
    [formatPercent(new Dec("0.2000001"), 6), "20,000010%"],
    [formatLimit(new Dec("0.125")), "12,5%"],
    [formatCount(1048576), "1.048.576"],
    [formatCount(75.34), "75,3"],
  ])("%s", (text, expected) => {
    expect(text).toBe(expected);
  });
});

describe("nl-NL formatting picks the exact formatter where Intl falls short", () => {
  const realIntl = globalThis.Intl;
  afterEach(() => {
    (globalThis as { Intl: typeof Intl }).Intl = realIntl;
  });

  function freshFormat(): typeof import("../../src/core/format") {
    let module: typeof import("../../src/core/format") | undefined;
    jest.isolateModules(() => {
      module = require("../../src/core/format");
    });
    return module!;
  }

  it("an Intl before v3 (decimal strings become doubles) is not used, and no cent is lost", () => {
    class DoubleOnly extends realIntl.NumberFormat {
      format = (value: unknown) => super.format(Number(value));
    }
    (globalThis as unknown as { Intl: object }).Intl = { ...realIntl, NumberFormat: DoubleOnly };
    const format = freshFormat();
    expect(format.formatterInUse()).toBe("exact");
    expect(format.formatEuro(new Dec("12345678901234567.89"))).toBe("€\u00a012.345.678.901.234.567,89");
  });

  it("an Intl without nl-NL data (English digits) is not used", () => {
    class English extends realIntl.NumberFormat {
      constructor(_locale: string, options?: Intl.NumberFormatOptions) {
        super("en-US", options);
      }
    }
    (globalThis as unknown as { Intl: object }).Intl = { ...realIntl, NumberFormat: English };
    const format = freshFormat();
    expect(format.formatterInUse()).toBe("exact");
    expect(format.formatNumber(new Dec("4747850.5"), 0, 2)).toBe("4.747.850,5");
  });

  it("no Intl at all: the exact formatter, chosen at the first call, not at load", () => {
    delete (globalThis as { Intl?: unknown }).Intl;
    const format = freshFormat();
    expect(format.formatPercent(new Dec("0.225"))).toBe("22,5%");
    expect(format.formatterInUse()).toBe("exact");
  });
});
