import { existsSync } from "node:fs";
import type { Page } from "playwright-core";
import { join } from "node:path";
import { CHROMIUM_PATH, hasChromium } from "../../src/dev/chromium";

/** The production build the end-to-end tests run against (made by `npm run build`). */
export const DIST = join(__dirname, "..", "..", "dist");

/**
 * `describe` for an end-to-end suite: it runs when dist/ and Chromium are there; otherwise it is
 * skipped with a printed reason, and on CI (CI=true) it fails, because there they must run.
 */
export function describeEndToEnd(name: string, suite: () => void): void {
  const missing = [
    existsSync(join(DIST, "taskpane.html")) ? null : "dist/taskpane.html ontbreekt (eerst npm run build)",
    hasChromium() ? null : `${CHROMIUM_PATH} ontbreekt (apt-get install chromium)`,
  ].filter((m): m is string => m !== null);
  if (missing.length === 0) {
    describe(name, suite);
  } else if (process.env.CI === "true") {
    test(`${name}: the end-to-end tests can run`, () => {
      throw new Error(`End-to-end tests kunnen niet draaien: ${missing.join("; ")}`);
    });
  } else {
    console.warn(`End-to-end tests overgeslagen: ${missing.join("; ")}.`);
    test.skip(`${name} (dist/ or Chromium missing)`, () => undefined);
  }
}

/** The counts of the sample jaarrapportage, as the pane's results heading says them. */
export const JAARRAPPORTAGE_COUNTS = "1 fout, 2 waarschuwingen en 1 melding";

/** The four findings of the sample jaarrapportage, each on its cell, as the pane lists them. */
export async function expectJaarrapportageFindings(page: Page): Promise<void> {
  await page.getByText(JAARRAPPORTAGE_COUNTS).waitFor();
  const sheet = page.getByRole("region", { name: /Blad Bijlage 2/ });
  for (const [cell, text] of [
    ["D11", /€\s1.400,00 hoger dan begroot/],
    ["D16", /terug te betalen aan VWS/],
    ["G30", /"Restant" €\s20.283,69 klopt niet/],
    ["F35", /€\s1.250,00 meer dan toegekend/],
  ] as const) {
    const item = sheet.getByRole("listitem").filter({ hasText: cell });
    expect(await item.getByText(text).count()).toBe(1);
  }
}
