import { checkRealloc, fte, verdeel } from "../../src/functions/functions";
import { column, expectError, isExcelError } from "./helpers";

/**
 * Error cells in a range, in the shape Excel hands them over when functions.json has
 * allowErrorForDataTypeAny (docs/excel/custom-functions-errors.md, "Errors as custom function
 * inputs"): the runtime turns each into `new CustomFunctions.Error(code)` (custom-functions-
 * runtime.js, `_transferCustomFunctionError`), an instance with the code and an empty message.
 */
const errorCell = (code: string): unknown =>
  new (globalThis as unknown as { CustomFunctions: { Error: new (code: string) => unknown } }).CustomFunctions.Error(
    code,
  );

describe("an error cell in a range, as Excel passes it", () => {
  it("has the runtime's shape: the code, and an empty message", () => {
    const cell = errorCell("#DIV/0!") as { code: string; message: string };
    expect(isExcelError(cell)).toBe(true);
    expect(cell.code).toBe("#DIV/0!");
    expect(cell.message).toBe("");
  });

  it("IZA.FTE: only that element is the error, every other cell computes", () => {
    const result = fte([
      [2000, errorCell("#DIV/0!"), 1000],
      ["", 4000, errorCell("#N/A")],
    ]) as unknown[][];
    expect(result[0][0]).toBe(1);
    expectError(result[0][1], "#DIV/0!");
    expect(result[0][2]).toBe(0.5);
    expect(result[1][0]).toBe("");
    expect(result[1][1]).toBe(2);
    expectError(result[1][2], "#N/A");
  });

  it("IZA.CHECKREALLOC: the row keeps the error, the others are checked, the total names the row and the error", () => {
    const result = (checkRealloc(column(100, 200, 300), column(100, errorCell("#DIV/0!"), 300)) as unknown[][]).flat();
    expect(result[0]).toBe("OK");
    expectError(result[1], "#DIV/0!");
    expect(result[2]).toBe("OK");
    expect(result[3]).toBe("FOUT: totaal niet te bepalen: onderdeel 2 heeft de fout #DEEL/0!");
  });

  it("IZA.CHECKREALLOC: an error in vastgesteld and in gewijzigd of one row gives that row vastgesteld's error", () => {
    const result = (checkRealloc(column(errorCell("#REF!"), 5), column(errorCell("#N/A"), 5)) as unknown[][]).flat();
    expectError(result[0], "#REF!");
    expect(result[1]).toBe("OK");
    expect(result[2]).toBe("FOUT: totaal niet te bepalen: onderdeel 1 heeft de fout #VERW!");
  });

  it("IZA.VERDEEL: an error in the key has no share to give, so the whole result is that error, as SOM does", () => {
    expectError(verdeel(100, column(1, errorCell("#N/A"), 2)), "#N/A");
    expectError(verdeel(100, column(1, 2, errorCell("#DIV/0!"))), "#DIV/0!");
  });
});

describe("every error a user can fix is #VALUE! with a message that names the argument", () => {
  const cases: [string, () => unknown, string][] = [
    ["FTE werkuren 0", () => fte([[1]], 0), "werkuren_per_jaar"],
    ["FTE deeltijdfactor 1,5", () => fte([[1]], 2000, 1.5), "deeltijdfactor"],
    ["FTE deeltijdfactor 0", () => fte([[1]], 2000, 0), "deeltijdfactor"],
    ["VERDEEL negative weight", () => verdeel(100, column(1, -2)), "sleutel"],
    ["VERDEEL text weight", () => verdeel(100, column(1, "x")), "sleutel"],
    [
      "VERDEEL block",
      () =>
        verdeel(100, [
          [1, 2],
          [3, 4],
        ]),
      "sleutel",
    ],
    ["VERDEEL decimalen 7", () => verdeel(100, column(1), 7), "decimalen"],
    ["VERDEEL decimalen 1,5", () => verdeel(100, column(1), 1.5), "decimalen"],
    ["VERDEEL bedrag decimals", () => verdeel(0.001, column(1)), "bedrag"],
    ["VERDEEL bedrag missing", () => verdeel(null as unknown as number, column(1)), "bedrag"],
    ["CHECKREALLOC max 20", () => checkRealloc(column(1), column(1), 20), "max_percentage"],
    ["CHECKREALLOC max -0,1", () => checkRealloc(column(1), column(1), -0.1), "max_percentage"],
    ["CHECKREALLOC plafond -1", () => checkRealloc(column(1), column(1), 0.2, -1), "budgetplafond"],
    ["CHECKREALLOC sizes", () => checkRealloc(column(1, 2), column(1)), "gewijzigd"],
  ];
  it.each(cases)("%s", (_name, call, argument) => {
    const result = call();
    expectError(result, "#VALUE!", new RegExp(argument));
    expect((result as { message: string }).message.length).toBeGreaterThan(argument.length + 10);
  });

  it("the core says which argument, for the other doors (DomainError.argument)", () => {
    const { fteDivisor } = require("../../src/core/fte");
    const { Dec } = require("../../src/core/decimal");
    const { DomainError } = require("../../src/core/errors");
    let caught: unknown;
    try {
      fteDivisor(new Dec(2000), new Dec("1.5"));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect(caught).toMatchObject({ kind: "value", argument: "deeltijdfactor" });
  });
});
