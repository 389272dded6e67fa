/**
 * The handleiding's tables of the functions are the functions' own answers: every example and
 * every error that names a call is run through the functions (as Excel calls them) and must give
 * exactly the values and the message the handleiding shows.
 */
import { checkRealloc, fte, verdeel } from "../../src/functions/functions";
import { DocCall, FUNCTION_DOCS } from "../../src/handleiding/functions-doc";

const FUNCTIONS: Record<DocCall["fn"], (...args: never[]) => unknown> = {
  FTE: fte as never,
  VERDEEL: verdeel as never,
  CHECKREALLOC: checkRealloc as never,
};

const call = ({ fn, args }: DocCall) => FUNCTIONS[fn](...(args as never[]));

/** The cells of a result: a single value, or a column or row of them. */
function cells(result: unknown): unknown[] {
  return Array.isArray(result) ? (result as unknown[][]).flat() : [result];
}

/** What Excel shows of a cell: a number, a status text, or an error's message. */
function shown(cell: unknown): unknown {
  if (cell && typeof cell === "object" && "message" in cell) return (cell as { message: string }).message;
  return cell;
}

const examples = FUNCTION_DOCS.flatMap((doc) =>
  doc.examples.filter((e) => e.check).map((e) => [doc.name, e.formula, e.check!] as const),
);
const errors = FUNCTION_DOCS.flatMap((doc) =>
  doc.errors.filter((e) => e.check).map((e) => [doc.name, e.message, e] as const),
);

test("the handleiding checks most examples and errors against the functions", () => {
  expect(examples.length).toBeGreaterThanOrEqual(6);
  expect(errors.length).toBeGreaterThanOrEqual(15);
});

test.each(examples)("%s example %s gives what the handleiding says", (_name, _formula, check) => {
  const values = cells(call(check)).map(shown);
  expect(values.map((v) => (typeof v === "number" ? Number(v.toPrecision(15)) : v))).toEqual(
    check.values.map((v) => (typeof v === "number" ? Number(v.toPrecision(15)) : v)),
  );
});

test.each(errors)("%s: %s", (_name, message, error) => {
  const result = call(error.check!);
  const cell = error.check!.cell;
  const value = cell === undefined ? result : cells(result)[cell];
  expect(shown(value)).toBe(message);
  if (!message.startsWith("FOUT")) {
    // #WAARDE! is a CustomFunctions.Error with code #VALUE!
    expect((value as { code?: string }).code).toBe("#VALUE!");
    // …and the handleiding says so in what the cell shows
    expect(error.shows).toMatch(/^#WAARDE!/);
  } else expect(error.shows).toMatch(/FOUT|het totaal/); // a status text, or the total naming the row
});
