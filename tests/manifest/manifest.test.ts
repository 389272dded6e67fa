import { readFileSync } from "fs";
import { join } from "path";

const { checkManifest, expectedBuildFiles } = require("../../src/dev/manifest-check.cjs") as {
  checkManifest: (xml: string, options: { buildFiles: Set<string> }) => string[];
  expectedBuildFiles: (root: string) => Set<string>;
};

const root = join(__dirname, "../..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const buildFiles = expectedBuildFiles(root);

describe("the offline manifest check", () => {
  it("finds the manifest in order", () => {
    expect(checkManifest(manifest, { buildFiles })).toEqual([]);
  });

  it("has a Dutch name and description, the IZA namespace and the Home-tab button", () => {
    expect(manifest).toContain('<DisplayName DefaultValue="IZA Controle"/>');
    expect(manifest).toMatch(/<Description DefaultValue="[^"]*SPUK IZA[^"]*"\/>/);
    expect(manifest).toContain('<bt:String id="Functions.Namespace" DefaultValue="IZA"/>');
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(manifest).toContain('<bt:String id="IZA.TaskpaneButton.Label" DefaultValue="IZA Controle"/>');
  });

  it("refuses XML that is not well-formed", () => {
    expect(checkManifest(manifest.replace("</Hosts>", ""), { buildFiles })[0]).toMatch(/geen geldige XML/);
  });

  it("refuses a resid without resource", () => {
    const broken = manifest.replace('<Label resid="IZA.Group.Label"/>', '<Label resid="IZA.Group.Titel"/>');
    expect(checkManifest(broken, { buildFiles })).toContain(
      'Label verwijst naar resid "IZA.Group.Titel", maar die resource bestaat niet',
    );
  });

  it("refuses URLs on two origins", () => {
    const broken = manifest.replace("https://localhost:3000/functions.json", "https://elders.example/functions.json");
    expect(checkManifest(broken, { buildFiles }).join("\n")).toMatch(/niet alle URL's hebben dezelfde oorsprong/);
  });

  it("refuses a functions URL the build does not produce", () => {
    const broken = manifest.replace("https://localhost:3000/functions.js", "https://localhost:3000/custom.js");
    const problems = checkManifest(broken, { buildFiles }).join("\n");
    expect(problems).toMatch(/de build maakt dat bestand niet/);
    expect(problems).toMatch(/Functions.Script.Url moet naar functions.js wijzen/);
  });

  it("refuses plain HTTP", () => {
    const broken = manifest.replace("https://localhost:3000/taskpane.html", "http://localhost:3000/taskpane.html");
    expect(checkManifest(broken, { buildFiles }).join("\n")).toMatch(/gebruikt geen HTTPS/);
  });
});
