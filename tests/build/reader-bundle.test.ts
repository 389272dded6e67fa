import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BUILT_DIST, describeRequiring } from "../setup/requirements";

/**
 * The production code reads workbooks with one library, SheetJS: the pane's reader chunks and
 * the command line carry no ExcelJS (a dev dependency now, for writing the samples and test
 * files), and the pane loads SheetJS only when a file is opened, not with its first screen.
 */
const root = join(__dirname, "../..");
const dist = join(root, "dist");

const EXCELJS = /exceljs|ExcelJS|\bxlsx\.load\b/;

describe("the dependencies", () => {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

  test("SheetJS is a dependency pinned to one version; ExcelJS is for development only", () => {
    expect(pkg.dependencies["@e965/xlsx"]).toBe("0.20.3");
    expect(pkg.dependencies.exceljs).toBeUndefined();
    expect(pkg.devDependencies.exceljs).toBeDefined();
  });

  test("the installed SheetJS is the version and license pinned", () => {
    const sheetjs = JSON.parse(readFileSync(join(root, "node_modules/@e965/xlsx/package.json"), "utf8"));
    expect([sheetjs.version, sheetjs.license]).toEqual(["0.20.3", "Apache-2.0"]);
  });

  test("no production source imports ExcelJS", () => {
    const production = ["src/xlsx", "src/cli", "src/core", "src/taskpane", "src/excel", "src/functions"];
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    const offenders = production
      .flatMap((dir) => files(join(root, dir)))
      .filter((file) => /from\s+["']exceljs["']|require\(["']exceljs["']\)/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});

// a current dist/ (npm test builds it when stale), or a skip that says why
describeRequiring([BUILT_DIST], "the built reader (dist/)", () => {
  test("the command line requires SheetJS and not ExcelJS", () => {
    const cli = readFileSync(join(dist, "cli", "iza-controle.js"), "utf8");
    expect(cli).toContain('require("@e965/xlsx")');
    expect(cli).not.toMatch(EXCELJS);
  });

  test("no script of the pane holds ExcelJS; one chunk holds SheetJS, and the first screen does not", () => {
    const scripts = [
      ...readdirSync(dist).filter((f) => f.endsWith(".js")),
      ...readdirSync(join(dist, "chunks"))
        .filter((f) => f.endsWith(".js"))
        .map((f) => join("chunks", f)),
    ];
    const text = (file: string) => readFileSync(join(dist, file), "utf8");
    expect(scripts.filter((file) => EXCELJS.test(text(file)))).toEqual([]);
    const sheetjs = scripts.filter((file) => text(file).includes("Sh33tJ5")); // a marker in SheetJS's own code
    expect(sheetjs).toHaveLength(1);
    expect(sheetjs[0]).toMatch(/^chunks\//);
    expect(text("taskpane.js")).not.toContain("Sh33tJ5");
  });
});
