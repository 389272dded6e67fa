// `npm run controle -- <args>`: runs the iza-controle command from a checkout, building it first
// when the build is missing or older than the sources it is made of.
// `npm run samples`: (re)writes the sample workbooks in assets/ the same way.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const samples = args[0] === "--samples";
const target = join(
  root,
  "dist",
  "cli",
  samples ? "make-samples.js" : "iza-controle.js",
);

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(
      newest,
      entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs,
    );
  }
  return newest;
}

const stale =
  !existsSync(target) ||
  statSync(target).mtimeMs < newestSource(join(root, "src"));
if (stale) {
  const build = spawnSync(
    process.execPath,
    [
      join(root, "node_modules", "webpack", "bin", "webpack.js"),
      "--config-name",
      "cli",
      "--mode",
      "production",
    ],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  if (build.status !== 0) {
    console.error("iza-controle: bouwen mislukt (npm run build toont de fout)");
    process.exit(2);
  }
}
const run = spawnSync(
  process.execPath,
  [target, ...(samples ? args.slice(1) : args)],
  { cwd: process.cwd(), stdio: "inherit" },
);
process.exit(run.status ?? 2);
