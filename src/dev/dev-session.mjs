// What `npm start` (src/dev/start.mjs) and `npm stop` (src/dev/stop.mjs) share: the optional
// office-addin-debugging, and the record of the running `npm start` (process id and port) in
// node_modules/.cache/, the folder build tools use for such state.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SESSION_DIR = join(root, "node_modules", ".cache", "iza-addin");
const sessionFile = (port) => join(SESSION_DIR, `start-${port}.json`);

/** office-addin-debugging's command line, or null where that optional dependency is absent. */
export function officeAddinDebugging() {
  try {
    return join(dirname(require.resolve("office-addin-debugging/package.json", { paths: [root] })), "cli.js");
  } catch {
    return null;
  }
}

/** Records this process as the `npm start` serving `port`, and takes the record away when it ends. */
export function recordStart(port) {
  const file = sessionFile(port);
  mkdirSync(SESSION_DIR, { recursive: true });
  writeFileSync(file, JSON.stringify({ pid: process.pid, port }));
  process.on("exit", () => {
    if (readSession(file)?.pid === process.pid) rmSync(file, { force: true });
  });
}

function readSession(file) {
  try {
    const record = JSON.parse(readFileSync(file, "utf8"));
    return Number.isInteger(record?.pid) ? record : null;
  } catch {
    return null;
  }
}

/**
 * The running `npm start` processes of this checkout ({ pid, port }), all or the one on `port`.
 * A record whose process is gone (killed without cleaning up) is taken away; where the system
 * shows command lines (/proc), a process id now used by another program does not count.
 */
export function runningStarts(port) {
  let files;
  try {
    files = port ? [sessionFile(port)] : readdirSync(SESSION_DIR).map((name) => join(SESSION_DIR, name));
  } catch {
    return [];
  }
  const running = [];
  for (const file of files) {
    const record = readSession(file);
    if (record && isRunning(record.pid) && isStartScript(record.pid)) running.push(record);
    else rmSync(file, { force: true });
  }
  return running;
}

function isStartScript(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("start.mjs");
  } catch {
    return !existsSync("/proc/self/cmdline");
  }
}

export function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
