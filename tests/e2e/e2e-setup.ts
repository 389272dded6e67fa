import type { Page } from "playwright-core";
import { join } from "node:path";
import { BUILT_DIST, CHROMIUM, describeRequiring } from "../setup/requirements";

/** The production build the end-to-end tests run against (made by `npm run build`). */
export const DIST = join(__dirname, "..", "..", "dist");

/**
 * `describe` for an end-to-end suite: it runs when dist/ is built from the current sources (the
 * global setup builds it when a suite like this is in the run) and Chromium is there; otherwise
 * it is skipped with the reason listed at the end of the run, and on CI (CI=true) it fails.
 */
export function describeEndToEnd(name: string, suite: () => void): void {
  describeRequiring([BUILT_DIST, CHROMIUM], name, suite);
}

/** The four findings of the sample jaarrapportage, each on its cell, as the pane lists them. */
export async function expectJaarrapportageFindings(page: Page): Promise<void> {
  await page.getByText("1 fout, 2 waarschuwingen en 1 info").waitFor();
  const sheet = page.getByRole("region", { name: /Blad Bijlage 2/ });
  for (const [cell, text] of [
    ["D11", /€ 1.400,00 hoger dan begroot/],
    ["D16", /terug te betalen aan VWS/],
    ["G30", /"Restant" € 20.283,69 klopt niet/],
    ["F35", /€ 1.250,00 meer dan toegekend/],
  ] as const) {
    const item = sheet.getByRole("listitem").filter({ hasText: cell });
    expect(await item.getByText(text).count()).toBe(1);
  }
}
