/**
 * What a test needs from outside the repository (a browser, a program, the shared domain folder,
 * the production build), and `describe`/`test` that run only when it is there. Otherwise the test
 * is skipped with the reason in its title, and tests/setup/skip-reporter.cjs lists it at the end of
 * the run; on CI (CI=true) nothing skips: the test fails with the reason instead.
 *
 *   describeRequiring([CHROMIUM, BUILT_DIST], "the pane in Chromium", () => { ... });
 *   testRequiring([XMLLINT], "the manifest is valid against Microsoft's schema", () => { ... });
 *
 * A test file that names BUILT_DIST (or uses describeEndToEnd) gets dist/ built first by the
 * global setup (tests/setup/global-setup.ts) when dist/ is missing or older than the sources.
 */
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { CHROMIUM_PATH, hasChromium } from "../../src/dev/chromium";

const { buildProblem } = require("../../src/dev/build-state.cjs") as {
  buildProblem: (sinceStart?: boolean) => string | null;
};
const { SKIP_MARK } = require("./skip-reporter.cjs") as { SKIP_MARK: string };

export interface Requirement {
  /** Null when it is there; otherwise what is missing and how to get it, in Dutch. */
  missing: () => string | null;
}

export const ON_CI = process.env.CI === "true" || process.env.CI === "1";

/** The full path of a program on PATH, or null. */
export function onPath(program: string): string | null {
  const names = process.platform === "win32" ? [`${program}.exe`, `${program}.cmd`, program] : [program];
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** A program that must be on PATH, with how to install it. */
export function program(name: string, install: string): Requirement {
  return { missing: () => (onPath(name) ? null : `${name} staat niet op PATH (${install})`) };
}

export const CHROMIUM: Requirement = {
  missing: () => (hasChromium() ? null : `${CHROMIUM_PATH} ontbreekt (apt-get install chromium, of zet CHROMIUM_PATH)`),
};
export const XMLLINT = program("xmllint", "apt-get install libxml2-utils");
export const SOFFICE = program("soffice", "apt-get install libreoffice-calc-nogui");

/** The shared domain folder next to the checkout: domain text, seeds, test vectors, schemas. */
export const SHARED_DIR = join(__dirname, "..", "..", "..", "shared");
export const SHARED: Requirement = {
  missing: () =>
    existsSync(SHARED_DIR) ? null : `${SHARED_DIR} ontbreekt (de gedeelde map ../shared naast de checkout)`,
};

/** dist/ as `npm run build` makes it, from the sources as they were when the run began. */
export const BUILT_DIST: Requirement = {
  missing: () => {
    const problem = buildProblem(process.env.IZA_BUILD_CHECKED === "1");
    return problem ? `${problem} (npm run build; npm test bouwt zelf)` : null;
  },
};

/** The reasons why not all `requirements` are there (empty when they are). */
export function missingOf(requirements: Requirement[]): string[] {
  return requirements.map((r) => r.missing()).filter((m): m is string => m !== null);
}

/** `describe` when every requirement is there; otherwise skipped with the reason, or failing on CI. */
export function describeRequiring(requirements: Requirement[], name: string, suite: () => void): void {
  const missing = missingOf(requirements);
  if (missing.length === 0) describe(name, suite);
  else notHere(name, missing);
}

/** `test` when every requirement is there; otherwise skipped with the reason, or failing on CI. */
export function testRequiring(
  requirements: Requirement[],
  name: string,
  fn: jest.ProvidesCallback,
  timeout?: number,
): void {
  const missing = missingOf(requirements);
  if (missing.length === 0) test(name, fn, timeout);
  else notHere(name, missing);
}

function notHere(name: string, missing: string[]): void {
  if (ON_CI) {
    test(`${name}: what it needs is there (CI)`, () => {
      throw new Error(`Op CI moet deze test draaien, maar: ${missing.join("; ")}`);
    });
  } else {
    test.skip(`${name}${SKIP_MARK}${missing.join("; ")}`, () => undefined);
  }
}
