import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../../src/dev/chromium";
import { serveStatic, StaticServer } from "../../src/dev/static-server";
import { DIST } from "./e2e-setup";

/**
 * The end-to-end tests' one way to open a page of dist/ in Chromium as a user outside Office
 * would (a narrow pane, Dutch locale, a fixed clock), record every request and every CSP
 * violation or page error, and run axe-core on it.
 */

export const OFFICE_JS_HOST = "appsforoffice.microsoft.com";
export const AXE = require.resolve("axe-core/axe.min.js");

/**
 * dist/ served (with axe-core for the tests) and a headless Chromium, for one suite: started
 * before its tests, closed after them. Read `server` and `browser` inside the tests.
 */
export function distInChromium(): { server: StaticServer; browser: Browser } {
  const shared = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    shared.server = await serveStatic(DIST, { "/__test__/axe.min.js": AXE });
    shared.browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface Watched {
  requests: string[];
  problems: string[];
}

/** A new context and page on `url`; office.js from Microsoft's CDN is aborted (the page runs as outside Office). */
export async function openPage(
  browser: Browser,
  url: string,
  watched: Watched,
  options: { dark?: boolean; width?: number } = {},
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 360, height: 900 },
    deviceScaleFactor: 2,
    colorScheme: options.dark ? "dark" : "light",
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  // A fixed clock, so the screenshots' "gecontroleerd om" does not change with every run.
  await page.clock.setFixedTime(new Date("2025-03-14T10:30:00+01:00"));
  await page.route("**/*", (route) => {
    const request = route.request().url();
    watched.requests.push(request);
    if (new URL(request).hostname === OFFICE_JS_HOST) return route.abort();
    return route.continue();
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) watched.problems.push(`CSP: ${message.text()}`);
  });
  page.on("pageerror", (error) => watched.problems.push(`fout in de pagina: ${error.message}`));
  await page.goto(url);
  return { page, context };
}

/**
 * The serious and critical axe-core violations of the page as it is now (axe served by the test
 * server at /__test__/axe.min.js).
 *
 * Fluent UI v9's focus manager (tabster) puts focusable, aria-hidden <i data-tabster-dummy>
 * elements around a TabList to steer focus; axe's aria-hidden-focus flags them. A known false
 * positive (microsoft/tabster#288, microsoft/fluentui#25133) that Microsoft's Accessibility
 * Insights suppresses the same way: only those nodes are left out, every other one counts.
 */
export async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: "/__test__/axe.min.js" });
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (o: object) => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[]; html: string }[] }[];
          }>;
        };
      }
    ).axe.run({ resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(" ")),
      html: v.nodes.map((n) => n.html),
    }));
  });
  return violations
    .map((v) =>
      v.id === "aria-hidden-focus"
        ? { ...v, targets: v.targets.filter((_, i) => !v.html[i].includes("data-tabster-dummy")) }
        : v,
    )
    .filter((v) => v.targets.length > 0)
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.targets.slice(0, 3).join(", ")} ${v.html.slice(0, 3).join(" | ")}`);
}

/** The origins the page talked to other than its own and office.js's. */
export function foreignOrigins(watched: Watched, own: string): string[] {
  const origins = new Set(watched.requests.map((url) => new URL(url).origin));
  return [...origins].filter((o) => o !== own && new URL(o).hostname !== OFFICE_JS_HOST);
}
