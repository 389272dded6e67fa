import { emptyCounts } from "../../src/xlsx/counts";
import { XmlScanner } from "../../src/xlsx/xml-scan";

/**
 * The look inside a sheet before SheetJS (src/xlsx/xml-scan.ts) gets the part in chunks as it is
 * unpacked (1 MB at a time), so any tag can be cut in two. What it finds must not depend on where:
 * the formulas without a cached value (openpyxl writes every formula so) keep their own address,
 * and an empty <v></v> stays no value, wherever a chunk ends.
 */
const SHEET =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="2"><c r="B2"><v>1</v></c><c r="F2" t="n"><f>B2*2</f></c></row>' +
  '<row r="7"><c r="C7"><f>SUM(B2:B5)</f><v></v></c><c r="AA7" s="3"><f>F2</f><v>2</v></c><c r="AB7"><f>1+1</f></c></row>' +
  "</sheetData></worksheet>";

function scan(chunks: Uint8Array[]): { uncached: string[]; cells: number } {
  const counts = emptyCounts();
  const scanner = new XmlScanner(counts);
  for (const chunk of chunks) scanner.push(chunk);
  scanner.finish();
  return { uncached: [...scanner.uncached], cells: counts.cells };
}

test("one chunk: the cells with a formula and no cached value, by their own address", () => {
  const bytes = new TextEncoder().encode(SHEET);
  expect(scan([bytes])).toEqual({ uncached: ["F2", "C7", "AB7"], cells: 5 });
});

test("cut in two at every byte: the same cells, the same addresses", () => {
  const bytes = new TextEncoder().encode(SHEET);
  const whole = scan([bytes]);
  for (let at = 1; at < bytes.length; at++) {
    expect({ at, ...scan([bytes.subarray(0, at), bytes.subarray(at)]) }).toEqual({ at, ...whole });
  }
});

test("byte by byte: the same again", () => {
  const bytes = new TextEncoder().encode(SHEET);
  const chunks = Array.from(bytes, (_, i) => bytes.subarray(i, i + 1));
  expect(scan(chunks)).toEqual(scan([bytes]));
});
