/** iza-controle --vastgesteld <file> <files…> (issue 16 §2), through main() on the sample workbooks. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { ASSETS_DIR } from "../../src/samples/make-samples";
import { buildWorkbook, toBytes } from "../support/xlsx";

async function run(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const status = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, { cwd: ASSETS_DIR });
  return { status, stdout, stderr };
}

describe("--vastgesteld", () => {
  it("compares the begroting with the vastgestelde begroting and says how each label matched", async () => {
    const { status, stdout, stderr } = await run(["--vastgesteld", "begroting-2024.xlsx", "begroting-2024-juli.xlsx"]);
    expect(stderr).toBe("");
    expect(status).toBe(3); // no fout, a PhO-besluit: exit status 3
    const lines = stdout.split("\n");
    expect(lines).toContain(
      `  Vastgestelde begroting 'begroting-2024.xlsx', 'Begroting 2024'!A4:C14 (kolom "Bedrag (€)"), 9 onderdelen (--vastgesteld)`,
    );
    expect(lines).toContain("    'Begroting juli'!A4:B14: 9 regels: 5 op onderdeelnummer, 3 op omschrijving, 1 gelijk");
    expect(lines).toContain(
      '      "6. Aanvullende plannen" = "Uitvoeringskosten onderdeel 6 (Aanvullende plannen)" (zelfde omschrijving)',
    );
    expect(stdout).toMatch(/PhO-besluit nodig\s+B11\s+"6\. Aanvullende plannen": €\s?\+130\.000,00/);
  });

  it("--json carries the vastgestelde begroting and the matches", async () => {
    const { stdout } = await run(["--json", "--vastgesteld", "begroting-2024.xlsx", "begroting-2024-juli.xlsx"]);
    const [file] = JSON.parse(stdout).files;
    expect(file.vastgesteld).toMatchObject({
      source: "opdrachtregel",
      workbook: "begroting-2024.xlsx",
      sheet: "Begroting 2024",
      range: "A4:C14",
      onderdelen: 9,
    });
    expect(file.vastgesteld.tables[0].matches[0]).toEqual({
      label: "1. Projectbureau (incl. communicatie en programmamanager GGD)",
      onderdeel:
        "Uitvoeringskosten onderdeel 1 (Projectbureau, incl. communicatie, regionale bijeenkomsten en overige kosten en programmamanager GGD pijler 1)",
      how: "nummer",
    });
    expect(file.findings.map((f: { rule: string; cell: string }) => `${f.rule}@${f.cell}`)).toEqual([
      "herverdeling-boven-grens@B11",
    ]);
  });

  it("a vastgesteld file that cannot be used stops with its reason (status 2)", async () => {
    const missing = await run(["--vastgesteld", "bestaat-niet.xlsx", "begroting-2024-juli.xlsx"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("iza-controle: --vastgesteld bestaat-niet.xlsx: bestand of map niet gevonden\n");
    const json = await run(["--json", "--vastgesteld", "bestaat-niet.xlsx", "begroting-2024-juli.xlsx"]);
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({ error: "--vastgesteld bestaat-niet.xlsx: bestand of map niet gevonden" });
    // A herverdeling's vastgesteld column is a vastgestelde begroting too: it is used.
    const herverdeling = await run(["--vastgesteld", "herverdeling-voorstel-2024.xlsx", "begroting-2024-juli.xlsx"]);
    expect(herverdeling.stdout).toContain(
      "Vastgestelde begroting 'herverdeling-voorstel-2024.xlsx', 'Herverdeling 2024'!A4:F14",
    );
    const dir = mkdtempSync(path.join(os.tmpdir(), "iza-vastgesteld-"));
    try {
      const file = path.join(dir, "kengetallen.xlsx");
      writeFileSync(
        file,
        await toBytes(
          buildWorkbook([
            {
              name: "Blad1",
              rows: [
                ["Kwartaal", "Bezoekers"],
                [1, 1137],
              ],
            },
          ]),
        ),
      );
      const none = await run(["--vastgesteld", file, "begroting-2024-juli.xlsx"]);
      expect(none.status).toBe(2);
      expect(none.stderr).toBe(
        `iza-controle: --vastgesteld ${file}: geen begroting gevonden in 'kengetallen.xlsx': een tabel met een kolom Onderdeel en een kolom Begroting of Vastgesteld\n`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const icon = path.join(ASSETS_DIR, "icon-32.png");
    const notAWorkbook = await run(["--vastgesteld", icon, "begroting-2024-juli.xlsx"]);
    expect(notAWorkbook.status).toBe(2);
    expect(notAWorkbook.stderr).toMatch(
      /^iza-controle: --vastgesteld .*icon-32\.png: geen werkmap: het bestand is geen Excel-werkmap/,
    );
  });

  it("a workbook without a begroting beside the vastgestelde: said in the report", async () => {
    const { stdout } = await run(["--vastgesteld", "begroting-2024.xlsx", "herverdeling-voorstel-2024.xlsx"]);
    expect(stdout).toContain("Geen begroting in deze werkmap om ermee te vergelijken.");
  });
});
