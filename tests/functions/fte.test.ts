import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { fte } from "../../src/functions/functions";
import { describeRequiring, SHARED, SHARED_DIR } from "../setup/requirements";
import { column, expectError } from "./helpers";

interface RegioplanExample {
  initiative: string;
  uren: number;
  werkuren_per_jaar: number;
  deeltijdfactor: number;
  medewerkers_onafgerond: number;
  medewerkers_in_regioplan: number;
}

/**
 * The regioplan's examples live outside the repository, in ../shared/testdata (beside the
 * checkout). Without them the examples cannot run: on CI (CI=true) that fails with the reason,
 * elsewhere they are skipped with the reason listed at the end of the run.
 */
const VECTORS = join(SHARED_DIR, "testdata", "fte-regioplan.json");
const vectors: { examples: RegioplanExample[] } = existsSync(VECTORS)
  ? JSON.parse(readFileSync(VECTORS, "utf8"))
  : { examples: [] };

describeRequiring([SHARED], "IZA.FTE: the regioplan's examples (../shared/testdata)", () => {
  it.each(vectors.examples.map((e) => [e.initiative.slice(0, 60), e] as const))(
    "reproduces the regioplan: %s",
    (_name, example) => {
      const [[result]] = fte([[example.uren]], example.werkuren_per_jaar, example.deeltijdfactor);
      expect(typeof result).toBe("number");
      const relative = Math.abs(result - example.medewerkers_onafgerond) / example.medewerkers_onafgerond;
      expect(relative).toBeLessThan(1e-9);
      // The regioplan rounds to whole people, halves up.
      expect(Math.round(result)).toBe(example.medewerkers_in_regioplan);
    },
  );
});

describe("IZA.FTE", () => {
  it("without werkuren and deeltijdfactor gives FTE on 2000 hours", () => {
    expect(fte([[3600]])).toEqual([[1.8]]);
    expect(fte([[3600]], null as unknown as number, null as unknown as number)).toEqual([[1.8]]);
  });

  it("takes the werkuren of municipal staff (36 hours a week)", () => {
    expect(fte([[1872]], 1872)).toEqual([[1]]);
  });

  it("keeps the shape of the range and leaves blanks blank", () => {
    const result = fte(
      [
        [2000, "", 1000],
        [null, -500, 4000],
      ],
      2000,
      1,
    );
    expect(result).toEqual([
      [1, "", 0.5],
      ["", -0.25, 2],
    ]);
  });

  it("marks text in one cell as #VALUE! and computes the rest", () => {
    const result = fte(column(1000, "veel", true, 3000));
    expect(result[0][0]).toBe(0.5);
    expectError(result[1][0], "#VALUE!", /tekst in plaats van uren: "veel"/);
    expectError(result[2][0], "#VALUE!", /WAAR in plaats van uren/);
    expect(result[3][0]).toBe(1.5);
  });

  it("answers one value with one value", () => {
    expect(fte(50236.16 as unknown as number[][], 2000, 0.68)).toBeCloseTo(36.938352941176475, 12);
  });

  it.each([
    [0, "werkuren_per_jaar"],
    [-2000, "werkuren_per_jaar"],
  ])("refuses werkuren_per_jaar %p with #VALUE! naming the argument", (werkuren, name) => {
    expectError(fte([[1000]], werkuren), "#VALUE!", new RegExp(`^${name} moet groter zijn dan 0`));
  });

  it.each([0, -0.5, 1.01, 68])("refuses deeltijdfactor %p with #VALUE! and the allowed values", (factor) => {
    expectError(fte([[1000]], 2000, factor), "#VALUE!", /^deeltijdfactor moet groter zijn dan 0 en ten hoogste 1/);
  });

  it("says what deeltijdfactor 1,5 should be", () => {
    expectError(
      fte([[1000]], 2000, 1.5),
      "#VALUE!",
      "deeltijdfactor moet groter zijn dan 0 en ten hoogste 1 (nu 1,5); typ bijvoorbeeld 0,68 of 68%",
    );
  });

  it("accepts deeltijdfactor exactly 1", () => {
    expect(fte([[2000]], 2000, 1)).toEqual([[1]]);
  });

  it("never returns Infinity: a result beyond Excel's range is #NUM!", () => {
    const [[result]] = fte([[1e308]], 1e-300, 1);
    expectError(result, "#NUM!");
  });
});
