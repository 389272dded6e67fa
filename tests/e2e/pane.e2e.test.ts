import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describeEndToEnd, expectJaarrapportageFindings, JAARRAPPORTAGE_COUNTS } from "./e2e-setup";
import { axe, distInChromium, foreignOrigins, OFFICE_JS_HOST, openPage, Watched } from "./pane-page";

/**
 * End to end, in real headless Chromium against the production build (dist/, made by
 * `npm run build`; this test builds nothing): the pane outside Office opens each sample workbook,
 * shows the expected findings with their cells, works with the keyboard, passes axe-core in the
 * light and the dark theme, runs under the page's CSP, and talks to no other origin than its own
 * (office.js from Microsoft's CDN is aborted here, so the page runs as outside Office).
 */

const ROOT = join(__dirname, "..", "..");
/**
 * The README's screenshots are made here, but written into assets/ only when asked for
 * (IZA_SCREENSHOTS=1 npx jest tests/e2e): an ordinary run writes them to a temporary folder, so
 * the tracked files never change under a test run.
 */
const SHOTS =
  process.env.IZA_SCREENSHOTS === "1" ? join(ROOT, "assets") : mkdtempSync(join(tmpdir(), "iza-screenshot-"));
const screenshot = (name: string) => join(SHOTS, name);

describeEndToEnd("the pane outside Office, in headless Chromium", () => {
  const served = distInChromium();
  const watched: Watched = { requests: [], problems: [] };

  async function openPane(options: { dark?: boolean } = {}): Promise<{ page: Page; context: BrowserContext }> {
    const opened = await openPage(served.browser, `${served.server.url}/taskpane.html`, watched, options);
    await opened.page.getByRole("button", { name: "Open werkmappen" }).waitFor();
    return opened;
  }

  async function openSample(page: Page, label: string) {
    await page.getByRole("button", { name: label }).click();
    await page.getByRole("button", { name: "Meer werkmappen openen" }).waitFor();
    await page.getByText(/gecontroleerd om/).waitFor();
  }

  test("notices there is no Office host and offers a file, drag and drop and the samples", async () => {
    const { page, context } = await openPane();
    await expect(page.getByText("Sleep een of meer werkmappen hierheen").isVisible()).resolves.toBe(true);
    await expect(page.getByText("Er wordt niets verstuurd of opgeslagen").isVisible()).resolves.toBe(true);
    await expect(page.getByText("Zonder Excel", { exact: true }).isVisible()).resolves.toBe(true);
    expect(await page.getByRole("button", { name: "Markeren" }).count()).toBe(0);
    await context.close();
  });

  test("the sample begroting: no findings, and what was checked and found right", async () => {
    const { page, context } = await openPane();
    await openSample(page, "Begroting 2024");
    await page.getByRole("heading", { name: "Geen bevindingen", exact: true }).waitFor();
    const checked = page.getByRole("list", { name: "Gecontroleerd en in orde" });
    await checked.getByText("Het totaal klopt met de som van de regels").waitFor();
    await checked.getByText(/Totaal begroting €\s4\.747\.850,00 binnen de toekenning van €\s4\.747\.850,00/).waitFor();
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  test("the sample herverdeling: the change above 20% is a PhO-besluit with its cell; the Herverdeling summary", async () => {
    const { page, context } = await openPane();
    await openSample(page, "Herverdelingsvoorstel 2024");
    await page.getByRole("heading", { name: "1 PhO-besluit nodig" }).waitFor();
    const sheet = page.getByRole("region", { name: /Blad Herverdeling 2024/ });
    const finding = sheet.getByRole("listitem").filter({ hasText: "C7" });
    await finding.getByText("PhO-besluit nodig", { exact: true }).waitFor();
    expect(
      await finding.getByText(/22,5% van €\s2.000.000,00 \(grens 20%\); hiervoor is een PhO-besluit nodig/).count(),
    ).toBe(1);
    await page.getByRole("tab", { name: "Herverdeling" }).click();
    await page
      .getByText("1 onderdeel vraagt een PhO-besluit; 8 binnen de grens van 20%; totaal binnen het plafond.")
      .waitFor();
    // the onderdeel that needs the decision comes first
    const first = page.getByRole("region", { name: "Per onderdeel" }).getByRole("listitem").first();
    await first.getByText("PhO-besluit nodig", { exact: true }).waitFor();
    expect(await first.textContent()).toContain("Ketenaanpakken");
    expect(await page.getByText("PHO", { exact: true }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: screenshot("screenshot-herverdeling.png"), fullPage: true });
    await context.close();
  });

  test("the sample jaarrapportage has no herverdeling: the tab says so and shows no PhO-besluit", async () => {
    const { page, context } = await openPane();
    await openSample(page, "Jaarrapportage 2024");
    await page.getByRole("tab", { name: "Herverdeling" }).click();
    await page.getByText("Geen herverdeling in deze werkmap").waitFor();
    await page.getByText(/Gevonden: 1 tabel realisatie en 1 tabel verdeling\./).waitFor();
    expect(await page.getByText(/PhO-besluit nodig|PHO/).count()).toBe(0);
    expect(await page.getByLabel("Gewijzigd").count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  test("the sample jaarrapportage: its findings with their cells; screenshot for the README", async () => {
    const { page, context } = await openPane();
    await openSample(page, "Jaarrapportage 2024");
    await expectJaarrapportageFindings(page);
    await page
      .getByRole("region", { name: /Blad Bijlage 2/ })
      .getByRole("heading", { name: /Tabel 1: Begroting en realisatie 2024/ })
      .waitFor();
    const shot = screenshot("screenshot-controle.png");
    await page.screenshot({ path: shot, fullPage: true });
    expect(existsSync(shot) && statSync(shot).size).toBeGreaterThan(10_000);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  test("keyboard only: reach a sample, open it, filter, switch panes; focus is visible", async () => {
    const { page, context } = await openPane();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          text: el?.getAttribute("role") === "tab" ? (el.getAttribute("value") ?? "") : (el?.textContent?.trim() ?? ""),
          role: el?.getAttribute("role") ?? el?.tagName.toLowerCase() ?? "",
          visible: !!el && (el.matches(":focus-visible") || el.hasAttribute("data-fui-focus-visible")),
        };
      });
    let found = false;
    for (let i = 0; i < 20 && !found; i++) {
      await page.keyboard.press("Tab");
      const f = await focused();
      expect(f.visible).toBe(true);
      found = f.text === "Jaarrapportage 2024";
    }
    expect(found).toBe(true);
    await page.keyboard.press("Enter");
    // the focus is on the results heading
    await page.getByRole("heading", { name: JAARRAPPORTAGE_COUNTS }).waitFor();
    await page.waitForFunction((text) => document.activeElement?.textContent === text, JAARRAPPORTAGE_COUNTS);
    // to the filter: the Meldingen toggle switches the melding off
    let onInfo = false;
    for (let i = 0; i < 20 && !onInfo; i++) {
      await page.keyboard.press("Tab");
      onInfo = (await focused()).text === "Meldingen (1)";
    }
    expect(onInfo).toBe(true);
    await page.keyboard.press("Space");
    await expect(page.getByText(/terug te betalen aan VWS/).count()).resolves.toBe(0);
    // the tabs: arrow keys move between them, Enter opens one
    await page.getByRole("tab", { name: "Controle" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect((await focused()).text).toBe("instellingen");
    await page.keyboard.press("Enter");
    await page.getByLabel(/Herverdelingsgrens/).waitFor();
    await context.close();
  });

  test("dark theme: no serious or critical axe violation; the settings pane too", async () => {
    const { page, context } = await openPane({ dark: true });
    await openSample(page, "Jaarrapportage 2024");
    await page.getByText(JAARRAPPORTAGE_COUNTS).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByRole("tab", { name: "Instellingen" }).click();
    await page.getByLabel(/Herverdelingsgrens/).waitFor();
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  test("a second file as the vastgestelde begroting: the begroting of July against that of the PhO", async () => {
    const { page, context } = await openPane();
    await page.locator('input[type="file"]').setInputFiles(join(ROOT, "assets", "begroting-2024-juli.xlsx"));
    await page.getByText("Geen bevindingen", { exact: true }).waitFor();
    await page.getByRole("tab", { name: "Instellingen" }).click();
    const card = page.getByRole("region", { name: "Vastgestelde begroting" });
    await card
      .locator('input[aria-label="Bestand met de vastgestelde begroting"]')
      .setInputFiles(join(ROOT, "assets", "begroting-2024.xlsx"));
    await card.getByText(/Bestand 'begroting-2024.xlsx'/).waitFor();
    await card.getByText(/\(gekozen in deze sessie\)/).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByRole("tab", { name: "Controle" }).click();
    await page.getByText("B11", { exact: true }).waitFor();
    await expect(page.getByText(/ten opzichte van de vastgestelde begroting/).count()).resolves.toBeGreaterThan(0);
    await context.close();
  });

  test("no request left the page's origin except office.js; no CSP violation, no page error", () => {
    expect(foreignOrigins(watched, served.server.url)).toEqual([]);
    expect(watched.requests.some((url) => new URL(url).hostname === OFFICE_JS_HOST)).toBe(true);
    expect(watched.requests.some((url) => /\/chunks\/.*\.js$/.test(url))).toBe(true); // the reader came as a chunk
    expect(watched.problems).toEqual([]);
  });
});
