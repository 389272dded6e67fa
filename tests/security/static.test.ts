import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

/** What the code and pages promise about safety, checked on the sources themselves. */
const root = join(__dirname, "../..");

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

describe("safety of the code and pages", () => {
  it("uses no eval, new Function or string timers anywhere in src", () => {
    const offenders = files(join(root, "src"), /\.(ts|tsx|js|mjs|cjs)$/).filter((file) =>
      /\beval\s*\(|\bnew\s+Function\s*\(|(?<![\w.])Function\s*\(\s*["'`]|set(Timeout|Interval)\s*\(\s*["'`]/.test(
        readFileSync(file, "utf8"),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it("gives every page a Content-Security-Policy without unsafe-eval, limited to its own origin and office.js", () => {
    const pages = files(join(root, "src/pages"), /\.html$/);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const config = readFileSync(join(root, "webpack.config.js"), "utf8");
    for (const page of pages)
      expect(readFileSync(page, "utf8")).toMatch(/http-equiv="Content-Security-Policy" content="<%= csp %>"/);
    expect(config).toContain("default-src 'self'");
    expect(config).toContain("script-src 'self' ${officeJsOrigin}");
    expect(config).not.toMatch(/unsafe-eval/);
    expect(config).toContain('officeJsOrigin = "https://appsforoffice.microsoft.com"');
  });

  it("lists no AppDomains: the add-in navigates nowhere but its own origin", () => {
    // An AppDomain lets another domain open in the pane and call Office.js from an IFrame
    // (office-js-docs-reference: docs/manifest/appdomain.md); the element "can't be empty"
    // (docs/manifest/appdomains.md), so with no other domain it is left out.
    const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/<AppDomains?\b/);
  });

  it("pins every dependency through the lockfile", () => {
    const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    for (const name of Object.keys(pkg.dependencies)) {
      expect(lock.packages[`node_modules/${name}`]?.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(lock.packages[`node_modules/${name}`]?.integrity).toMatch(/^sha512-/);
    }
  });
});
