/**
 * Files that fight back, built in memory (no binary fixtures): damaged and cut-off zips, .xls of
 * every age (Excel 4.0, 5.0/95, 97-2003) and password-protected workbooks (Compound File Binary
 * containers), text renamed to .xlsx, empty workbooks, huge used ranges, circular references,
 * 32.767-character cells, external links, hidden sheets, merged headers, 200 sheets, zip bombs,
 * XML bombs and external entities, and what makes a reader's work grow (50.000 merges, hyperlinks
 * over a whole sheet, array formulas, comments). Each builder returns the bytes a user's file
 * would have. Reusable by the browser tests: `import { hostileFiles } from "../hostile/hostile-files"`.
 */
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { constants as zlibConstants, deflateRawSync, inflateRawSync } from "node:zlib";
import { concatBytes } from "../../src/xlsx/bytes";
import { crc32, entryData, writeZip, zipEntries } from "../../src/xlsx/zip";
import { BEGROTING_2024, begrotingSheet, buildWorkbook, CellSpec, SheetSpec, toBytes } from "../engine/helpers";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// ---------------------------------------------------------------------------------------------
// A small zip reader and writer, so tests can change what ExcelJS wrote and declare any size.

export interface ZipFile {
  name: string;
  data: Uint8Array;
  /** Stored (0) or deflated (8, the default). */
  method?: 0 | 8;
  /** The compressed bytes as they are, when `data` is already deflated (a zip bomb's). */
  raw?: Uint8Array;
  /** The uncompressed size the directory claims; default the true one. */
  declaredSize?: number;
}

/** The entries of a zip, inflated. */
export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  const entries = zipEntries(bytes, 100_000);
  if (typeof entries === "string") throw new Error("geen zip");
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const data = entryData(bytes, entry)!;
    files.set(entry.name, entry.method === 0 ? data.slice() : new Uint8Array(inflateRawSync(data)));
  }
  return files;
}

export function zip(files: ZipFile[]): Uint8Array {
  return writeZip(
    files.map((file) => {
      const method = file.method ?? 8;
      const body = file.raw ?? (method === 8 ? new Uint8Array(deflateRawSync(file.data, { level: 1 })) : file.data);
      return { name: file.name, method, body, crc: crc32(file.data), size: file.declaredSize ?? file.data.length };
    }),
  );
}

/** An .xlsx with some of its parts changed or added; `[Content_Types].xml` first, as Excel writes it. */
export function rezip(
  bytes: Uint8Array,
  edit: (files: Map<string, string | Uint8Array>) => void,
  options: Record<string, Partial<ZipFile>> = {},
): Uint8Array {
  const files = new Map<string, string | Uint8Array>(unzip(bytes));
  edit(files);
  const names = [...files.keys()].sort((a, b) =>
    a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : 0,
  );
  return zip(
    names.map((name) => {
      const value = files.get(name)!;
      return { name, data: typeof value === "string" ? encoder.encode(value) : value, ...options[name] };
    }),
  );
}

function text(files: Map<string, string | Uint8Array>, name: string): string {
  const value = files.get(name);
  if (value === undefined) throw new Error(`${name} ontbreekt`);
  return typeof value === "string" ? value : decoder.decode(value);
}

/** Inserts XML into a worksheet part after its </sheetData> (where mergeCells and dataValidations go). */
function afterSheetData(files: Map<string, string | Uint8Array>, sheet: string, xml: string): void {
  files.set(sheet, text(files, sheet).replace("</sheetData>", `</sheetData>${xml}`));
}

// ---------------------------------------------------------------------------------------------
// Compound File Binary (OLE2): the container of old .xls files and of encrypted .xlsx files.

interface CfbStream {
  name: string;
  data: Uint8Array;
}

/**
 * A version 3 compound file with 512-byte sectors: header, one FAT sector, one directory sector
 * and the streams (each padded with zeros to at least 4.096 bytes, so they live in regular
 * sectors, no mini stream; Excel pads its workbook stream the same way).
 * `storages` are empty storages (like "\u0006DataSpaces" of an encrypted workbook).
 */
export function cfb(streams: CfbStream[], storages: string[] = []): Uint8Array {
  const SECTOR = 512;
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const padded = streams.map((s) => {
    const size = Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR);
    const data = new Uint8Array(size);
    data.set(s.data);
    return { name: s.name, data };
  });
  const entries = 1 + padded.length + storages.length;
  if (entries > 4) throw new Error("één directorysector: hoogstens 4 items");
  const dataSectors = padded.reduce((n, s) => n + s.data.length / SECTOR, 0);
  const sectors = 2 + dataSectors;
  if (sectors > 128) throw new Error("één FAT-sector: hoogstens 128 sectoren");

  const header = new Uint8Array(SECTOR);
  const hv = new DataView(header.buffer);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  hv.setUint16(0x18, 0x003e, true); // minor version
  hv.setUint16(0x1a, 3, true); // major version
  hv.setUint16(0x1c, 0xfffe, true); // byte order
  hv.setUint16(0x1e, 9, true); // 512-byte sectors
  hv.setUint16(0x20, 6, true); // 64-byte mini sectors
  hv.setUint32(0x2c, 1, true); // one FAT sector
  hv.setUint32(0x30, 1, true); // directory in sector 1
  hv.setUint32(0x38, 4096, true); // mini stream cutoff
  hv.setUint32(0x3c, END, true); // no mini FAT
  hv.setUint32(0x44, END, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) hv.setUint32(0x4c + i * 4, i === 0 ? 0 : FREE, true);

  const fat = new Uint8Array(SECTOR);
  const fv = new DataView(fat.buffer);
  for (let i = 0; i < 128; i++) fv.setUint32(i * 4, FREE, true);
  fv.setUint32(0, 0xfffffffd, true); // the FAT itself
  fv.setUint32(4, END, true); // the directory: one sector
  const starts: number[] = [];
  let next = 2;
  for (const s of padded) {
    starts.push(next);
    const count = s.data.length / SECTOR;
    for (let i = 0; i < count; i++) fv.setUint32((next + i) * 4, i === count - 1 ? END : next + i + 1, true);
    next += count;
  }

  const dir = new Uint8Array(SECTOR);
  const dv = new DataView(dir.buffer);
  const names = ["Root Entry", ...padded.map((s) => s.name), ...storages];
  names.forEach((name, i) => {
    const e = i * 128;
    for (let k = 0; k < name.length; k++) dv.setUint16(e + k * 2, name.charCodeAt(k), true);
    dv.setUint16(e + 0x40, (name.length + 1) * 2, true);
    dir[e + 0x42] = i === 0 ? 5 : i <= padded.length ? 2 : 1; // root, stream, storage
    dir[e + 0x43] = 1; // black
    dv.setUint32(e + 0x44, FREE, true); // left sibling
    dv.setUint32(e + 0x48, i > 0 && i + 1 < names.length ? i + 1 : FREE, true); // right sibling
    dv.setUint32(e + 0x4c, i === 0 && names.length > 1 ? 1 : FREE, true); // child
    const stream = i > 0 && i <= padded.length ? padded[i - 1] : undefined;
    dv.setUint32(e + 0x74, stream ? starts[i - 1] : i === 0 ? END : 0, true);
    dv.setUint32(e + 0x78, stream ? stream.data.length : 0, true); // padded: a stream under 4.096 bytes would belong in the mini stream
  });
  for (let i = names.length; i < 4; i++) {
    const e = i * 128;
    dv.setUint32(e + 0x44, FREE, true);
    dv.setUint32(e + 0x48, FREE, true);
    dv.setUint32(e + 0x4c, FREE, true);
  }
  return concatBytes([header, fat, dir, ...padded.map((s) => s.data)]);
}

/** BIFF records ([MS-XLS] 2.1.4): a 2-byte type, a 2-byte size, the data. */
function biffRecords(records: [number, Uint8Array][]): Uint8Array {
  return concatBytes(
    records.map(([type, data]) => {
      const out = new Uint8Array(4 + data.length);
      const v = new DataView(out.buffer);
      v.setUint16(0, type, true);
      v.setUint16(2, data.length, true);
      out.set(data, 4);
      return out;
    }),
  );
}

function le(...fields: [number, 1 | 2 | 4 | 8][]): Uint8Array {
  const out = new Uint8Array(fields.reduce((n, [, size]) => n + size, 0));
  const v = new DataView(out.buffer);
  let at = 0;
  for (const [value, size] of fields) {
    if (size === 1) v.setUint8(at, value);
    else if (size === 2) v.setUint16(at, value, true);
    else if (size === 4) v.setUint32(at, value, true);
    else v.setFloat64(at, value, true);
    at += size;
  }
  return out;
}

/** Text in Windows-1252, the code page of Dutch Excel 5.0/95 files. */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => (ch === "€" ? 0x80 : ch === "–" ? 0x96 : ch.charCodeAt(0)));
}

/**
 * An Excel 5.0/95 workbook (BIFF5: a "Book" stream, text in code page 1252) with one sheet of
 * rows of text and numbers, as Excel 95 lays it out: globals (BOF, CODEPAGE, BOUNDSHEET, EOF),
 * then the sheet (BOF, LABEL and NUMBER records, EOF). `cutOff` bytes are left off its end.
 */
export function biff5Workbook(sheetName: string, rows: (string | number)[][], cutOff = 0): Uint8Array {
  const BOF = 0x0809;
  const EOF = 0x000a;
  const bof = (dt: number) => le([0x0500, 2], [dt, 2], [0x0dbb, 2], [0x07cc, 2]);
  const cells: [number, Uint8Array][] = [];
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === "number") cells.push([0x0203, concatBytes([le([r, 2], [c, 2], [15, 2], [value, 8])])]);
      else {
        const text = cp1252(value);
        cells.push([0x0204, concatBytes([le([r, 2], [c, 2], [15, 2], [text.length, 2]), text])]);
      }
    }),
  );
  const name = cp1252(sheetName);
  const globals = (sheetAt: number) =>
    biffRecords([
      [BOF, bof(0x0005)],
      [0x0042, le([1252, 2])],
      [0x0085, concatBytes([le([sheetAt, 4], [0, 2], [name.length, 1]), name])],
      [EOF, new Uint8Array(0)],
    ]);
  const sheet = biffRecords([[BOF, bof(0x0010)], ...cells, [EOF, new Uint8Array(0)]]);
  const head = globals(0);
  const stream = concatBytes([globals(head.length), sheet]);
  return cfb([{ name: "Book", data: stream.subarray(0, stream.length - cutOff) }]);
}

/** An .xls whose workbook stream says it is encrypted (a FILEPASS record after the first BOF). */
export function encryptedXls(): Uint8Array {
  const stream = biffRecords([
    [0x0809, le([0x0600, 2], [0x0005, 2], [0x0dbb, 2], [0x07cc, 2], [0, 4], [0, 4])],
    [0x002f, le([1, 2], [1, 2], [1, 2], ...Array.from({ length: 48 }, () => [0, 1] as [number, 1]))],
    [0x000a, new Uint8Array(0)],
  ]);
  return cfb([{ name: "Workbook", data: stream }]);
}

/**
 * A begroting as SheetJS's writer saves it in another format (.xls BIFF8, .xlsb, .ods): values
 * only, so the Totaal is a typed number.
 */
export function begrotingAs(bookType: XLSX.BookType, total = 4_747_850): Uint8Array {
  const rows: (string | number)[][] = [["Onderdeel", "Bedrag (€)"], ...BEGROTING_2024, ["Totaal", total]];
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), "Begroting");
  return new Uint8Array(XLSX.write(workbook, { type: "array", bookType }));
}

/** An Excel 97-2003 workbook (.xls, BIFF8) of a begroting. */
export function xlsBegroting(): Uint8Array {
  return begrotingAs("xls");
}

/** An Excel 4.0 worksheet (BIFF4: a bare record stream, no OLE container), as SheetJS writes one. */
export function excel4Worksheet(): Uint8Array {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    workbook,
    XLSX.utils.aoa_to_sheet([
      ["Onderdeel", "Bedrag"],
      ["Projectbureau", 500000],
    ]),
    "Blad1",
  );
  return new Uint8Array(XLSX.write(workbook, { type: "array", bookType: "biff4" as XLSX.BookType }));
}

/**
 * An .xlsx saved with a password (agile encryption): a compound file with "EncryptionInfo" (version
 * 4.4 and its XML descriptor), "EncryptedPackage" (the size, then ciphertext) and "\u0006DataSpaces".
 */
export function passwordProtected(): Uint8Array {
  const xml = encoder.encode(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
      '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">' +
      '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" ' +
      'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="c2FsdHNhbHRzYWx0c2FsdA=="/>' +
      "</encryption>",
  );
  const info = new Uint8Array(8 + xml.length);
  const iv = new DataView(info.buffer);
  iv.setUint16(0, 4, true);
  iv.setUint16(2, 4, true);
  iv.setUint32(4, 0x40, true);
  info.set(xml, 8);
  const cipher = new Uint8Array(6000);
  new DataView(cipher.buffer).setUint32(0, 5000, true);
  for (let i = 8; i < cipher.length; i++) cipher[i] = (i * 7919) & 0xff;
  return cfb(
    [
      { name: "EncryptionInfo", data: info },
      { name: "EncryptedPackage", data: cipher },
    ],
    ["\u0006DataSpaces"],
  );
}

/** A compound file whose directory cannot be read: only the signature (a damaged .xls or protected .xlsx). */
export function bareCfbHeader(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return bytes;
}

/** A CSV export from a financial system, renamed to .xlsx. */
export function csvRenamed(): Uint8Array {
  const lines = ["Onderdeel;Bedrag", ...BEGROTING_2024.map(([label, amount]) => `"${label}";${amount}`)];
  return encoder.encode(`${lines.join("\r\n")}\r\n`);
}

// ---------------------------------------------------------------------------------------------
// Workbooks.

/** A clean begroting, as a reference file that must still be checked in the same run. */
export async function cleanBegroting(): Promise<Uint8Array> {
  return toBytes(buildWorkbook([begrotingSheet()]));
}

/** A damaged zip: cut off halfway (a broken download), or with the middle of its data scrambled. */
export async function corruptZip(kind: "truncated" | "scrambled" = "truncated"): Promise<Uint8Array> {
  const bytes = await cleanBegroting();
  if (kind === "truncated") return bytes.slice(0, Math.floor(bytes.length / 2));
  const entries = zipEntries(bytes, 1000);
  if (typeof entries === "string") throw new Error("geen zip");
  const sheet = entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
  const data = entryData(bytes, sheet)!;
  const copy = bytes.slice();
  const start = data.byteOffset - bytes.byteOffset;
  for (let i = start + 8; i < start + data.length - 8; i++) copy[i] ^= 0x5a;
  return copy;
}

/** One empty sheet. */
export async function emptyWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Blad1");
  return toBytes(workbook);
}

/** A workbook without a single worksheet (ExcelJS writes one; Excel would not open it). */
export async function noSheets(): Promise<Uint8Array> {
  return toBytes(new ExcelJS.Workbook());
}

/**
 * A begroting with a value in XFD1048576: the used range is the whole sheet. With `extras`, also
 * what makes ExcelJS expand per cell: a whole column merged, a drop-down list (data validation)
 * over the whole sheet, and every column formatted.
 */
export async function hugeUsedRange(extras = false): Promise<Uint8Array> {
  const sheet = begrotingSheet();
  sheet.cells = { XFD1048576: "einde", XFD1: "rechtsboven", A1048576: "linksonder" };
  const bytes = await toBytes(buildWorkbook([sheet]));
  if (!extras) return bytes;
  return rezip(bytes, (files) => {
    const name = "xl/worksheets/sheet1.xml";
    files.set(
      name,
      text(files, name)
        .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
        .replace(/<cols>.*?<\/cols>/, "")
        .replace(
          "<sheetData>",
          '<cols><col min="1" max="16384" width="12" style="0" customWidth="1"/></cols><sheetData>',
        ),
    );
    afterSheetData(
      files,
      name,
      '<mergeCells count="1"><mergeCell ref="E1:E1048576"/></mergeCells>' +
        '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" dxfId="0" priority="1"><formula>A1&lt;0</formula></cfRule></conditionalFormatting>' +
        '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"Ja,Nee"</formula1></dataValidation></dataValidations>',
    );
  });
}

/**
 * Circular references: A1=B1 and B1=A1 on a sheet of their own (cached 0, as Excel leaves them),
 * and a begroting whose Totaal sums itself (=SUM(B2:B11) in B11), cached 0.
 */
export async function circular(): Promise<Uint8Array> {
  const begroting = begrotingSheet({ total: { f: "SUM(B2:B11)", v: 0 } });
  const kring: SheetSpec = { name: "Kring", cells: { A1: { f: "B1", v: 0 }, B1: { f: "A1", v: 0 } } };
  return toBytes(buildWorkbook([begroting, kring]));
}

export const MAX_CELL_TEXT = 32_767;

/** Cells of 32.767 characters (Excel's maximum): a label, a header, a note and an amount cell. */
export async function longText(): Promise<Uint8Array> {
  const long = (start: string) =>
    (start + " ").repeat(Math.ceil(MAX_CELL_TEXT / (start.length + 1))).slice(0, MAX_CELL_TEXT);
  const sheet = begrotingSheet({ amounts: BEGROTING_2024.map(([, amount], i) => (i === 4 ? long("17.850") : amount)) });
  sheet.rows![3][0] = long("Ketenaanpakken");
  sheet.cells = { D1: long("Toelichting"), D2: long("lange toelichting") };
  return toBytes(buildWorkbook([sheet]));
}

/**
 * A begroting whose amounts come from other workbooks: `[1]Begroting!B2` (how Excel stores a link)
 * and `'C:\map\[begroting.xlsx]Blad1'!B5`, with their cached values, and the external link parts
 * (xl/externalLinks) a real file has.
 */
export async function externalLinks(): Promise<Uint8Array> {
  const amounts = BEGROTING_2024.map(([, amount], i) =>
    i === 1
      ? { f: "'C:\\map\\[begroting.xlsx]Blad1'!B5", v: amount }
      : i % 2 === 0
        ? { f: `[1]Begroting!B${i + 2}`, v: amount }
        : amount,
  );
  const bytes = await toBytes(buildWorkbook([begrotingSheet({ amounts })]));
  return rezip(bytes, (files) => {
    files.set(
      "xl/externalLinks/externalLink1.xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<externalBook r:id="rId1"><sheetNames><sheetName val="Begroting"/></sheetNames>' +
        '<sheetDataSet><sheetData sheetId="0"><row r="2"><cell r="B2"><v>500000</v></cell></row></sheetData></sheetDataSet>' +
        "</externalBook></externalLink>",
    );
    files.set(
      "xl/externalLinks/_rels/externalLink1.xml.rels",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" ' +
        'Target="file:///\\\\server\\iza\\begroting-2024.xlsx" TargetMode="External"/></Relationships>',
    );
    const rels = "xl/_rels/workbook.xml.rels";
    files.set(
      rels,
      text(files, rels).replace(
        "</Relationships>",
        '<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>',
      ),
    );
    const wb = "xl/workbook.xml";
    files.set(
      wb,
      text(files, wb).replace(
        "</sheets>",
        '</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>',
      ),
    );
    const types = "[Content_Types].xml";
    files.set(
      types,
      text(files, types).replace(
        "</Types>",
        '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>',
      ),
    );
  });
}

/**
 * A visible sheet without tables, a hidden sheet with a begroting whose Totaal is off by € 1.000,
 * and a very hidden sheet with a clean begroting.
 */
export async function hiddenSheets(): Promise<Uint8Array> {
  const amounts = BEGROTING_2024.map(([, amount]) => amount);
  return toBytes(
    buildWorkbook([
      { name: "Voorblad", cells: { A1: "IZA Noord- en Midden-Limburg", A2: "Begroting 2024" } },
      { ...begrotingSheet({ name: "Verborgen", amounts, total: { f: "SUM(B2:B10)", v: 4_748_850 } }), state: "hidden" },
      { ...begrotingSheet({ name: "Heel verborgen" }), state: "veryHidden" },
    ]),
  );
}

/**
 * A merged title over the table (A1:D1), a two-row header whose "Onderdeel" is merged down
 * (A3:A4) and whose "Begroting 2024" is merged across its two columns (B3:C3) above
 * "Vastgesteld" and "Gewijzigd", and a Totaal row; the Gewijzigd total is € 10.000 off.
 */
export async function mergedHeaders(): Promise<Uint8Array> {
  const rows: CellSpec[][] = [
    ["Begroting IZA 2024 (bedragen in euro's)"],
    [],
    ["Onderdeel", "Begroting 2024", null, "Toelichting"],
    [null, "Vastgesteld", "Gewijzigd", null],
  ];
  BEGROTING_2024.forEach(([label, amount]) => rows.push([label, amount, amount]));
  const first = 5;
  const last = first + BEGROTING_2024.length - 1;
  rows.push(["Totaal", { f: `SUM(B${first}:B${last})` }, { f: `SUM(C${first}:C${last})`, v: 4_757_850 }]);
  return toBytes(buildWorkbook([{ name: "Begroting", rows, merges: ["A1:D1", "A3:A4", "B3:C3", "D3:D4"] }]));
}

/** Sheet names of manySheets that hold a begroting, and the one whose Totaal is off. */
export function manySheetsLayout(count: number): { tables: string[]; wrong: string } {
  const tables: string[] = [];
  for (let i = 1; i <= count; i += 20) tables.push(`Blad ${i}`);
  return { tables, wrong: tables[Math.floor(tables.length / 2)] };
}

/** `count` sheets; every twentieth holds a begroting (one with a Totaal € 1 off), the others a few notes. */
export async function manySheets(count = 200): Promise<Uint8Array> {
  const { tables, wrong } = manySheetsLayout(count);
  const sheets: SheetSpec[] = [];
  for (let i = 1; i <= count; i++) {
    const name = `Blad ${i}`;
    if (name === wrong) sheets.push(begrotingSheet({ name, total: { f: "SUM(B2:B10)", v: 4_747_851 } }));
    else if (tables.includes(name)) sheets.push(begrotingSheet({ name, at: "B3" }));
    else sheets.push({ name, cells: { A1: `Notities ${i}`, A2: "Geen tabel op dit blad", C5: i } });
  }
  return toBytes(buildWorkbook(sheets));
}

// ---------------------------------------------------------------------------------------------
// Bombs and limits.

/** A zip whose directory declares more unpacked bytes than the limit (4 GB for the sheet). */
export async function declaredZipBomb(): Promise<Uint8Array> {
  return rezip(await cleanBegroting(), () => undefined, {
    "xl/worksheets/sheet1.xml": { declaredSize: 0xfffffff0 },
  });
}

/**
 * A zip bomb whose directory lies: the sheet claims its true size (a few KB) but inflates to
 * `megabytes` MB, spaces after the XML. The file stays about 1 KB per MB: the same compressed
 * block of 1 MB of spaces, repeated (each ends in a full flush, so each stands on its own).
 */
export async function lyingZipBomb(megabytes = 1024): Promise<Uint8Array> {
  const bytes = await cleanBegroting();
  const sheetName = "xl/worksheets/sheet1.xml";
  const xml = unzip(bytes).get(sheetName)!;
  const flush = { finishFlush: zlibConstants.Z_FULL_FLUSH };
  const head = new Uint8Array(deflateRawSync(xml, flush));
  const block = new Uint8Array(deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), flush));
  const finalBlock = new Uint8Array([0x03, 0x00]); // an empty final block
  const raw = concatBytes([head, ...Array.from({ length: megabytes }, () => block), finalBlock]);
  return rezip(bytes, () => undefined, { [sheetName]: { raw, declaredSize: xml.length } });
}

/** A sheet XML of `rows` rows of `perRow` formatted empty cells (how a template formats an area). */
export function formattedSheetXml(rows: number, perRow: number, rowsOnly = false): string {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  const letters = ["A", "B", "C", "D", "E", "F", "G", "H"];
  for (let r = 1; r <= rows; r++) {
    if (rowsOnly) {
      parts.push(`<row r="${r}" s="1" customFormat="1"/>`);
      continue;
    }
    let row = `<row r="${r}">`;
    for (let c = 0; c < perRow; c++) row += `<c r="${letters[c]}${r}" s="1"/>`;
    parts.push(`${row}</row>`);
  }
  parts.push("</sheetData></worksheet>");
  return parts.join("");
}

/** A workbook whose only sheet is replaced by `xml` (and more sheets of the same, if asked). */
export async function withSheetXml(xmls: string[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  xmls.forEach((_, i) => (workbook.addWorksheet(`Blad${i + 1}`).getCell("A1").value = 1));
  return rezip(await toBytes(workbook), (files) => {
    xmls.forEach((xml, i) => files.set(`xl/worksheets/sheet${i + 1}.xml`, xml));
  });
}

/** `sheets` sheets with a cell in column XFD each: ExcelJS makes 16.384 column objects per sheet. */
export async function wideSheets(sheets: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (let i = 1; i <= sheets; i++) {
    const ws = workbook.addWorksheet(`Blad${i}`);
    ws.getCell("A1").value = "Onderdeel";
    ws.getCell("XFD1").value = "laatste kolom";
  }
  return toBytes(workbook);
}

/** A zip with `count` entries (besides a real workbook's). */
export async function manyEntries(count: number): Promise<Uint8Array> {
  return rezip(await cleanBegroting(), (files) => {
    for (let i = 0; i < count; i++) files.set(`customXml/item${i}.xml`, "<a/>");
  });
}

/** A workbook with `count` worksheet parts (all but the first not in workbook.xml). */
export async function manySheetParts(count: number): Promise<Uint8Array> {
  return rezip(await cleanBegroting(), (files) => {
    for (let i = 2; i <= count; i++) files.set(`xl/worksheets/sheet${i}.xml`, "<worksheet/>");
  });
}

/**
 * An XML bomb ("billion laughs"): the shared strings declare entities of ten of the one before,
 * nine deep (a thousand million "lol"s, 3 GB), and a string that uses the last.
 */
export async function xmlBomb(): Promise<Uint8Array> {
  const entities = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? "" : i - 1};`.repeat(10)}">`);
  return rezip(await cleanBegroting(), (files) => {
    files.set(
      "xl/sharedStrings.xml",
      `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n${entities.join("\n")}\n]>\n` +
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>',
    );
  });
}

/** An external entity (XXE): the workbook part declares one that reads a file of the machine. */
export async function externalEntity(): Promise<Uint8Array> {
  return rezip(await cleanBegroting(), (files) => {
    const name = "xl/workbook.xml";
    files.set(
      name,
      text(files, name).replace("?>", '?><!DOCTYPE workbook [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>'),
    );
  });
}

/** A sheet of `count` merged ranges of two cells each (A1:B1, A2:B2, …), the values in column C. */
export async function manyMerges(count: number): Promise<Uint8Array> {
  const rows: string[] = [];
  const merges: string[] = [];
  for (let r = 1; r <= count; r++) {
    rows.push(`<row r="${r}"><c r="A${r}" s="0"/><c r="B${r}" s="0"/><c r="C${r}"><v>${r}</v></c></row>`);
    merges.push(`<mergeCell ref="A${r}:B${r}"/>`);
  }
  return withSheetXml([
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<sheetData>${rows.join("")}</sheetData><mergeCells count="${count}">${merges.join("")}</mergeCells></worksheet>`,
  ]);
}

/** A sheet whose parts make a reader walk far more than is in the file: `what` says which. */
export async function multiplier(
  what: "hyperlink" | "array-formulas" | "columns" | "comments" | "chart-index",
  count: number,
): Promise<Uint8Array> {
  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
  const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
  switch (what) {
    case "hyperlink":
      // one hyperlink over the whole sheet: SheetJS visits its 17 billion cells
      return withSheetXml([
        `${head}<sheetData>${row(1, '<c r="A1" t="inlineStr"><is><t>link</t></is></c>')}</sheetData>` +
          '<hyperlinks><hyperlink ref="A1:XFD1048576" location="Blad1!A1"/></hyperlinks></worksheet>',
      ]);
    case "array-formulas": {
      // array formulas over two cells each: SheetJS compares every later cell with every one of them
      const rows = Array.from({ length: count }, (_, i) =>
        row(i + 1, `<c r="A${i + 1}"><f t="array" ref="A${i + 1}:B${i + 1}">1+1</f><v>2</v></c>`),
      );
      return withSheetXml([`${head}<sheetData>${rows.join("")}</sheetData></worksheet>`]);
    }
    case "columns": {
      // column formatting over all 16.384 columns, `count` times
      const cols = Array.from({ length: count }, () => '<col min="1" max="16384" width="9" customWidth="1"/>');
      return withSheetXml([`${head}<cols>${cols.join("")}</cols><sheetData/></worksheet>`]);
    }
    case "comments":
      return rezip(await cleanBegroting(), (files) => {
        const list = Array.from(
          { length: count },
          () => '<comment ref="A1" authorId="0"><text><t>x</t></text></comment>',
        );
        files.set(
          "xl/comments1.xml",
          '<?xml version="1.0"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
            `<authors><author>iza</author></authors><commentList>${list.join("")}</commentList></comments>`,
        );
      });
    case "chart-index":
      // one chart point at index `count`: SheetJS walks the cache up to it
      return rezip(await cleanBegroting(), (files) => {
        files.set(
          "xl/charts/chart1.xml",
          '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:ser><c:val><c:numRef><c:numCache>' +
            `<c:ptCount val="1"/><c:pt idx="${count}"><c:v>1</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>`,
        );
      });
  }
}

/** Every hostile file by the name it gets on disk, for runs over a folder (the CLI, the browser). */
export async function hostileFiles(): Promise<Record<string, Uint8Array>> {
  return {
    "beschadigd.xlsx": await corruptZip(),
    "oud-formaat.xlsx": excel4Worksheet(),
    "xls-als-xlsx.xlsx": xlsBegroting(),
    "excel-95.xls": biff5Workbook("Begroting", [["Onderdeel", "Bedrag (€)"], ...BEGROTING_2024, ["Totaal", 4_748_850]]),
    "xml-bom.xlsx": await xmlBomb(),
    "begroting.xlsb": begrotingAs("xlsb", 4_747_851),
    "begroting.ods": begrotingAs("ods", 4_747_849),
    "export.xlsx": csvRenamed(),
    "wachtwoord.xlsx": passwordProtected(),
    "leeg.xlsx": await emptyWorkbook(),
    "geen-bladen.xlsx": await noSheets(),
    "heel-groot-bereik.xlsx": await hugeUsedRange(true),
    "kringverwijzing.xlsx": await circular(),
    "lange-teksten.xlsx": await longText(),
    "externe-koppelingen.xlsx": await externalLinks(),
    "verborgen-bladen.xlsx": await hiddenSheets(),
    "samengevoegde-kopjes.xlsx": await mergedHeaders(),
    "200-bladen.xlsx": await manySheets(200),
    "zip-bom.xlsx": await lyingZipBomb(),
  };
}
