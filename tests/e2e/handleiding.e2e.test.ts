import { SEVERITIES } from "../../src/core/findings";
import { SEVERITY_LABEL } from "../../src/core/labels";
import { RULE_IDS, RULES } from "../../src/core/rules/catalogue";
import { FUNCTION_DOCS } from "../../src/handleiding/functions-doc";
import { describeEndToEnd } from "./e2e-setup";
import { axe, distInChromium, openPage, Watched } from "./pane-page";

/**
 * The handleiding as built (dist/handleiding.html) in real Chromium: it runs under its CSP
 * without a violation or a page error, asks nothing of any other origin (not even office.js),
 * lists every rule of the catalogue under its category and every function with its examples and
 * errors, lands on a function's section from its help link, and passes axe in both themes.
 */
describeEndToEnd("the handleiding, in headless Chromium", () => {
  const served = distInChromium();
  const watched: Watched = { requests: [], problems: [] };

  test("every rule under its category, every function with its examples and errors", async () => {
    const { page, context } = await openPage(served.browser, `${served.server.url}/handleiding.html`, watched, {
      width: 900,
    });
    await page.getByRole("heading", { name: "IZA Controle — handleiding", level: 1 }).waitFor();
    for (const severity of SEVERITIES) {
      const part = page.locator(`#soort-${severity}`);
      await part.getByRole("heading", { name: SEVERITY_LABEL[severity] }).waitFor();
      for (const id of RULE_IDS.filter((r) => RULES[r].severity === severity)) {
        const row = part.getByRole("row").filter({ hasText: id });
        expect(await row.count()).toBe(1);
        expect(await row.textContent()).toContain(RULES[id].title);
      }
    }
    expect(await page.locator("#soort-pho").textContent()).toContain("herverdeling-boven-grens");
    for (const doc of FUNCTION_DOCS) {
      const part = page.locator(`#${doc.anchor}`);
      await part.getByRole("heading", { name: doc.signature }).waitFor();
      const examples = part.getByRole("table", { name: `Voorbeelden van ${doc.name}` }).getByRole("row");
      expect(await examples.count()).toBe(doc.examples.length + 1);
      const errors = part.getByRole("table", { name: `Fouten van ${doc.name}` }).getByRole("row");
      expect(await errors.count()).toBe(doc.errors.length + 1);
    }
    await page
      .getByRole("table", { name: "De afsluitcode van iza-controle" })
      .getByText("3", { exact: true })
      .waitFor();
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  test("a function's help link lands on its section; the dark theme passes axe too", async () => {
    const { page, context } = await openPage(
      served.browser,
      `${served.server.url}/handleiding.html#checkrealloc`,
      watched,
      {
        dark: true,
      },
    );
    const heading = page.locator("#checkrealloc-kop");
    await heading.waitFor();
    await page.waitForFunction(() => {
      const top = document.getElementById("checkrealloc")?.getBoundingClientRect().top ?? 9999;
      return Math.abs(top) < 50;
    });
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  test("no request to any other origin, office.js included; no CSP violation, no page error", () => {
    const foreign = watched.requests.filter((url) => new URL(url).origin !== served.server.url);
    expect(foreign).toEqual([]);
    expect(watched.requests.some((url) => url.endsWith("/handleiding.js"))).toBe(true);
    expect(watched.problems).toEqual([]);
  });
});
