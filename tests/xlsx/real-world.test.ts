/**
 * The real-world corpus: 150 workbooks from the public test suites of spreadsheet libraries
 * (../shared/testdata/real-world, MANIFEST.tsv: where each comes from and what LibreOffice makes
 * of it), written by Excel for Windows, Mac and Online, LibreOffice, WPS, ONLYOFFICE, POI,
 * ClosedXML, openpyxl and others. Every file the manifest expects read is read; every file it
 * expects refused is refused with its true reason; none of them, not being IZA workbooks, gets a
 * fout from the checks.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkWorkbook } from "../../src/core/engine";
import { ReadReason, readXlsx, WorkbookReadError } from "../../src/xlsx/read-xlsx";
import { describeRequiring, Requirement, SHARED_DIR } from "../setup/requirements";

const CORPUS = path.join(SHARED_DIR, "testdata", "real-world");
const MANIFEST = path.join(CORPUS, "MANIFEST.tsv");
const THE_CORPUS: Requirement = {
  missing: () => (existsSync(MANIFEST) ? null : `${MANIFEST} ontbreekt (de gedeelde map ../shared naast de checkout)`),
};

/** The manifest's reason classes and the reader's reasons that are true for them. */
const REASONS: Record<string, ReadReason[]> = {
  "empty file": ["leeg"],
  "empty zip": ["geen-werkmap"],
  "zip without a workbook part": ["geen-werkmap"],
  "not a workbook (no zip or OLE signature)": ["geen-werkmap", "ander-document"],
  "encrypted (password)": ["versleuteld"],
  "encrypted (default password)": ["versleuteld"],
  "XML entity expansion (bomb)": ["xml-bom"],
  "XML external entity (XXE)": ["externe-verwijzing"],
  "damaged workbook parts": ["beschadigd"],
  "corrupt zip": ["beschadigd", "afgebroken"],
  "corrupt zip entry": ["beschadigd"],
};

/**
 * Files whose manifest entry the reader does not follow, and why. LibreOffice 7.4 fails on this
 * one ("Unspecified Application Error") in its import of sparkline groups that carry a date range
 * (<xm:f> in x14:sparklineGroup): with those removed it opens the file. Nothing in it is damaged
 * (every part is well-formed, the zip is sound), so calling it damaged would be untrue; it is read.
 */
const DISPUTED: Record<string, string> = {
  "closedxml__SampleSparklines.xlsx":
    "LibreOffice 7.4 fails on its sparklines with a date range; the file is not damaged, so it is read",
};

interface Entry {
  file: string;
  producer: string;
  expected: "read" | "refuse";
  reasonClass: string;
}

function manifest(): Entry[] {
  const [header, ...lines] = readFileSync(MANIFEST, "utf8").trim().split("\n");
  const columns = header.split("\t");
  const at = (name: string) => columns.indexOf(name);
  return lines.map((line) => {
    const fields = line.split("\t");
    return {
      file: fields[at("file")],
      producer: fields[at("producer")] ?? "",
      expected: fields[at("expected")] as Entry["expected"],
      reasonClass: fields[at("reason_class")] ?? "",
    };
  });
}

async function outcome(
  file: string,
): Promise<{ reason: ReadReason | null; message: string; fouts: string[]; millis: number }> {
  const bytes = new Uint8Array(readFileSync(path.join(CORPUS, file)));
  const started = Date.now();
  try {
    const model = await readXlsx(bytes, file);
    const millis = Date.now() - started;
    const fouts = checkWorkbook(model)
      .findings.filter((f) => f.severity === "fout")
      .map((f) => `${f.rule} ${f.sheet}!${f.cell}: ${f.message}`);
    return { reason: null, message: "", fouts, millis };
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    return { reason: error.reason, message: error.message, fouts: [], millis: Date.now() - started };
  }
}

describeRequiring([THE_CORPUS], "the real-world corpus", () => {
  const entries = manifest();
  const times: [string, number][] = [];

  afterAll(() => {
    const slowest = [...times].sort((a, b) => b[1] - a[1]).slice(0, 3);
    console.log(
      `Real-world: ${times.length} bestanden; traagste: ${slowest.map(([f, ms]) => `${f} ${ms} ms`).join(", ")}`,
    );
  });

  test("the manifest lists the 150 files, each with an expectation the test knows", () => {
    expect(entries).toHaveLength(150);
    for (const entry of entries) {
      expect(existsSync(path.join(CORPUS, entry.file))).toBe(true);
      expect(["read", "refuse"]).toContain(entry.expected);
      if (entry.expected === "refuse" && !(entry.file in DISPUTED))
        expect(Object.keys(REASONS)).toContain(entry.reasonClass);
    }
  });

  const toRead = entries.filter((e) => e.expected === "read" || e.file in DISPUTED);
  const toRefuse = entries.filter((e) => e.expected === "refuse" && !(e.file in DISPUTED));

  test.each(toRead.map((e) => [e.file, e] as const))("%s is read, and no fout is found in it", async (file, entry) => {
    const result = await outcome(file);
    times.push([file, result.millis]);
    if (file in DISPUTED) console.log(`${file}: manifest "${entry.expected}/${entry.reasonClass}"; ${DISPUTED[file]}`);
    expect({ file, refused: result.reason && result.message }).toEqual({ file, refused: null });
    expect(result.fouts).toEqual([]);
  });

  test.each(toRefuse.map((e) => [e.file, e] as const))("%s is refused with its true reason", async (file, entry) => {
    const result = await outcome(file);
    times.push([file, result.millis]);
    expect({ file, reason: result.reason }).toEqual({ file, reason: expect.any(String) });
    expect(REASONS[entry.reasonClass]).toContain(result.reason);
    expect(result.message).not.toMatch(/\n|\bat .*:\d+|Error:|undefined|NaN/);
  });

  test("the file with 50.000 merged ranges (ExcelJS took 10 minutes) is read in seconds, merges and all", async () => {
    const started = Date.now();
    const model = await readXlsx(new Uint8Array(readFileSync(path.join(CORPUS, "poi__57893-many-merges.xlsx"))), "m");
    expect(Date.now() - started).toBeLessThan(30_000); // a guard against the hang; its time is in the bench
    expect(model.sheets[0].merges).toHaveLength(50_000);
  });
});
