// Runs one of the Node tools of the project from a checkout, building it first (webpack's "cli"
// configuration) when the build is missing or older than the sources it is made of:
//   npm run controle -- <args>   → iza-controle (the command line check)
//   npm run samples              → make-samples (writes the sample workbooks in assets/)
//   npm run bench -- [--json]    → bench (the benchmark)
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import buildState from "./build-state.cjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const [tool, ...args] = process.argv.slice(2);
const target = join(root, "dist", "cli", `${tool}.js`);
const nodeOptions = tool === "bench" ? ["--expose-gc"] : [];

const stale = !existsSync(target) || statSync(target).mtimeMs < buildState.newestFile([join(root, "src")]).mtimeMs;
if (stale) {
  const webpack = join(root, "node_modules", "webpack", "bin", "webpack.js");
  const build = spawnSync(process.execPath, [webpack, "--config-name", "cli", "--mode", "production"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (build.status !== 0) {
    console.error(`${tool}: bouwen mislukt (npm run build toont de fout)`);
    process.exit(2);
  }
}
// npm puts its "> iza-excel-addin@… controle" lines on stdout before the tool's own output.
if (args.includes("--json") && process.env.npm_lifecycle_event && process.env.npm_config_loglevel !== "silent") {
  console.error(
    `Let op: npm zet regels voor het JSON-document; alleen het document: npm run -s ${process.env.npm_lifecycle_event} -- ...`,
  );
}
const run = spawnSync(process.execPath, [...nodeOptions, target, ...args], { cwd: process.cwd(), stdio: "inherit" });
process.exit(run.status ?? 2);
