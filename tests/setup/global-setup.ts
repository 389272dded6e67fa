/**
 * Jest's global setup: before the tests of dist/ run (the end-to-end tests in Chromium and the
 * build's own test), dist/ is built when it is missing or older than its sources, with one line
 * saying so and why. A run of only other tests (`npx jest tests/cli`) builds nothing. Which test
 * files test dist/: those that name BUILT_DIST or use describeEndToEnd (tests/setup/requirements.ts).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const { buildProblem, writeStamp } = require("../../src/dev/build-state.cjs") as {
  buildProblem: (sinceStart?: boolean) => string | null;
  writeStamp: () => void;
};

const root = join(__dirname, "..", "..");

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function distTests(pattern: string): string[] {
  const selected = pattern ? new RegExp(pattern, "i") : null;
  return testFiles(join(root, "tests")).filter(
    (file) =>
      (!selected || selected.test(file)) && /\bBUILT_DIST\b|\bdescribeEndToEnd\(/.test(readFileSync(file, "utf8")),
  );
}

export default function globalSetup(globalConfig: { testPathPattern?: string }): void {
  if (distTests(globalConfig.testPathPattern ?? "").length === 0) return;
  const problem = buildProblem();
  // The workers inherit this: for them the build is current if it is still there (BUILT_DIST).
  process.env.IZA_BUILD_CHECKED = "1";
  if (!problem) return;
  process.stderr.write(`\nDe tests bouwen eerst dist/ (zoals npm run build), want ${problem} ... `);
  const started = Date.now();
  const build = spawnSync(
    process.execPath,
    [join(root, "node_modules/webpack/bin/webpack.js"), "--mode", "production"],
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (build.status !== 0) {
    process.stderr.write("mislukt\n");
    throw new Error(`npm run build mislukt:\n${build.stdout}\n${build.stderr}`);
  }
  writeStamp();
  process.stderr.write(`klaar in ${Math.round((Date.now() - started) / 1000)} s\n`);
}
