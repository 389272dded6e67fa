/**
 * The register of herverdelingen on the command line (issue 16 §3), against the begroting of its own
 * workbook and against a vastgestelde begroting given with --vastgesteld (§2).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { Dec } from "../../src/core/decimal";
import { formatEuroChange } from "../../src/core/format";
import { ASSETS_DIR } from "../../src/samples/make-samples";
import { begrotingSheet } from "../support/workbooks";
import { buildWorkbook, toBytes } from "../support/xlsx";

const REGISTER = path.join(ASSETS_DIR, "register-herverdelingen-2024.xlsx");

interface JsonFinding {
  rule: string;
  sheet: string;
  cell: string;
  message: string;
}

async function findings(args: string[]): Promise<JsonFinding[]> {
  let stdout = "";
  let stderr = "";
  await main(["--json", ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  expect(stderr).toBe("");
  return JSON.parse(stdout).files[0].findings;
}

const where = (f: JsonFinding) => `${f.rule}@${f.sheet}!${f.cell}`;

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "iza-register-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the register sample against its own begroting", async () => {
  expect((await findings([REGISTER])).map(where)).toEqual([
    "register-wijkt-af@Begroting 2024!C11",
    "herverdeling-boven-grens@Begroting 2024!C12",
    "onbekend-onderdeel@Register herverdelingen!C7",
    "besluit-bevoegdheid@Register herverdelingen!D8",
  ]);
});

test("--vastgesteld: the register counts from the file's amounts, and the messages name that file", async () => {
  // The same begroting, but Monitoring en evaluatie adopted at € 200.000 instead of € 100.000: the
  // Kerngroep's +€ 25.000 is then 12,5% (its to decide), and the workbook's € 125.000 no longer
  // follows from the register (+€ 25.000 on € 200.000 would be € 225.000).
  const file = path.join(dir, "vastgesteld.xlsx");
  const amounts = [500000, 500000, 2000000, 480000, 17850, 200000, 500000, 200000, 450000];
  writeFileSync(file, await toBytes(buildWorkbook([begrotingSheet({ name: "GUP 2024", amounts })])));
  const found = await findings(["--vastgesteld", file, REGISTER]);
  const register = found.filter((f) => f.sheet === "Register herverdelingen");
  expect(register.map(where)).toEqual(["onbekend-onderdeel@Register herverdelingen!C7"]);
  expect(register[0].message).toContain("de vastgestelde begroting 'vastgesteld.xlsx'");
  const monitoring = found.find((f) => f.rule === "register-wijkt-af" && f.cell === "C12");
  expect(monitoring?.message).toContain(
    `"Monitoring en evaluatie": de begroting wijzigt ${formatEuroChange(new Dec(-75000))} (vastgesteld`,
  );
});
