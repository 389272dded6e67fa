// A jest reporter beside the default one: at the end of the run it lists every test that was
// skipped because something it needs is missing (tests/setup/requirements.ts names those tests
// with SKIP_MARK and the reason). Jest itself shows no console output of a file whose tests were
// all skipped, so the reason would otherwise be lost.
const { relative } = require("node:path");

const SKIP_MARK = " — overgeslagen: ";

class SkipReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const lines = [];
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        if (test.status === "pending" && test.title.includes(SKIP_MARK)) {
          lines.push(`  ${relative(this.rootDir, file.testFilePath)}: ${test.fullName}`);
        }
      }
    }
    if (lines.length > 0) {
      process.stderr.write(
        `\nOvergeslagen omdat iets ontbreekt (${lines.length}; met CI=true mislukken ze):\n${lines.join("\n")}\n`,
      );
    }
  }
}

module.exports = SkipReporter;
module.exports.SKIP_MARK = SKIP_MARK;
