import { Biff12Scanner } from "./biff12-scan";
import { concatBytes } from "./bytes";
import { emptyCounts, ScanCounts } from "./counts";
import { countsProblem, ReadLimits } from "./limits";
import { overText, refuse, sizeText, TEXT } from "./reasons";
import { OdsTable, XmlScanner } from "./xml-scan";
import { crc32, inflateEntry, localEntry, RawInflate, writeZip, ZipEntry, zipEntries } from "./zip";

/**
 * The look inside a zip before SheetJS reads it: the directory against the limits, each entry's
 * local header against the directory, and (where the environment can inflate a stream) every
 * entry inflated chunk by chunk through the scanners, stopping at the first limit or danger, so
 * that nothing is refused after it was built and no bomb ever reaches SheetJS. Then what the zip
 * holds: a workbook (.xlsx/.xlsm, .xlsb, .ods) or something else, named.
 */

export type ZipFormat = "xlsx" | "xlsb" | "ods";

export interface ZipFacts {
  format: ZipFormat;
  /** Null when the entries were not inflated (no DecompressionStream). */
  counts: ScanCounts | null;
  /** Worksheet part name → addresses of formula cells without a cached value. */
  uncached: Map<string, string[]>;
  ods: { tables: OdsTable[]; hiddenStyles: Set<string> } | null;
  /** Whether some worksheet marks a row or column hidden (or that is unknown: not inflated). */
  hiddenRowsOrCols: boolean;
  /** The bytes SheetJS is to read: the file, or a copy whose UTF-16 parts got the byte order mark SheetJS needs. */
  bytes: Uint8Array;
}

/** How much more than it declares an entry may inflate to before it counts as a zip bomb (some writers are off by a few bytes). */
const SIZE_SLACK = 1024 * 1024;
/** Parts whose text decides what the zip holds; kept when no larger than this. */
const TEXT_PART_LIMIT = 1024 * 1024;

const WORKBOOK_TYPES = [
  "spreadsheetml.sheet.main",
  "spreadsheetml.template.main",
  "ms-excel.sheet.macroEnabled.main",
  "ms-excel.template.macroEnabled.main",
  "ms-excel.addin.macroEnabled.main",
  "ms-excel.sheet.binary.macroEnabled.main",
];

const IMAGE = /\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|wdp)$/i;

/** `inflate` null: the environment cannot inflate a stream, so only the directory is looked at. */
export async function inspectZip(bytes: Uint8Array, limits: ReadLimits, inflate: RawInflate | null): Promise<ZipFacts> {
  const entries = zipEntries(bytes, limits.zipEntries);
  if (entries === "too-many")
    refuse("te-groot", TEXT.tooLarge(`meer dan ${TEXT.count(limits.zipEntries)} onderdelen in het zip-bestand`, false));
  if (entries === "no-end" || entries === "truncated") refuse("afgebroken", TEXT.truncated);
  if (entries === "damaged") refuse("beschadigd", TEXT.damaged("de inhoudsopgave van het zip-bestand is onleesbaar"));
  const files = entries.filter((e) => !(e.name.endsWith("/") && e.uncompressedSize === 0));
  if (files.length === 0) refuse("geen-werkmap", TEXT.emptyZip);
  if (files.some((e) => (e.flags & 1) !== 0)) refuse("versleuteld", TEXT.zipPassword);
  if (files.some((e) => e.name.includes("\\")))
    refuse(
      "beschadigd",
      TEXT.damaged("de namen in het zip-bestand gebruiken \\ in plaats van / (zo schrijft Excel geen werkmap)"),
    );
  const declared = files.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.unpackedBytes)
    refuse(
      "te-groot",
      TEXT.tooLarge(
        `uitgepakt is het bestand ${overText(declared, limits.unpackedBytes)}, de controle leest tot ${sizeText(limits.unpackedBytes)} uitgepakt`,
        false,
      ),
    );
  const locals = files.map((entry) => {
    const local = localEntry(bytes, entry);
    if (local === "truncated") refuse("afgebroken", TEXT.truncated);
    if (local === "damaged" || local.name !== entry.name)
      refuse("beschadigd", TEXT.damaged(`het onderdeel ${entry.name} is in het zip-bestand niet terug te vinden`));
    if (entry.method !== 0 && entry.method !== 8)
      refuse(
        "beschadigd",
        TEXT.damaged(
          `het onderdeel ${entry.name} is ingepakt op een manier die Excel niet gebruikt (methode ${entry.method})`,
        ),
      );
    return { entry, data: local.data };
  });

  const texts = new Map<string, string>();
  const facts: Omit<ZipFacts, "format"> = {
    counts: null,
    uncached: new Map(),
    ods: null,
    hiddenRowsOrCols: !inflate,
    bytes,
  };
  const boms: { entry: ZipEntry; data: Uint8Array; encoding: "utf16le" | "utf16be" }[] = [];
  if (inflate !== null) {
    const counts = emptyCounts();
    facts.counts = counts;
    let total = 0;
    for (const { entry, data } of locals) {
      const name = entry.name.toLowerCase();
      const keep = (name === "[content_types].xml" || name === "mimetype") && entry.uncompressedSize <= TEXT_PART_LIMIT;
      const xml = IMAGE.test(name) || name.endsWith(".bin") ? null : new XmlScanner(counts);
      const biff12 = name.endsWith(".bin") ? new Biff12Scanner(counts) : null;
      const kept: Uint8Array[] = [];
      let problem: string | null = null;
      const outcome = await inflateEntry(data, entry.method, entry.uncompressedSize + SIZE_SLACK, inflate, (chunk) => {
        total += chunk.length;
        if (total > limits.unpackedBytes) {
          problem = TEXT.tooLarge(`uitgepakt is het bestand meer dan ${sizeText(limits.unpackedBytes)}`, false);
          return false;
        }
        if (keep) kept.push(chunk.slice());
        xml?.push(chunk);
        biff12?.push(chunk);
        problem = countsProblem(counts, limits);
        return problem === null && xml?.danger == null;
      });
      if (outcome === "too-large") refuse("zip-bom", TEXT.zipBomb);
      if (outcome === "damaged")
        refuse("beschadigd", TEXT.damaged(`de gegevens van het onderdeel ${entry.name} zijn niet uit te pakken`));
      if (problem) refuse("te-groot", problem);
      if (xml) {
        if (xml.danger === "entities") refuse("xml-bom", TEXT.xmlBomb(entry.name));
        if (xml.danger === "external") refuse("externe-verwijzing", TEXT.external(entry.name));
        xml.finish();
        if (xml.danger === "entities") refuse("xml-bom", TEXT.xmlBomb(entry.name));
        if (xml.danger === "external") refuse("externe-verwijzing", TEXT.external(entry.name));
        if (xml.uncached.length > 0) facts.uncached.set(entry.name, xml.uncached);
        if (xml.hiddenRowsOrCols) facts.hiddenRowsOrCols = true;
        if (xml.kind === "ods-content") facts.ods = { tables: xml.odsTables, hiddenStyles: xml.hiddenTableStyles };
        if (xml.encoding !== "utf8" && !xml.bom) boms.push({ entry, data, encoding: xml.encoding });
      }
      biff12?.finish();
      const late = countsProblem(counts, limits);
      if (late) refuse("te-groot", late);
      if (keep) texts.set(name, new TextDecoder("utf-8").decode(concatBytes(kept)));
    }
  }
  const format = zipFormat(
    files.map((e) => e.name),
    texts,
  );
  if (boms.length > 0) facts.bytes = await withByteOrderMarks(locals, boms, inflate!);
  return { format, ...facts };
}

/** What the zip holds, from its content types (or mimetype), else from the names of its parts. */
function zipFormat(names: string[], texts: Map<string, string>): ZipFormat {
  const has = new Set(names.map((n) => n.toLowerCase().replace(/^\//, "")));
  const mimetype = texts.get("mimetype")?.trim();
  if (mimetype !== undefined || has.has("meta-inf/manifest.xml")) {
    if (mimetype === undefined) {
      if (has.has("content.xml")) return "ods";
    } else if (mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")) return "ods";
    else if (mimetype.startsWith("application/vnd.oasis.opendocument.text"))
      refuse("ander-document", TEXT.openDocument("tekstdocument (.odt)"));
    else if (mimetype.startsWith("application/vnd.oasis.opendocument.presentation"))
      refuse("ander-document", TEXT.openDocument("presentatie (.odp)"));
    else refuse("ander-document", TEXT.openDocument(`document (${mimetype.slice(0, 80)})`));
  }
  const types = texts.get("[content_types].xml");
  if (types !== undefined) {
    const declared = [...types.matchAll(/ContentType\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]);
    const main = declared.find((t) => WORKBOOK_TYPES.some((w) => t.includes(w)));
    if (main) return main.includes("binary") ? "xlsb" : "xlsx";
  }
  const word =
    types !== undefined ? /wordprocessingml\.(document|template)|ms-word\./.test(types) : has.has("word/document.xml");
  const powerPoint =
    types !== undefined ? /presentationml\.|ms-powerpoint\./.test(types) : has.has("ppt/presentation.xml");
  // SheetJS looks for these two when the content types name no workbook
  const workbook = has.has("xl/workbook.xml") ? "xlsx" : has.has("xl/workbook.bin") ? "xlsb" : null;
  if (workbook && has.has("[content_types].xml")) return workbook;
  if (word) refuse("ander-document", TEXT.word(".docx"));
  if (powerPoint) refuse("ander-document", TEXT.powerPoint(".pptx"));
  if (workbook) refuse("beschadigd", TEXT.damaged("het onderdeel [Content_Types].xml ontbreekt"));
  // Not inflated: the content types are unknown, SheetJS will find the workbook or say there is none
  if (types === undefined && has.has("[content_types].xml") && texts.size === 0) return "xlsx";
  return refuse("geen-werkmap", TEXT.noWorkbookInZip);
}

/**
 * A copy of the zip in which UTF-16 parts without a byte order mark (XML allows that; SheetJS
 * then reads them as UTF-8 and fails) start with one, stored uncompressed. Only those parts are
 * inflated again; the others are copied as they are.
 */
async function withByteOrderMarks(
  locals: { entry: ZipEntry; data: Uint8Array }[],
  boms: { entry: ZipEntry; encoding: "utf16le" | "utf16be" }[],
  inflate: RawInflate,
): Promise<Uint8Array> {
  const changed = new Map(boms.map((b) => [b.entry, b.encoding]));
  const out = [];
  for (const { entry, data } of locals) {
    const encoding = changed.get(entry);
    if (encoding === undefined) {
      out.push({ name: entry.name, method: entry.method, body: data, crc: entry.crc, size: entry.uncompressedSize });
      continue;
    }
    const chunks = [Uint8Array.from(encoding === "utf16le" ? [0xff, 0xfe] : [0xfe, 0xff])];
    await inflateEntry(data, entry.method, entry.uncompressedSize + SIZE_SLACK, inflate, (chunk) => {
      chunks.push(chunk.slice());
      return true;
    });
    const body = concatBytes(chunks);
    out.push({ name: entry.name, method: 0, body, crc: crc32(body), size: body.length });
  }
  return writeZip(out);
}
