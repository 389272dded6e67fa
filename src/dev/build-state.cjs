// Whether dist/ is the production build of the sources as they are now. `npm run build` leaves a
// stamp in dist/ when it is done (the postbuild script); every webpack build of the pages (also
// `npm run build:dev`) empties dist/ except dist/cli/ and so takes the stamp away. The build is
// current when the stamp is there and nothing it is made of changed after it. `npm test` (the
// jest global setup) builds when it is not; `npm run controle/samples/bench` build only dist/cli.
const { existsSync, readdirSync, statSync, writeFileSync } = require("node:fs");
const { join, relative } = require("node:path");

const root = join(__dirname, "..", "..");
const STAMP = join(root, "dist", ".build-stamp");
/** What the production build is made of. */
const SOURCES = [
  "src",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];
/** Of assets/, what webpack.config.js copies (the screenshot there is made by a test, not used). */
const BUILT_ASSET = /^(icon-.*\.png|.*\.xlsx)$/;

/** The most recently changed file under `paths` (files or folders), as { file, mtimeMs }. */
function newestFile(paths) {
  let newest = { file: null, mtimeMs: 0 };
  const assets = join(root, "assets");
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) if (path !== assets || BUILT_ASSET.test(name)) visit(join(path, name));
    } else if (stat.mtimeMs > newest.mtimeMs) newest = { file: path, mtimeMs: stat.mtimeMs };
  };
  for (const path of paths) visit(path);
  return newest;
}

/**
 * Why dist/ must be built before it is tested (Dutch, for the test output), or null. With
 * `sinceStart` only whether the build is still there: the jest global setup checked the sources
 * when the run began, and what changes during the run (a test's own output) does not count.
 */
function buildProblem(sinceStart = false) {
  if (!existsSync(join(root, "dist"))) return "dist/ ontbreekt";
  if (!existsSync(STAMP)) return "dist/ is niet door npm run build gemaakt (het stempel dist/.build-stamp ontbreekt)";
  if (sinceStart) return null;
  const newest = newestFile(SOURCES.map((p) => join(root, p)));
  if (newest.mtimeMs > statSync(STAMP).mtimeMs)
    return `${relative(root, newest.file)} is gewijzigd na de laatste build`;
  return null;
}

function writeStamp() {
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

module.exports = { STAMP, SOURCES, newestFile, buildProblem, writeStamp };

// `node src/dev/build-state.cjs stamp`: the postbuild script of `npm run build`.
if (require.main === module && process.argv[2] === "stamp") writeStamp();
