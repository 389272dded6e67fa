import fc from "fast-check";
import { parseAmountText, parseAmountValue, parseEuroText, scientificValue } from "../../src/core/amounts";
import { Dec } from "../../src/core/decimal";
import { formatEuro, formatNumber } from "../../src/core/format";

const value = (text: string) => parseAmountText(text)?.value.toString() ?? null;

describe("parseAmountText", () => {
  test.each([
    ["500.000", "500000"],
    ["4.747.850", "4747850"],
    ["€ 500.000,-", "500000"],
    ["€ 17.850,-", "17850"],
    ["€17.850,--", "17850"],
    ["€ 4.747.850,00", "4747850"],
    ["1.234.567,89", "1234567.89"],
    ["1,234,567.89", "1234567.89"],
    ["122,357", "122357"],
    ["14,2", "14.2"],
    ["0,26", "0.26"],
    ["5.2", "5.2"],
    ["0,125", "0.125"],
    ["3,14159", "3.14159"],
    ["1 234 567", "1234567"],
    ["1\u00a0234\u00a0567,50", "1234567.5"],
    ["-€ 1.234,50", "-1234.5"],
    ["€ -1.234,50", "-1234.5"],
    ["−250", "-250"],
    ["(1.234)", "-1234"],
    ["EUR 500", "500"],
    ["500 euro", "500"],
    ["2024", "2024"],
    ["+12", "12"],
  ])("%s reads as %s", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  test.each([
    "",
    "   ",
    "-",
    "(€)",
    "n.v.t.",
    "PM",
    "Onderdeel 3",
    "1.23.456",
    "12,34,5",
    "1.234,56,7",
    "€",
    "abc 12",
    "1-2-2024",
  ])("%j is no amount", (text) => {
    expect(parseAmountText(text)).toBeNull();
  });

  test("percentages", () => {
    expect(parseAmountText("12,5%")).toEqual({ value: new Dec("12.5"), percent: true });
    expect(parseAmountValue("12,5%")!.toString()).toBe("0.125");
    expect(parseAmountValue("20 %")!.toString()).toBe("0.2");
  });

  test("property: formatNumber and formatEuro read back as the same amount", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), (cents) => {
        const amount = new Dec(cents.toString()).dividedBy(100);
        expect(parseAmountValue(formatNumber(amount, 2, 2))!.eq(amount)).toBe(true);
        expect(parseAmountValue(formatEuro(amount))!.eq(amount)).toBe(true);
        expect(parseAmountValue(formatNumber(amount, 0, 2))!.eq(amount)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test("property: whole euros with thousands dots read back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 53 - 1 }), (n) => {
        expect(parseAmountValue(formatNumber(new Dec(n), 0, 0))!.eq(n)).toBe(true);
      }),
    );
  });
});

describe("parseEuroText (an amount typed as a setting)", () => {
  test.each([
    ["4.747.850", "4747850"],
    ["€ 4.747.850,01", "4747850.01"],
    ["5.000.000,00", "5000000"],
    ["-250", "-250"],
  ])("%s is the amount %s", (text, expected) => {
    const read = parseEuroText(text);
    expect("value" in read && read.value.toString()).toBe(expected);
  });

  test.each([
    [
      "5.000.000,005",
      "fraction-of-cent",
      '"5.000.000,005" heeft meer dan twee decimalen; een bedrag gaat tot op de cent',
    ],
    ["0,125", "fraction-of-cent", '"0,125" heeft meer dan twee decimalen'],
    ["1e6", "scientific", '"1e6" is wetenschappelijke notatie; schrijf het bedrag voluit: 1.000.000'],
    ["4.74785E+6", "scientific", "voluit: 4.747.850"],
    ["1,5e-3", "scientific", "voluit: 0,0015"],
    ["12%", "percentage", '"12%" is een percentage, geen bedrag'],
    ["veel", "not-an-amount", '"veel" is geen bedrag'],
  ])("%s is refused (%s)", (text, kind, problem) => {
    const read = parseEuroText(text);
    expect(read).toMatchObject({ kind, problem: expect.stringContaining(problem) });
  });

  test("property: any amount in whole cents, as formatEuro writes it, is read exactly", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), (cents) => {
        const amount = new Dec(cents.toString()).dividedBy(100);
        const read = parseEuroText(formatEuro(amount));
        expect("value" in read && read.value.eq(amount)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("scientificValue reads only scientific notation", () => {
    expect(scientificValue("1e6")!.toString()).toBe("1000000");
    expect(scientificValue("−2E2")!.toString()).toBe("-200");
    for (const text of ["1000000", "1.000.000", "e6", "1e", "€ 1e6"]) expect(scientificValue(text)).toBeNull();
  });
});
