/** The iza-controle command, run through main() without building. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main, USAGE } from "../../src/cli/main";
import { SAMPLES } from "../../src/samples/make-samples";
import { countLine } from "../../src/core/labels";
import { begrotingSheet, buildWorkbook, toBytes } from "../engine/helpers";

async function run(args: string[], cwd?: string): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const status = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, cwd ? { cwd } : {});
  return { status, stdout, stderr };
}

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "iza-cli-"));
  writeFileSync(path.join(dir, "schoon.xlsx"), await toBytes(buildWorkbook([begrotingSheet()])));
  writeFileSync(
    path.join(dir, "fout.xlsx"),
    await toBytes(buildWorkbook([begrotingSheet({ total: { f: "SUM(B2:B10)", v: 1 } })])),
  );
  mkdirSync(path.join(dir, "map", "dieper"), { recursive: true });
  writeFileSync(path.join(dir, "map", "a.xlsx"), await toBytes(buildWorkbook([begrotingSheet()])));
  writeFileSync(path.join(dir, "map", "dieper", "b.xlsm"), await toBytes(buildWorkbook([begrotingSheet()])));
  writeFileSync(path.join(dir, "map", "~$a.xlsx"), "lock");
  writeFileSync(path.join(dir, "map", "notities.txt"), "geen werkmap");
  writeFileSync(path.join(dir, "tekst.xlsx"), "Onderdeel;Bedrag\n");
  const cfb = new Uint8Array(2048);
  cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  writeFileSync(path.join(dir, "wachtwoord.xlsx"), cfb);
  writeFileSync(path.join(dir, "oud.xls"), cfb);
  mkdirSync(path.join(dir, "leeg"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("without arguments it checks the samples in assets/ and prints a readable report", async () => {
  const { status, stdout, stderr } = await run([]);
  expect(stderr).toBe("");
  expect(status).toBe(1);
  for (const sample of SAMPLES) expect(stdout).toContain(sample.file);
  expect(stdout).toContain('Blad "Bijlage 2"');
  expect(stdout).toContain(
    "Tabel 2: Verdeling onderdeel 3 over de gemeenten (verdeelsleutel inwoners) — Verdeling B22:G37, 14 regels",
  );
  expect(stdout).toMatch(/Fout\s+G30\s+"Restant" €\u00a020\.283,69 klopt niet/);
  expect(stdout).toMatch(/PhO-besluit nodig\s+C7\s+"Uitvoeringskosten onderdeel 3 \(Ketenaanpakken\)"/);
  expect(stdout).toContain("1 fout, 0 PhO-besluiten nodig, 2 waarschuwingen, 1 melding");
  expect(stdout).toContain(": geen bevindingen");
  expect(stdout).toContain(countLine({ fout: 2, pho: 1, waarschuwing: 1, info: 0 })); // the register
  expect(stdout).toContain(countLine({ fout: 1, pho: 0, waarschuwing: 1, info: 1 })); // the SiSa-verrekening
  // The summary adds up the workbooks' own counts (each sample's findings are pinned in tests/samples).
  const counts = [
    ...stdout.matchAll(
      /^ {2}(\d+) fout(?:en)?, (\d+) PhO-besluit(?:en)? nodig, (\d+) waarschuwing(?:en)?, (\d+) melding(?:en)?$/gm,
    ),
  ].map((m) => m.slice(1, 5).map(Number));
  expect(counts).toHaveLength(SAMPLES.length);
  const sum = (i: number) => counts.reduce((total, c) => total + c[i], 0);
  const withErrors = counts.filter((c) => c[0] > 0).length;
  const withPho = counts.filter((c) => c[1] > 0).length;
  expect(stdout.trimEnd().split("\n").pop()).toBe(
    `${SAMPLES.length} werkmappen: ${withErrors} met fouten` +
      (withPho > 0 ? `, ${withPho} met een PhO-besluit nodig` : "") +
      `; samen ${countLine({ fout: sum(0), pho: sum(1), waarschuwing: sum(2), info: sum(3) })}`,
  );
});

test("--json prints exactly one JSON document", async () => {
  const { status, stdout } = await run(["--json", "schoon.xlsx", "fout.xlsx"], dir);
  expect(status).toBe(1);
  const doc = JSON.parse(stdout);
  expect(Object.keys(doc)).toEqual(["files"]);
  // the fields of old, exactly; the grant and the settings with their sources beside them
  expect(doc.files[0].grant).toEqual({ amount: "4747850", source: "standaardwaarde" });
  expect(doc.files[0].settings.maxHerverdeling).toEqual({ value: "0.2", source: "standaard" });
  expect(doc.files).toMatchObject([
    { file: "schoon.xlsx", error: null, findings: [] },
    {
      file: "fout.xlsx",
      error: null,
      findings: [
        {
          rule: "totaal-klopt-niet",
          severity: "fout",
          sheet: "Begroting",
          cell: "B11",
          message: "Totaal €\u00a01,00 wijkt €\u00a04.747.849,00 af van de som van de regels (€\u00a04.747.850,00)",
        },
      ],
    },
  ]);
});

test("exit 0 when nothing is a fout", async () => {
  const { status, stdout } = await run([path.join(dir, "schoon.xlsx")]);
  expect(status).toBe(0);
  expect(stdout).toContain("0 fouten, 0 PhO-besluiten nodig, 0 waarschuwingen, 0 meldingen");
  expect(stdout).not.toContain("werkmappen:");
});

test("folders are searched for .xlsx and .xlsm, without lock files", async () => {
  const { status, stdout } = await run(["--json", "map"], dir);
  expect(status).toBe(0);
  expect(JSON.parse(stdout).files.map((f: { file: string }) => f.file)).toEqual([
    path.join("map", "a.xlsx"),
    path.join("map", "dieper", "b.xlsm"),
  ]);
});

test("unreadable files are named with a Dutch reason, the others are still checked, exit 2", async () => {
  const { status, stdout } = await run(
    ["--json", "tekst.xlsx", "wachtwoord.xlsx", "schoon.xlsx", "oud.xls", "weg.xlsx", "leeg"],
    dir,
  );
  expect(status).toBe(2);
  const files = JSON.parse(stdout).files as { file: string; error: string | null; findings: unknown[] }[];
  expect(files.map((f) => [f.file, f.error])).toEqual([
    ["tekst.xlsx", expect.stringMatching(/^een tekstbestand \(zoals CSV\): de controle leest werkmappen/)],
    [
      "wachtwoord.xlsx",
      expect.stringMatching(/^beschadigd: een OLE-bestand \(zoals een \.xls\) waarvan de inhoudsopgave/),
    ],
    ["schoon.xlsx", null],
    ["oud.xls", expect.stringMatching(/^beschadigd: een OLE-bestand \(zoals een \.xls\) waarvan de inhoudsopgave/)],
    ["weg.xlsx", "bestand of map niet gevonden"],
    ["leeg", "geen werkmappen (.xlsx, .xlsm, .xlsb, .xls, .ods) in deze map"],
  ]);
  expect(files.every((f) => Array.isArray(f.findings))).toBe(true);
});

test("the readable report names an unreadable file and counts it in the summary", async () => {
  const { status, stdout } = await run(["tekst.xlsx", "schoon.xlsx"], dir);
  expect(status).toBe(2);
  expect(stdout).toContain("tekst.xlsx\n  Niet te lezen: een tekstbestand (zoals CSV)");
  expect(stdout).toContain("2 werkmappen: 0 met fouten, 1 niet te lezen");
  expect(stdout).not.toMatch(/\bat .*\.ts:\d+/);
});

test("--toekenning and --max-herverdeling override the settings", async () => {
  const plain = await run(["--json", "schoon.xlsx"], dir);
  expect(JSON.parse(plain.stdout).files[0].findings).toEqual([]);
  const more = await run(["--json", "--toekenning", "5.000.000", "schoon.xlsx"], dir);
  expect(more.status).toBe(0);
  expect(JSON.parse(more.stdout).files[0].findings).toMatchObject([{ rule: "onder-toekenning", cell: "B11" }]);
  const less = await run(["--json", "--toekenning=€ 4.000.000,00", "schoon.xlsx"], dir);
  expect(less.status).toBe(1);
  expect(JSON.parse(less.stdout).files[0].findings).toMatchObject([{ rule: "boven-toekenning", cell: "B11" }]);

  const herverdeling = path.resolve(__dirname, "../../assets/herverdeling-voorstel-2024.xlsx");
  // a change beyond the limit is a PhO-besluit, no fout: exit 3
  expect((await run([herverdeling])).status).toBe(3);
  for (const limit of ["25%", "25", "0,25"]) {
    const wider = await run(["--max-herverdeling", limit, herverdeling]);
    expect(wider.status).toBe(0);
    expect(wider.stdout).toContain("grens herverdeling 25%");
  }
});

/** Usage errors: the Dutch message, and with --json the same message as the one JSON document. */
const USAGE_ERRORS: [string[], string][] = [
  [["--onbekend"], "onbekende optie --onbekend"],
  [["--toekenning"], "--toekenning heeft een waarde nodig"],
  [["--toekenning", "--max-herverdeling", "20%"], "--toekenning heeft een waarde nodig"],
  [["--json=ja"], "--json heeft geen waarde"],
  [["--toekenning", "veel"], '--toekenning "veel" is geen bedrag; typ bijvoorbeeld 4747850 of 4.747.850'],
  [["--toekenning", "12%"], '--toekenning "12%" is een percentage, geen bedrag'],
  // A negative number after an option is its value, read the same as with "=".
  [["--toekenning", "-5"], '--toekenning "-5" is negatief; de toekenning is een bedrag van 0 of meer'],
  [["--toekenning=-5"], '--toekenning "-5" is negatief; de toekenning is een bedrag van 0 of meer'],
  [["--toekenning", "-€ 4.747.850"], '--toekenning "-€ 4.747.850" is negatief'],
  [["--max-herverdeling", "-20%"], '--max-herverdeling "-20%" is negatief; typ bijvoorbeeld 20%'],
  // A fraction of a cent is refused, not rounded.
  [
    ["--toekenning", "5.000.000,005"],
    '--toekenning "5.000.000,005" heeft meer dan twee decimalen; een bedrag gaat tot op de cent',
  ],
  [["--toekenning", "1,234,567.891"], '--toekenning "1,234,567.891" heeft meer dan twee decimalen'],
  // Scientific notation: refused with the amount written out.
  [["--toekenning", "1e6"], '--toekenning "1e6" is wetenschappelijke notatie; schrijf het bedrag voluit: 1.000.000'],
  [
    ["--toekenning", "4,74785E6"],
    '--toekenning "4,74785E6" is wetenschappelijke notatie; schrijf het bedrag voluit: 4.747.850',
  ],
  [["--max-herverdeling", "2e1%"], '--max-herverdeling "2e1%" is wetenschappelijke notatie; typ bijvoorbeeld 20%'],
  [["--max-herverdeling", "150%"], '--max-herverdeling "150%" is meer dan 100%'],
  [["--max-herverdeling", "twintig"], '--max-herverdeling "twintig" is geen percentage'],
];

test.each(USAGE_ERRORS)(
  "usage error %j: Dutch on stderr with the usage, nothing on stdout, exit 2",
  async (args, message) => {
    const { status, stdout, stderr } = await run(args);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`iza-controle: ${message}`);
    expect(stderr).toContain("Gebruik: iza-controle");
  },
);

test.each(USAGE_ERRORS)("usage error %j with --json: one JSON document {error}, exit 2", async (args, message) => {
  const { status, stdout } = await run([...args, "--json"]);
  expect(status).toBe(2);
  const doc = JSON.parse(stdout);
  expect(Object.keys(doc)).toEqual(["error"]);
  expect(doc.error).toContain(message);
  expect(stdout.trimEnd().split("\n")).toHaveLength(1);
});

test("a negative number after an option is not taken for an option; after -- everything is a file", async () => {
  const withSpace = await run(["--json", "--toekenning", "-5", "schoon.xlsx"], dir);
  const withEquals = await run(["--json", "--toekenning=-5", "schoon.xlsx"], dir);
  expect(withSpace).toEqual(withEquals);
  const files = await run(["--json", "--", "--toekenning", "-5"], dir);
  expect(files.status).toBe(2);
  expect(JSON.parse(files.stdout).files).toEqual([
    { file: "--toekenning", error: "bestand of map niet gevonden", findings: [] },
    { file: "-5", error: "bestand of map niet gevonden", findings: [] },
  ]);
});

test("--toekenning in whole cents with two decimals is read exactly", async () => {
  const cents = await run(["--json", "--toekenning", "4.747.850,01", "schoon.xlsx"], dir);
  expect(cents.status).toBe(0);
  expect(JSON.parse(cents.stdout).files[0].findings).toMatchObject([
    { rule: "onder-toekenning", message: expect.stringContaining("€\u00a04.747.850,01") },
  ]);
});

test("--help with --json is one JSON document too", async () => {
  const { status, stdout } = await run(["--help", "--json"]);
  expect(status).toBe(0);
  expect(JSON.parse(stdout)).toEqual({ usage: USAGE });
});

test("--help prints the usage", async () => {
  const { status, stdout } = await run(["--help"]);
  expect(status).toBe(0);
  expect(stdout).toBe(USAGE);
});

test("the README shows the usage as the command prints it", () => {
  const readme = readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
  const block = /```\n(Gebruik: iza-controle[\s\S]*?)```/.exec(readme)?.[1];
  const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
  expect(spaces(block ?? "")).toBe(spaces(USAGE));
});
