// `npm start` / `npm run start:web -- --document <url>`: serve the add-in over HTTPS on
// https://localhost:3000 and, where desktop Excel is installed (Windows, Mac), sideload it with
// office-addin-debugging. On a machine without Excel it serves and says how to sideload.
//
// Stopping: Ctrl+C, or SIGTERM/SIGHUP to this process or to the npm that started it. The webpack
// dev server runs as a child with its stdin on a pipe from here and `--watch-options-stdin`, so it
// stops when this process ends in any way (even killed); a stop request is passed on to it, and
// when npm goes away first (npm passes SIGTERM only to its shell, which does not pass it on) this
// process notices that its parent is gone and stops too.
//
// The port: 3000 (package.json config.dev_server_port, which the manifest's URLs use). IZA_DEV_PORT
// serves on another port, e.g. to run next to another server; sideloading needs 3000.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { setInterval, setTimeout } from "node:timers";
import { parseArgs } from "node:util";
import { isRunning, officeAddinDebugging, recordStart, root } from "./dev-session.mjs";

const { values } = parseArgs({
  options: {
    web: { type: "boolean", default: false },
    document: { type: "string" },
  },
  allowPositionals: true,
});
const port = process.env.IZA_DEV_PORT || process.env.npm_package_config_dev_server_port || "3000";
// webpack.config.js reads the port from npm's variable; npm sets it only from package.json.
const env = { ...process.env, npm_package_config_dev_server_port: port };

/** Runs a Node script as a child and ends with it; a stop request or a lost parent stops it. */
function run(script, args, { stopByStdin = false } = {}) {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: root,
    env,
    stdio: [stopByStdin ? "pipe" : "inherit", "inherit", "inherit"],
  });
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    if (stopByStdin) child.stdin.end();
    else child.kill(signal);
    // Whatever the child does with the request: after 10 s it is ended.
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
  };
  child.on("exit", (code, signal) => process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0))));
  child.on("error", (error) => {
    console.error(`Starten mislukt: ${error.message}`);
    process.exit(1);
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(signal));
  recordStart(port);
  // npm's shell dies on SIGTERM without passing it on: then this process is reparented.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent || !isRunning(parent)) stop("SIGTERM");
  }, 500).unref();
}

const debugging = officeAddinDebugging();
const desktopExcel = process.platform === "win32" || process.platform === "darwin";

if (debugging && (values.web ? Boolean(values.document) : desktopExcel)) {
  // Starts `npm run dev-server` itself and sideloads the manifest into Excel; `npm stop` ends both.
  const target = values.web ? ["web", "--document", values.document] : ["desktop"];
  run(debugging, ["start", "manifest.xml", ...target]);
} else {
  const how = values.web
    ? values.document
      ? "office-addin-debugging is niet geïnstalleerd (npm install op Windows of Mac installeert het)."
      : "Geef de werkmap mee: npm run start:web -- --document <url van de werkmap in SharePoint/OneDrive>."
    : desktopExcel
      ? "office-addin-debugging is niet geïnstalleerd; sideload met de hand (zie hieronder)."
      : `Op deze machine (${process.platform}) is geen Excel voor de desktop; de invoegtoepassing wordt alleen geserveerd.`;
  console.log(
    [
      "",
      "IZA Controle — ontwikkelserver",
      `  ${how}`,
      `  Het taakvenster, ook zonder Excel te gebruiken op .xlsx-bestanden: https://localhost:${port}/taskpane.html`,
      "  Sideloaden in Excel op het web: open een werkmap, Start > Invoegtoepassingen > Meer invoegtoepassingen >",
      "    Mijn invoegtoepassingen > Mijn invoegtoepassing uploaden, en kies manifest.xml uit deze map.",
      "  Sideloaden in Excel voor Windows of Mac: npm start op die machine (README, Sideloading).",
      ...(port === "3000"
        ? []
        : [`  Let op: manifest.xml verwijst naar poort 3000; sideloaden werkt alleen op poort 3000.`]),
      "  Stoppen: Ctrl+C, of npm stop in een ander venster.",
      "",
    ].join("\n"),
  );
  run(
    join(root, "node_modules", "webpack", "bin", "webpack.js"),
    ["serve", "--mode", "development", "--config-name", "web", "--watch-options-stdin"],
    { stopByStdin: true },
  );
}
