import { existsSync, readFileSync } from "fs";
import { join } from "path";
import * as vm from "vm";
import { parse } from "acorn";
import { checkRealloc, fte, verdeel } from "../../src/functions/functions";
import { BUILT_DIST, describeRequiring } from "../setup/requirements";

/**
 * dist/functions.js as Excel's JavaScript-only runtime loads it: not a browser, and possibly an
 * older engine (on Windows the custom functions run there; docs/excel/custom-functions-runtime.md
 * of office-js-docs-pr). A syntax error or a missing global at load stops all three functions
 * (#NAME? for each). So the built file must parse as ES2017 and load and compute in a bare
 * context with only a CustomFunctions stub: no BigInt, no Intl, no toLocaleString, no window.
 */
const file = join(__dirname, "../../dist/functions.js");
const built = existsSync(file);

type Fn = (...args: unknown[]) => unknown;

/** Load the bundle in a fresh context without BigInt and Intl; returns what it associated. */
function loadBare(source: string): { associated: Record<string, Fn>; context: vm.Context } {
  const context = vm.createContext({});
  vm.runInContext(
    `
    delete globalThis.BigInt;
    delete globalThis.Intl;
    for (const proto of [Number.prototype, Date.prototype, Array.prototype, Object.prototype]) {
      proto.toLocaleString = function () { throw new Error("toLocaleString is er niet"); };
    }
    String.prototype.localeCompare = function () { throw new Error("localeCompare is er niet"); };
    var associated = {};
    // what Excel's runtime provides: associate, Error (code, message "" by default) and ErrorCode
    class CustomFunctionError extends Error {
      constructor(code, message) { super(message || ""); this.code = code || "#VALUE!"; }
    }
    var CustomFunctions = {
      associate: function (id, f) { associated[id] = f; },
      Error: CustomFunctionError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!",
        invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
    };
    `,
    context,
  );
  vm.runInContext(source, context, { filename: "functions.js" });
  return { associated: vm.runInContext("associated", context), context };
}

/** A result with Excel errors as {code, message}, comparable between the two contexts. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object" && "code" in value) {
    const error = value as { code: string; message?: string };
    return { code: error.code, message: error.message ?? "" };
  }
  return value;
}

/** The cases, with error cells made in whichever context runs them. */
const CASES: [id: "FTE" | "VERDEEL" | "CHECKREALLOC", args: (error: (code: string) => unknown) => unknown[]][] = [
  ["FTE", () => [[[3600]]]],
  ["FTE", () => [[[50236.16]], 2000, 0.68]],
  [
    "FTE",
    (error) => [
      [
        [2000, "", null],
        ["veel", true, error("#DIV/0!")],
        [-500, 1e308, 0],
      ],
      1872,
    ],
  ],
  ["FTE", () => [[[1000]], 2000, 1.5]],
  ["FTE", () => [[[1000]], 0]],
  ["VERDEEL", () => [100, [[1], [1], [1]]]],
  [
    "VERDEEL",
    () => [
      4747850,
      [[101606, 19542, 44951, 10433, 11390, 16834, 23950, 41327, 17340, 21880, 19868, 31064, 12484, 112839]],
    ],
  ],
  ["VERDEEL", () => [-1000, [[0.125], [0.375], [0.5]], 0]],
  ["VERDEEL", () => [1e20, [[1], [2], [3]]]], // beyond 2^53 units: the exact path without BigInt
  ["VERDEEL", () => [123456789012.34, [[1e-7], [3.3333333333333], [7e12]], 6]],
  ["VERDEEL", () => [100, [[0], [""], [0]]]],
  ["VERDEEL", () => [100, [[1], [-1]]]],
  ["VERDEEL", () => [100.005, [[1], [1]]]],
  ["VERDEEL", (error) => [100, [[1], [error("#N/A")], [2]]]],
  [
    "CHECKREALLOC",
    () => [
      [[100000], [100000], [500000], [0]],
      [[120000], [120000.01], [0], [5]],
    ],
  ],
  ["CHECKREALLOC", () => [[[4747850]], [[4747850.01]], 0.1, 4747850]],
  [
    "CHECKREALLOC",
    (error) => [
      [[100], [200], [300]],
      [[100], [error("#REF!")], [300]],
    ],
  ],
  ["CHECKREALLOC", () => [[[1]], [[1]], 20]],
];

describeRequiring([BUILT_DIST], "dist/functions.js as Excel's JavaScript-only runtime loads it", () => {
  const source = built ? readFileSync(file, "utf8") : "";

  it("parses as ES2017: no ?., ??, BigInt literals, class fields or newer syntax", () => {
    expect(() => parse(source, { ecmaVersion: 2017, sourceType: "script" })).not.toThrow();
    // and the check itself catches what it is there for
    for (const newer of ["a?.b", "a ?? b", "1n", "class A { x = 1 }", "/(?<=a)b/"]) {
      expect(() => parse(newer, { ecmaVersion: 2017 })).toThrow();
    }
  });

  it("loads where BigInt and Intl are missing, with only a CustomFunctions stub, and associates all three ids", () => {
    const { associated } = loadBare(source);
    expect(Object.keys(associated).sort()).toEqual(["CHECKREALLOC", "FTE", "VERDEEL"]);
  });

  it.each(CASES.map(([id, args], i) => [i + 1, id, args] as const))(
    "case %p (%s) gives the same answer there as in Node",
    (_n, id, args) => {
      const { associated, context } = loadBare(source);
      const bareError = (code: string) =>
        vm.runInContext(`new CustomFunctions.Error(${JSON.stringify(code)})`, context);
      const nodeError = (code: string) =>
        new (
          globalThis as unknown as { CustomFunctions: { Error: new (code: string) => unknown } }
        ).CustomFunctions.Error(code);
      const node = { FTE: fte, VERDEEL: verdeel, CHECKREALLOC: checkRealloc }[id] as unknown as Fn;
      const inNode = plain(node(...args(nodeError)));
      const inBare = plain(associated[id](...args(bareError)));
      expect(inBare).toEqual(inNode);
    },
  );
});
