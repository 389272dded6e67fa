import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { BUILT_DIST, describeRequiring } from "../setup/requirements";

/**
 * What `npm run build` must leave in dist/ for a deployment: the manifest with production URLs,
 * functions.json as pinned, the functions script that registers the three functions, the pane,
 * the icons and the samples. The global setup builds dist/ first when it is missing or out of date.
 */
const dist = join(__dirname, "../../dist");

describeRequiring([BUILT_DIST], "the production build (dist/)", () => {
  it("has a manifest with the production URLs only", () => {
    const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toMatch(/<SourceLocation DefaultValue="https:\/\/[^"]+\/taskpane.html"\/>/);
  });

  it("has functions.json exactly as the golden metadata", () => {
    const golden = JSON.parse(readFileSync(join(__dirname, "../functions/functions.golden.json"), "utf8"));
    expect(JSON.parse(readFileSync(join(dist, "functions.json"), "utf8"))).toEqual(golden);
  });

  it("has a functions script that registers IZA.FTE, IZA.VERDEEL and IZA.CHECKREALLOC", () => {
    const script = readFileSync(join(dist, "functions.js"), "utf8");
    for (const id of ["FTE", "VERDEEL", "CHECKREALLOC"]) expect(script).toContain(`CustomFunctions.associate("${id}"`);
  });

  it("has the pages, the icons the manifest names, the samples and the command line", () => {
    for (const file of [
      "taskpane.html",
      "taskpane.js",
      "functions.html",
      "commands.html",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
      "assets/begroting-2024.xlsx",
      "assets/herverdeling-voorstel-2024.xlsx",
      "assets/jaarrapportage-2024.xlsx",
      "cli/iza-controle.js",
    ]) {
      expect(existsSync(join(dist, file))).toBe(true);
    }
  });
});
