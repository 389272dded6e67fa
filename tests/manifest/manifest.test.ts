import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { BUILT_DIST, describeRequiring, testRequiring, XMLLINT } from "../setup/requirements";

const { checkManifest, expectedBuildFiles, schemaProblems, schemaFile } =
  require("../../src/dev/manifest-check.cjs") as {
    checkManifest: (xml: string, options: { buildFiles: Set<string> }) => string[];
    expectedBuildFiles: (root: string) => Set<string>;
    schemaProblems: (file: string, root: string) => { ran: boolean; problems: string[] };
    schemaFile: (root: string) => string;
  };

const root = join(__dirname, "../..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const buildFiles = expectedBuildFiles(root);

/**
 * Microsoft's manifest XSD, as the Microsoft 365 admin center checks a manifest on upload. It needs
 * xmllint (libxml2-utils) and ../shared/schemas; without them the suite is skipped with the reason
 * (listed at the end of the run), except under CI=true, where it must run and fails instead.
 */
const SCHEMAS = {
  missing: () => (existsSync(schemaFile(root)) ? null : `de schema's ontbreken (${schemaFile(root)})`),
};

describeRequiring([XMLLINT, SCHEMAS], "the manifest against Microsoft's XSD (OfficeAppManifestV1_1.xsd)", () => {
  const dir = mkdtempSync(join(tmpdir(), "iza-manifest-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const validate = (xml: string) => {
    const file = join(dir, "manifest.xml");
    writeFileSync(file, xml);
    return schemaProblems(file, root);
  };

  it("manifest.xml is valid", () => {
    expect(schemaProblems(join(root, "manifest.xml"), root)).toEqual({ ran: true, problems: [] });
  });

  testRequiring([BUILT_DIST], "dist/manifest.xml (the production build) is valid", () => {
    expect(schemaProblems(join(root, "dist", "manifest.xml"), root)).toEqual({ ran: true, problems: [] });
  });

  it("refuses an empty AppDomains, as Microsoft's reference page says (\"This element can't be empty\")", () => {
    const result = validate(manifest.replace("  <Hosts>", "  <AppDomains>\n  </AppDomains>\n  <Hosts>"));
    expect(result.ran).toBe(true);
    expect(result.problems.join("\n")).toMatch(/AppDomains.*Missing child element/);
  });

  it("refuses elements out of the schema's order and unknown elements", () => {
    const swapped = manifest.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, "$2\n  $1");
    expect(validate(swapped).problems.join("\n")).toMatch(/ProviderName.*not expected/);
    expect(
      validate(manifest.replace("<Permissions>", "<Permission>").replace("</Permissions>", "</Permission>")).problems,
    ).not.toEqual([]);
  });
});

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

describe("npm run validate without xmllint", () => {
  const run = (ci: boolean) =>
    require("child_process").spawnSync(process.execPath, [join(root, "src/dev/validate-manifest.mjs")], {
      encoding: "utf8",
      env: { PATH: join(root, "no-such-folder"), CI: ci ? "true" : "" },
    }) as { status: number; stdout: string; stderr: string };

  it("fails under CI=true and says what is missing", () => {
    const result = run(true);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/niet tegen Microsofts schema gecontroleerd: xmllint ontbreekt/);
  });

  it("elsewhere warns and still runs the project's own checks", () => {
    const result = run(false);
    expect(result.stderr).toMatch(/LET OP: manifest.xml: niet tegen Microsofts schema gecontroleerd/);
    expect(result.stdout).toMatch(/manifest.xml: in orde/);
  });
});
