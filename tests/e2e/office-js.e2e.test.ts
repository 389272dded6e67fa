import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize, sep } from "node:path";
import { Browser, BrowserContext, Page, Route } from "playwright-core";
import { launchChromium } from "../../src/dev/chromium";
import { serveStatic, StaticServer } from "../../src/dev/static-server";
import { describeEndToEnd, DIST, expectJaarrapportageFindings } from "./e2e-setup";

/**
 * The pages with Microsoft's own scripts, as users online get them: the requests for
 * https://appsforoffice.microsoft.com/lib/1/hosted/… (office.js, the files it loads from that
 * folder, custom-functions-runtime.js) are answered from the npm package @microsoft/office-js
 * (its dist/ is that folder), so the real office.js and the real custom-functions runtime run in
 * Chromium under the pages' Content-Security-Policy. Outside Office, office.js must answer
 * Office.onReady with no host and the pane must reach file mode; functions.html must load the
 * runtime and functions.js and associate the three ids.
 */

const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
const HOSTED = `${OFFICE_JS_ORIGIN}/lib/1/hosted/`;
const PACKAGE_DIST = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
};

describeEndToEnd("Microsoft's office.js and custom-functions runtime in the pages (headless Chromium)", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  interface Opened {
    page: Page;
    context: BrowserContext;
    /** Microsoft's files served from the package. */
    served: string[];
    /** Requests for files the package does not have, and for any other origin (aborted). */
    missing: string[];
    foreign: string[];
    problems: string[];
  }

  async function open(path: string): Promise<Opened> {
    const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 360, height: 900 } });
    const page = await context.newPage();
    const opened: Opened = { page, context, served: [], missing: [], foreign: [], problems: [] };
    await page.route("**/*", async (route: Route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      if (url.startsWith(HOSTED)) {
        const relative = decodeURIComponent(new URL(url).pathname.slice("/lib/1/hosted/".length));
        const file = normalize(join(PACKAGE_DIST, relative));
        if (file.startsWith(PACKAGE_DIST + sep) && existsSync(file)) {
          opened.served.push(relative);
          const type = TYPES[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream";
          return route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
        }
        opened.missing.push(relative);
        return route.fulfill({ status: 404, body: "" });
      }
      opened.foreign.push(url);
      return route.abort();
    });
    page.on("console", (message) => {
      const text = message.text();
      // office.js (o15apptofilemappingtable.js) may open its own telemetry frame, telemetryproxy.html
      // on telemetryservice.firstpartyapps.oaspapps.com, a while after load; our CSP blocks it, which is
      // what we want (nothing leaves the pane). Every other violation fails the test.
      if (/Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//.test(text)) return;
      if (/Content Security Policy|Refused to/i.test(text)) opened.problems.push(`CSP: ${text}`);
    });
    page.on("pageerror", (error) => opened.problems.push(`fout in de pagina: ${error.message}`));
    await page.goto(`${server.url}/${path}`);
    return opened;
  }

  test("the pane with the real office.js, outside Office: file mode, findings, no page error, no CSP violation", async () => {
    const started = Date.now();
    const { page, context, served, missing, foreign, problems } = await open("taskpane.html");
    await page.getByRole("button", { name: "Open een werkmap (.xlsx)" }).waitFor();
    const toFileMode = Date.now() - started;
    console.log(`Met office.js in bestandsmodus na ${toFileMode} ms; uit het pakket: ${served.join(", ")}`);
    expect(served).toContain("office.js");
    expect(missing).toEqual([]);
    await expect(page.getByText("Bestand", { exact: true }).isVisible()).resolves.toBe(true);
    // office.js itself answers "no host" outside Office (not the pane's 2,5 s time-out)
    const host = await page.evaluate(async () => {
      const office = (window as unknown as { Office: { onReady: () => Promise<{ host: unknown }> } }).Office;
      const info = await Promise.race([
        office.onReady(),
        new Promise((r) => setTimeout(() => r("geen antwoord"), 1000)),
      ]);
      return typeof info === "string" ? info : (info as { host: unknown }).host;
    });
    expect(host).toBeNull();
    await page.getByRole("button", { name: "Jaarrapportage 2024" }).click();
    await expectJaarrapportageFindings(page);
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  test("functions.html with the real custom-functions runtime: loads, no CSP violation, the three ids associated", async () => {
    const { page, context, served, missing, foreign, problems } = await open("functions.html");
    await page.waitForLoadState("load");
    expect(served).toContain("custom-functions-runtime.js");
    expect(missing).toEqual([]);
    // the runtime's own registry: CustomFunctions._association.mappings (custom-functions-runtime.js)
    await page.waitForFunction(() => {
      const cf = (window as unknown as { CustomFunctions?: { _association?: { mappings?: object } } }).CustomFunctions;
      return !!cf?._association?.mappings && Object.keys(cf._association.mappings).length >= 3;
    });
    const ids = await page.evaluate(() =>
      Object.keys(
        (window as unknown as { CustomFunctions: { _association: { mappings: object } } }).CustomFunctions._association
          .mappings,
      ),
    );
    expect(ids.sort()).toEqual(["CHECKREALLOC", "FTE", "VERDEEL"]);
    // and they compute there, in the browser, with the runtime's own CustomFunctions.Error
    const answers = await page.evaluate(() => {
      const cf = (
        window as unknown as {
          CustomFunctions: { _association: { mappings: Record<string, (...a: unknown[]) => unknown> } };
        }
      ).CustomFunctions;
      const m = cf._association.mappings;
      const error = m.FTE([[1000]], 2000, 1.5) as { code: string; message: string };
      return { verdeel: m.VERDEEL(100, [[1], [1], [1]]), error: { code: error.code, message: error.message } };
    });
    expect(answers.verdeel).toEqual([[33.34], [33.33], [33.33]]);
    expect(answers.error).toEqual({
      code: "#VALUE!",
      message: "deeltijdfactor moet groter zijn dan 0 en ten hoogste 1 (nu 1,5); typ bijvoorbeeld 0,68 of 68%",
    });
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
