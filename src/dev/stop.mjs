// `npm stop`: stops what `npm start` started in this checkout (with IZA_DEV_PORT set: only the one
// on that port). Where office-addin-debugging is installed (Windows, Mac) it first ends its
// sideloading session (`office-addin-debugging stop manifest.xml`); where that optional dependency
// is absent, it stops the development server of `npm start` itself and says what else to do.
import { spawnSync } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { isRunning, officeAddinDebugging, root, runningStarts } from "./dev-session.mjs";

const debugging = officeAddinDebugging();
let status = 0;
if (debugging) {
  status =
    spawnSync(process.execPath, [debugging, "stop", "manifest.xml"], { cwd: root, stdio: "inherit" }).status ?? 1;
}

const running = runningStarts(process.env.IZA_DEV_PORT);
for (const { pid } of running) process.kill(pid, "SIGTERM");
const deadline = Date.now() + 15_000;
while (running.some(({ pid }) => isRunning(pid)) && Date.now() < deadline) await sleep(200);
for (const { pid, port } of running) {
  if (isRunning(pid)) {
    console.error(
      `De ontwikkelserver op poort ${port} (proces ${pid}) stopt niet; stop hem met Ctrl+C in zijn venster.`,
    );
    status = 1;
  } else {
    console.log(`Ontwikkelserver gestopt: https://localhost:${port} (proces ${pid}).`);
  }
}
if (running.length === 0 && !debugging) {
  console.log(
    [
      "Er draait geen ontwikkelserver van npm start in deze map.",
      "office-addin-debugging (optioneel) is niet geïnstalleerd: het is alleen nodig om in Excel voor Windows of Mac",
      "te sideloaden. Een invoegtoepassing die u met de hand hebt geüpload, haalt u in Excel weg (README, Sideloading).",
    ].join("\n"),
  );
}
process.exit(status);
