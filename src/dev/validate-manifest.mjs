// `npm run validate`: the offline manifest check, on manifest.xml and, after a build, dist/manifest.xml:
// Microsoft's XSD (xmllint) and the project's own checks. Without xmllint the schema part is
// skipped with a warning, and fails under CI=true, where it must run.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { checkManifest, expectedBuildFiles, schemaProblems } = require("./manifest-check.cjs");
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const buildFiles = expectedBuildFiles(root);

let failed = false;
for (const file of ["manifest.xml", join("dist", "manifest.xml")]) {
  const full = join(root, file);
  if (!existsSync(full)) continue;
  const schema = schemaProblems(full, root);
  if (!schema.ran) {
    const text = `${file}: niet tegen Microsofts schema gecontroleerd: ${schema.problems.join("; ")}`;
    if (process.env.CI === "true") {
      failed = true;
      console.error(text);
    } else console.warn(`LET OP: ${text}`);
  }
  const problems = [
    ...(schema.ran ? schema.problems : []),
    ...checkManifest(readFileSync(full, "utf8"), { buildFiles }),
  ];
  if (problems.length === 0) console.log(`${file}: in orde${schema.ran ? " (ook volgens Microsofts schema)" : ""}`);
  else {
    failed = true;
    console.error(`${file}: ${problems.length} probleem/problemen`);
    for (const p of problems) console.error(`  - ${p}`);
  }
}
process.exit(failed ? 1 : 0);
