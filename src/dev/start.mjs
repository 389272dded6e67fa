// `npm start` / `npm run start:web -- --document <url>`: serve the add-in over HTTPS on
// https://localhost:3000 and, where desktop Excel is installed (Windows, Mac), sideload it with
// office-addin-debugging. On a machine without Excel it serves and says how to sideload.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { values } = parseArgs({
  options: {
    web: { type: "boolean", default: false },
    document: { type: "string" },
  },
  allowPositionals: true,
});

function resolveBin(pkg, bin) {
  try {
    return join(dirname(require.resolve(`${pkg}/package.json`, { paths: [root] })), bin);
  } catch {
    return null;
  }
}

function run(command, args) {
  const child = spawn(process.execPath, [command, ...args], {
    cwd: root,
    stdio: "inherit",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
}

const debugging = resolveBin("office-addin-debugging", "cli.js");
const desktopExcel = process.platform === "win32" || process.platform === "darwin";

if (debugging && (values.web ? Boolean(values.document) : desktopExcel)) {
  // Starts `npm run dev-server` itself and sideloads the manifest into Excel.
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
      "  Het taakvenster, ook zonder Excel te gebruiken op .xlsx-bestanden: https://localhost:3000/taskpane.html",
      "  Sideloaden in Excel op het web: open een werkmap, Start > Invoegtoepassingen > Meer invoegtoepassingen >",
      "    Mijn invoegtoepassingen > Mijn invoegtoepassing uploaden, en kies manifest.xml uit deze map.",
      "  Sideloaden in Excel voor Windows of Mac: npm start op die machine (zie README, Sideloaden).",
      "  Stoppen: Ctrl+C.",
      "",
    ].join("\n"),
  );
  run(join(root, "node_modules", "webpack", "bin", "webpack.js"), [
    "serve",
    "--mode",
    "development",
    "--config-name",
    "web",
  ]);
}
