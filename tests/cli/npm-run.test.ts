/**
 * `npm run controle` as a user runs it (through npm and src/dev/run-tool.mjs, which builds
 * dist/cli when needed): with `-s` and --json stdout is exactly one JSON document, also for a usage
 * error; without `-s` npm puts its own lines first, and the tool says how to avoid that.
 */
import { execFile } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function npmRun(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(npm, ["run", ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

test("npm run -s controle -- --json: one JSON document on stdout, for a check and for a usage error", async () => {
  const check = await npmRun(["-s", "controle", "--", "--json", "assets/begroting-2024.xlsx"]);
  expect(check.status).toBe(0);
  expect(JSON.parse(check.stdout).files).toMatchObject([{ file: "assets/begroting-2024.xlsx", error: null }]);
  expect(check.stderr).toBe("");

  const usage = await npmRun(["-s", "controle", "--", "--json", "--toekenning", "-5"]);
  expect(usage.status).toBe(2);
  expect(JSON.parse(usage.stdout)).toEqual({
    error: '--toekenning "-5" is negatief; de toekenning is een bedrag van 0 of meer',
  });
}, 180_000);

test("without -s npm writes its own lines first, and the tool says on stderr how to get only the document", async () => {
  const { stdout, stderr } = await npmRun(["controle", "--", "--json", "assets/begroting-2024.xlsx"]);
  expect(stdout).toMatch(/^\s*> iza-excel-addin@[^\n]* controle/);
  expect(stderr).toContain("npm run -s controle -- ...");
}, 180_000);
