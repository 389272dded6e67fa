import fc from "fast-check";
import { Dec } from "../../src/core/decimal";
import {
  checkHerverdeling,
  DEFAULT_MAX_PERCENTAGE,
  statusText,
  ZERO_MAY_BE_BLANK_NOTE,
} from "../../src/core/herverdeling";
import { checkRealloc } from "../../src/functions/functions";
import { column, expectError, row } from "./helpers";

const texts = (result: unknown): unknown[] => (result as unknown[][]).flat();

describe("IZA.CHECKREALLOC", () => {
  it("passes a change of exactly 20% and stops one cent more", () => {
    const result = texts(checkRealloc(column(100000, 100000), column(120000, 120000.01)));
    expect(result[0]).toBe("OK: €\u00a0+20.000,00 (20,0%)");
    expect(result[1]).toBe("PHO: €\u00a0+20.000,01 is 20,00001% van €\u00a0100.000,00 (grens 20%)");
  });

  it("names mutatie, percentage and limit when the PhO must decide", () => {
    const [status] = texts(checkRealloc(column(100000), column(125000)));
    expect(status).toBe("PHO: €\u00a0+25.000,00 is 25,0% van €\u00a0100.000,00 (grens 20%)");
  });

  it("checks decreases the same way", () => {
    const result = texts(checkRealloc(column(500000, 500000), column(400000, 399999.99)));
    expect(result[0]).toBe("OK: €\u00a0-100.000,00 (20,0%)");
    expect(result[1]).toMatch(/^PHO: €\u00a0-100.000,01 is 20,000002% van €\u00a0500.000,00/);
  });

  it("says plain OK without a change", () => {
    expect(texts(checkRealloc(column(17850), column(17850)))[0]).toBe("OK");
  });

  it("asks the PhO for any change to an onderdeel adopted at 0", () => {
    expect(texts(checkRealloc(column(0), column(1)))[0]).toMatch(
      /^PHO: €\u00a0\+1,00 op een vastgesteld bedrag van €\u00a00,00/,
    );
  });

  it("gives one status per onderdeel plus the total, in the input's orientation", () => {
    const columnResult = checkRealloc(column(100, 200, 300), column(100, 200, 300));
    expect(columnResult).toHaveLength(4);
    expect((columnResult as unknown[][]).every((r) => r.length === 1)).toBe(true);
    const rowResult = checkRealloc(row(100, 200, 300), row(100, 200, 300)) as unknown[][];
    expect(rowResult).toHaveLength(1);
    expect(rowResult[0]).toHaveLength(4);
  });

  it("checks the reference begroting 2024 with a herverdeling that stays within the budget", () => {
    const vastgesteld = [500000, 500000, 2000000, 480000, 17850, 200000, 500000, 100000, 450000];
    const gewijzigd = [550000, 450000, 2000000, 480000, 17850, 200000, 500000, 100000, 450000];
    const result = texts(checkRealloc(column(...vastgesteld), column(...gewijzigd)));
    expect(result[0]).toBe("OK: €\u00a0+50.000,00 (10,0%)");
    expect(result[1]).toBe("OK: €\u00a0-50.000,00 (10,0%)");
    expect(result[9]).toBe("OK: totaal €\u00a04.747.850,00 binnen het plafond van €\u00a04.747.850,00");
  });

  it("reports a total above the ceiling as FOUT with the amounts", () => {
    const result = texts(checkRealloc(column(100000, 100000), column(110000, 100000)));
    expect(result[2]).toBe(
      "FOUT: totaal €\u00a0210.000,00 is €\u00a010.000,00 boven het plafond van €\u00a0200.000,00",
    );
    const withCeiling = texts(
      checkRealloc(column(100000, 100000), column(110000, 100000), null as unknown as number, 250000),
    );
    expect(withCeiling[2]).toMatch(/^OK/);
  });

  it("takes another limit, e.g. 10%", () => {
    expect(texts(checkRealloc(column(100000), column(115000), 0.1))[0]).toMatch(/^PHO: .*\(grens 10%\)/);
  });

  it("leaves a row with both amounts blank blank, and marks a missing amount FOUT", () => {
    const result = texts(checkRealloc(column(100, "", 300, null), column(100, "", "", 50)));
    expect(result[0]).toBe("OK");
    expect(result[1]).toBe("");
    expect(result[2]).toBe("FOUT: gewijzigd bedrag ontbreekt");
    expect(result[3]).toBe("FOUT: vastgesteld bedrag ontbreekt");
    expect(result[4]).toMatch(/^FOUT: totaal niet te bepalen/);
  });

  describe("a blank cell that Excel passes as 0 (desktop; office-js #4702, #5262)", () => {
    it("gewijzigd 0 opposite an adopted amount: PHO as for a real 0, saying a blank cell can read as 0", () => {
      const result = texts(checkRealloc(column(500000, 100), column(0, 100)));
      expect(result[0]).toBe(
        "PHO: €\u00a0-500.000,00 is 100,0% van €\u00a0500.000,00 (grens 20%)" + ZERO_MAY_BE_BLANK_NOTE,
      );
      expect(result[0]).toMatch(/^PHO: .*is de cel leeg, vul dan het bedrag in/);
      expect(result[1]).toBe("OK");
    });

    it("the same blank as null (Excel on the web) is a missing amount", () => {
      expect(texts(checkRealloc(column(500000), column(null)))[0]).toBe("FOUT: gewijzigd bedrag ontbreekt");
    });

    it("no note where a 0 cannot be a blank in question: both 0, or vastgesteld 0", () => {
      const result = texts(checkRealloc(column(0, 0), column(0, 5)));
      expect(result[0]).toBe("OK");
      expect(result[1]).not.toContain(ZERO_MAY_BE_BLANK_NOTE);
    });

    it("the pane reads real cells: there a 0 is a 0 and gets no note", () => {
      const check = checkHerverdeling([[new Dec(500000), new Dec(0)]], DEFAULT_MAX_PERCENTAGE);
      expect(statusText(check.rows[0])).toBe("PHO: €\u00a0-500.000,00 is 100,0% van €\u00a0500.000,00 (grens 20%)");
    });
  });

  it("marks text in one cell as #VALUE! and still checks the others", () => {
    const result = texts(checkRealloc(column(100, "veel", 300), column(100, 200, 300)));
    expect(result[0]).toBe("OK");
    expectError(result[1], "#VALUE!", /tekst in plaats van een vastgesteld bedrag/);
    expect(result[2]).toBe("OK");
    // the total is a status too (countable with AANTAL.ALS), naming the row that spoils it
    expect(result[3]).toBe(
      'FOUT: totaal niet te bepalen: onderdeel 2 heeft tekst in plaats van een vastgesteld bedrag: "veel"',
    );
  });

  it("starts every status with exactly one of OK, PHO, FOUT", () => {
    const result = texts(checkRealloc(column(100, 100, 0, 100), column(100, 200, 5, "")));
    for (const status of result) expect(String(status)).toMatch(/^(OK|PHO|FOUT)(:|$)/);
  });

  describe("bad arguments", () => {
    it("max_percentage above 1 → #VALUE! with the hint to type 20%", () =>
      expectError(checkRealloc(column(1), column(1), 20), "#VALUE!", /^max_percentage 20 is meer dan 100%; typ 20%/));
    it("negative max_percentage → #VALUE! naming the allowed values", () =>
      expectError(
        checkRealloc(column(1), column(1), -0.1),
        "#VALUE!",
        /^max_percentage mag niet negatief .*0% tot en met 100%/,
      ));
    it("negative budgetplafond → #VALUE! naming the argument", () =>
      expectError(checkRealloc(column(1), column(1), 0.2, -5), "#VALUE!", /^budgetplafond mag niet negatief/));
    it("different sizes → #VALUE!", () => expectError(checkRealloc(column(1, 2), column(1)), "#VALUE!", /even groot/));
    it("a block → #VALUE!", () =>
      expectError(
        checkRealloc(
          [
            [1, 2],
            [3, 4],
          ],
          [
            [1, 2],
            [3, 4],
          ],
        ),
        "#VALUE!",
      ));
  });
});

describe("IZA.CHECKREALLOC boundary property", () => {
  it("a change of at most 20% in whole cents is OK, one cent more is PHO, decided exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e11 }), fc.boolean(), (adoptedCents, up) => {
        const limitCents = Math.floor(adoptedCents / 5); // 20% in whole cents, rounded down
        const atLimit = (adoptedCents + (up ? limitCents : -limitCents)) / 100;
        const beyond = (adoptedCents + (up ? limitCents + 1 : -(limitCents + 1))) / 100;
        const [ok, pho] = texts(checkRealloc(column(adoptedCents / 100, adoptedCents / 100), column(atLimit, beyond)));
        expect(String(ok)).toMatch(/^OK/);
        // limitCents ≤ 20% of the adopted amount < limitCents + 1 cent.
        expect(String(pho)).toMatch(/^PHO/);
      }),
      { numRuns: 1000 },
    );
  });
});
