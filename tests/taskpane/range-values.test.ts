import type { Sheet } from "../../src/core/workbook";
import { MAX_RANGE_CELLS, openFileDoor, rangeValues, RANGE_AS_ASKED } from "../../src/xlsx/file-door";
import { modelFromSpecs } from "../support/workbooks";

/**
 * Reading a range of a file's model (the pane outside Office): Excel's shape for the ranges a
 * user selects, and never rows × columns of a huge one ("A:A", "A1:XFD1048576"): that would be
 * 17 billion cells.
 */

const num = (value: number) => ({ kind: "number" as const, value });
const text = (value: string) => ({ kind: "text" as const, value });
const blank = { kind: "blank" };

function sheetOf(cells: Record<string, number | string>, name = "Blad1"): Sheet {
  return modelFromSpecs([{ name, cells }]).sheets[0];
}

/** Runs `read` and says how much the heap grew while its result is alive. */
function grown<T>(read: () => T): { result: T; bytes: number } {
  const before = process.memoryUsage().heapUsed;
  const result = read();
  return { result, bytes: process.memoryUsage().heapUsed - before };
}

const SHEET = sheetOf({ A1: "Onderdeel", B1: "Begroting", A2: "Projectbureau", B2: 500_000, A3: "Netwerk", C5: 7 });

describe("rangeValues", () => {
  test("an ordinary range comes back as asked, blanks included, in either corner order, with or without $", () => {
    expect(rangeValues(SHEET, "A2:B4")).toEqual([
      [text("Projectbureau"), num(500_000)],
      [text("Netwerk"), blank],
      [blank, blank],
    ]);
    expect(rangeValues(SHEET, "B4:A2")).toEqual(rangeValues(SHEET, "A2:B4"));
    expect(rangeValues(SHEET, "$A$2:$B$4")).toEqual(rangeValues(SHEET, "A2:B4"));
    expect(rangeValues(SHEET, "B2")).toEqual([[num(500_000)]]);
    // beyond the sheet's cells, up to RANGE_AS_ASKED cells: still Excel's shape
    expect(rangeValues(SHEET, "D10:E20")).toHaveLength(11);
    expect(rangeValues(SHEET, `A1:A${RANGE_AS_ASKED}`)).toHaveLength(RANGE_AS_ASKED);
  });

  test("A1:XFD1048576: cut at the last row and column with a cell, in moments and a few KB", () => {
    const started = Date.now();
    const { result, bytes } = grown(() => rangeValues(SHEET, "A1:XFD1048576"));
    expect(Date.now() - started).toBeLessThan(500);
    expect(bytes).toBeLessThan(1024 * 1024);
    expect(result).toEqual([
      [text("Onderdeel"), text("Begroting"), blank],
      [text("Projectbureau"), num(500_000), blank],
      [text("Netwerk"), blank, blank],
      [blank, blank, blank],
      [blank, blank, num(7)],
    ]);
    expect(rangeValues(SHEET, "XFD1048576:A1")).toEqual(result);
  });

  test("whole columns and whole rows: A:A, $B:$C, 2:3, 1:10", () => {
    expect(rangeValues(SHEET, "A:A")).toEqual([[text("Onderdeel")], [text("Projectbureau")], [text("Netwerk")]]);
    expect(rangeValues(SHEET, "$B:$C")).toEqual([
      [text("Begroting"), blank],
      [num(500_000), blank],
      [blank, blank],
      [blank, blank],
      [blank, num(7)],
    ]);
    // two whole rows are 32.768 cells: as Excel gives them
    const rows = rangeValues(SHEET, "2:3");
    expect(rows.map((row) => row.length)).toEqual([16_384, 16_384]);
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      [text("Projectbureau"), num(500_000), blank],
      [text("Netwerk"), blank, blank],
    ]);
    // ten whole rows are more than RANGE_AS_ASKED: cut at the last column with a cell
    expect(rangeValues(SHEET, "1:10")).toEqual([
      [text("Onderdeel"), text("Begroting"), blank],
      [text("Projectbureau"), num(500_000), blank],
      [text("Netwerk"), blank, blank],
      [blank, blank, blank],
      [blank, blank, num(7)],
    ]);
  });

  test("a huge range over no cell at all: its first cell, blank", () => {
    expect(rangeValues(SHEET, "D6:XFD1048576")).toEqual([[blank]]);
    expect(rangeValues(SHEET, "Z:Z")).toEqual([[blank]]);
    expect(rangeValues({ name: "Leeg", cells: [] }, "A1:XFD1048576")).toEqual([[blank]]);
  });

  test("cells in the far corners (a used range of the whole sheet): refused with a Dutch reason, nothing allocated", () => {
    const corners = sheetOf({ A1: "Onderdeel", XFD1: "rechtsboven", A1048576: "linksonder", XFD1048576: "einde" });
    const started = Date.now();
    expect(() => rangeValues(corners, "A1:XFD1048576")).toThrow(
      "Het bereik A1:XFD1048576 is te groot om te lezen: de gegevens erin beslaan 1.048.576 rijen bij 16.384 kolommen. Kies een kleiner bereik (hoogstens 1.000.000 cellen).",
    );
    expect(() => rangeValues(corners, "A:A")).toThrow(
      /^Het bereik A:A is te groot om te lezen: de gegevens erin beslaan 1\.048\.576 rijen bij 1 kolom\./,
    );
    expect(Date.now() - started).toBeLessThan(500);
    // the part with the data asked for is read as usual
    expect(rangeValues(corners, "1:1")).toHaveLength(1);
    expect(rangeValues(corners, "1:1")[0]).toHaveLength(16_384);
    expect(rangeValues(corners, "1:1")[0][16_383]).toEqual(text("rechtsboven"));
  });

  test("up to MAX_RANGE_CELLS cells with data in them: read", () => {
    const tall = sheetOf({ A1: "Onderdeel", [`A${MAX_RANGE_CELLS}`]: 1 });
    const column = rangeValues(tall, "A:A");
    expect(column).toHaveLength(MAX_RANGE_CELLS);
    expect(column[MAX_RANGE_CELLS - 1]).toEqual([num(1)]);
    expect(() => rangeValues(sheetOf({ [`A${MAX_RANGE_CELLS + 1}`]: 1 }), "A:A")).toThrow(/te groot om te lezen/);
  });

  test("through the file door: readRange of a whole sheet is bounded the same way", async () => {
    const door = await openFileDoor(new Uint8Array(), "x.xlsx", async () => ({ name: "x.xlsx", sheets: [SHEET] }));
    await expect(door.readRange("Blad1", "A1:XFD1048576")).resolves.toHaveLength(5);
    await expect(door.readRange("Blad1", "B:B")).resolves.toEqual([[text("Begroting")], [num(500_000)]]);
  });
});
