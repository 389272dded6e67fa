/**
 * `npm run bench [-- --json] [-- --quick] [-- --lezen]`: measures, in one run, the custom functions against a
 * plain-number baseline, the rule engine on generated ledgers, reading .xlsx files (each in a
 * process of its own, and the real-world corpus), the command
 * line on 14 workbooks, and the pane (bundle sizes, first render in headless Chromium), and
 * compares each figure with its target. Prints a table, or with --json one JSON document.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { Dec } from "../core/decimal";
import { formatCount } from "../core/format";
import { checkWorkbook } from "../core/engine";
import { GEMEENTEN_NML } from "../core/gemeenten";
import { verdeel as verdeelCore } from "../core/verdeel";
import { CHROMIUM_PATH, hasChromium, launchChromium } from "../dev/chromium";
import { serveStatic } from "../dev/static-server";
import { makeJaarrapportage2024 } from "../samples/sample-workbooks";
import { benchFunctions, weights } from "./functions-bench";
import { makeLedger } from "./ledgers";
import { collectGarbage, heapUsedMb, peakRssMb, timeOnce, timePerCall } from "./measure";
import { CORPUS_CHILD, measureRead, READ_CHILD, readChild, ReadFigure, slowestOfCorpus } from "./read-bench";
import { countSyncs } from "./sync-count";

// The custom functions runtime's global, as small as the functions need outside Excel.
class BenchError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: BenchError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
};

const root = resolve(__dirname, "../..");
const dist = join(root, "dist");
const json = process.argv.includes("--json");
/** This script, for the child processes that measure reading. */
const self = process.argv[1];
const quick = process.argv.includes("--quick");
/** `--lezen`: only the rule engine and reading (the sections the reader's targets are in). */
const readingOnly = process.argv.includes("--lezen");

interface Row {
  section: string;
  case: string;
  value: number;
  unit: string;
  target?: string;
  met?: boolean;
  note?: string;
}
const rows: Row[] = [];
const add = (row: Row) => {
  rows.push(row);
  if (!json) process.stderr.write(".");
};
const round = (v: number, digits = 2) => Number(v.toFixed(digits));

function functions(): void {
  const results = benchFunctions();
  const byCase = new Map(results.map((r) => [r.case, r]));
  for (const r of results) {
    add({ section: "functies", case: r.case, value: round(r.micros, 1), unit: "µs/aanroep" });
    add({ section: "functies", case: `${r.case}: verhouding tot float-basis`, value: round(r.ratio), unit: "×" });
  }
  const v14 = byCase.get("VERDEEL 14 gewichten")!;
  rows.find((r) => r.case === v14.case)!.target = "< 50 µs";
  rows.find((r) => r.case === v14.case)!.met = v14.micros < 50;
  const v100k = byCase.get("VERDEEL 100.000 gewichten")!;
  const v1k = byCase.get("VERDEEL 1.000 gewichten")!;
  const ratioRow = rows.find((r) => r.case === `${v100k.case}: verhouding tot float-basis`)!;
  ratioRow.target = "≤ 10×";
  ratioRow.met = v100k.ratio <= 10;
  const growth = v100k.micros / v1k.micros;
  add({
    section: "functies",
    case: "VERDEEL groei 1.000 → 100.000 gewichten (hele aanroep)",
    value: round(growth, 0),
    unit: "×",
    target: "≤ 150×",
    met: growth <= 150,
    note: `de float-basis met dezelfde matrix in en uit groeit ${round(v100k.baselineMicros / v1k.baselineMicros, 0)}×`,
  });
  // The algorithm itself, without Excel's matrix in and out.
  const amount = new Dec(4747850);
  const core = [1000, 100000].map((n) => {
    const w = weights(n);
    return timePerCall(() => verdeelCore(amount, w), 500).micros;
  });
  add({
    section: "functies",
    case: "VERDEEL-kern groei 1.000 → 100.000 gewichten (zonder matrix in/uit)",
    value: round(core[1] / core[0], 0),
    unit: "×",
    target: "≤ 150×",
    met: core[1] / core[0] <= 150,
    note: `${round(core[0], 1)} µs → ${round(core[1] / 1000, 2)} ms`,
  });
}

async function checksAndReading(): Promise<void> {
  const sizes = quick ? [1000, 10000] : [1000, 10000, 100000];
  const engineMillis = new Map<number, number>();
  const readFigures = new Map<number, ReadFigure>();
  const readDir = mkdtempSync(join(tmpdir(), "iza-bench-lezen-"));
  for (const n of sizes) {
    const ledger = makeLedger(n);
    collectGarbage();
    const heapBefore = heapUsedMb();
    const { millis, result } = await timeOnce(() => checkWorkbook(ledger.model));
    const heapAfter = heapUsedMb();
    // a second run, now warm, is the figure; the first includes compiling the engine
    const warm = await timeOnce(() => checkWorkbook(ledger.model));
    const engine = Math.min(millis, warm.millis);
    engineMillis.set(n, engine);
    add({
      section: "controle",
      case: `regelset op grootboek van ${formatCount(n)} regels`,
      value: round(engine, 1),
      unit: "ms",
      target: n === 100000 ? "< 2000 ms" : undefined,
      met: n === 100000 ? engine < 2000 : undefined,
      note: `${result.findings.length} bevindingen; heap +${round(heapAfter - heapBefore, 1)} MB; piek-RSS ${round(peakRssMb(), 0)} MB`,
    });

    // read by a fresh process per case: its time and its own peak memory
    const file = join(readDir, `grootboek-${n}.xlsx`);
    const bytes = await ledger.xlsx();
    writeFileSync(file, bytes);
    const read = measureRead(self, file);
    readFigures.set(n, read);
    add({
      section: "lezen",
      case: `.xlsx → model, ${formatCount(n)} regels (${round(bytes.length / 1024, 0)} KB), eigen proces`,
      value: round(read.millis, 0),
      unit: "ms",
      target: n === 100000 ? "≤ 1500 ms" : undefined,
      met: n === 100000 ? read.millis <= 1500 : undefined,
      note: `${formatCount(read.cells)} cellen${n === 100000 ? "; README vóór SheetJS: 3,5 s met ExcelJS" : ""}`,
    });
    add({
      section: "lezen",
      case: `piek-RSS van dat proces, ${formatCount(n)} regels`,
      value: round(read.peakRssMb, 0),
      unit: "MB",
      target: n === 100000 ? "≤ 400 MB" : undefined,
      met: n === 100000 ? read.peakRssMb <= 400 : undefined,
      note:
        n === 100000
          ? "README vóór SheetJS: ongeveer 1 GB met ExcelJS; Node met SheetJS geladen ongeveer 70 MB"
          : undefined,
    });
  }
  rmSync(readDir, { recursive: true, force: true });
  if (readFigures.has(100000)) {
    const growth = readFigures.get(100000)!.millis / readFigures.get(10000)!.millis;
    add({
      section: "lezen",
      case: "groei leestijd 10.000 → 100.000 regels",
      value: round(growth, 1),
      unit: "×",
      target: "≤ 12×",
      met: growth <= 12,
    });
  }
  const corpus = slowestOfCorpus(self, resolve(root, "../shared/testdata/real-world"));
  add({
    section: "lezen",
    case: corpus ? `traagste bestand van real-world/: ${corpus.file}` : "traagste bestand van real-world/",
    value: corpus ? round(corpus.millis, 0) : NaN,
    unit: "ms",
    note: corpus
      ? `${corpus.files} bestanden samen ${round(corpus.totalMillis / 1000, 1)} s in één proces`
      : "../shared/testdata/real-world ontbreekt",
  });
  if (engineMillis.has(100000)) {
    const growth = engineMillis.get(100000)! / engineMillis.get(10000)!;
    add({
      section: "controle",
      case: "groei 10.000 → 100.000 regels",
      value: round(growth, 1),
      unit: "×",
      target: "≤ 12×",
      met: growth <= 12,
    });
  }
  // The same ledger with four formulas on every line (Verschil, % besteed, a running total over
  // the Verschil column, the share in a whole-column SUM(B:B)): the formula checks (tokens by
  // shape, the cycle graph) at full size.
  const formulaMillis = new Map<number, number>();
  for (const n of quick ? [10000] : [10000, 100000]) {
    const ledger = makeLedger(n, { formulas: true });
    collectGarbage();
    const heapBefore = heapUsedMb();
    const cold = await timeOnce(() => checkWorkbook(ledger.model));
    const heapAfter = heapUsedMb();
    const warm = await timeOnce(() => checkWorkbook(ledger.model));
    const engine = Math.min(cold.millis, warm.millis);
    formulaMillis.set(n, engine);
    add({
      section: "controle",
      case: `regelset op grootboek met 4 formules per regel, ${formatCount(n)} regels (${formatCount(4 * n + 5)} formules)`,
      value: round(engine, 1),
      unit: "ms",
      target: n === 100000 ? "< 2000 ms" : undefined,
      met: n === 100000 ? engine < 2000 : undefined,
      note: `${cold.result.findings.length} bevindingen; heap +${round(heapAfter - heapBefore, 1)} MB; piek-RSS ${round(peakRssMb(), 0)} MB`,
    });
  }
  if (formulaMillis.has(100000)) {
    const growth = formulaMillis.get(100000)! / formulaMillis.get(10000)!;
    add({
      section: "controle",
      case: "groei 10.000 → 100.000 regels, met formules",
      value: round(growth, 1),
      unit: "×",
      target: "≤ 12×",
      met: growth <= 12,
    });
  }
}

async function officeSyncs(): Promise<void> {
  for (const sheets of [1, 50]) {
    const syncs = await countSyncs(sheets);
    add({
      section: "lezen",
      case: `Office.js: context.sync() voor ${sheets} ${sheets === 1 ? "blad" : "bladen"}`,
      value: syncs,
      unit: "syncs",
      target: "gelijk voor 1 en 50 bladen",
    });
  }
  const [one, fifty] = rows.filter((r) => r.unit === "syncs");
  one.met = fifty.met = one.value === fifty.value;
}

async function commandLine(): Promise<void> {
  const cli = join(dist, "cli", "iza-controle.js");
  if (!existsSync(cli)) {
    add({
      section: "opdrachtregel",
      case: "14 werkmappen",
      value: NaN,
      unit: "ms",
      note: "dist/cli ontbreekt: eerst npm run build",
    });
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "iza-bench-"));
  try {
    const bytes = new Uint8Array((await makeJaarrapportage2024().xlsx.writeBuffer()) as ArrayBuffer);
    for (const gemeente of GEMEENTEN_NML) writeFileSync(join(dir, `jaarrapportage-2024-${gemeente}.xlsx`), bytes);
    const { millis, result } = await timeOnce(() =>
      spawnSync(process.execPath, [cli, "--json", dir], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }),
    );
    const files = JSON.parse(result.stdout).files.length;
    add({
      section: "opdrachtregel",
      case: `iza-controle op ${files} werkmappen (één per gemeente)`,
      value: round(millis, 0),
      unit: "ms",
      target: "< 3000 ms",
      met: millis < 3000,
      note: "wandkloktijd, inclusief het starten van Node",
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

async function pane(): Promise<void> {
  if (!existsSync(join(dist, "taskpane.html"))) {
    add({
      section: "taakvenster",
      case: "bundels",
      value: NaN,
      unit: "KB",
      note: "dist/ ontbreekt: eerst npm run build",
    });
    return;
  }
  const functionsKb = gzipKb(join(dist, "functions.js"));
  add({
    section: "taakvenster",
    case: "functions.js (gzip)",
    value: round(functionsKb, 1),
    unit: "KB",
    target: "≤ 60 KB",
    met: functionsKb <= 60,
  });
  const chunks = existsSync(join(dist, "chunks"))
    ? readdirSync(join(dist, "chunks")).filter((f) => f.endsWith(".js"))
    : [];
  const allKb = gzipKb(join(dist, "taskpane.js")) + chunks.reduce((sum, f) => sum + gzipKb(join(dist, "chunks", f)), 0);
  add({
    section: "taakvenster",
    case: "alle JavaScript van het taakvenster (gzip)",
    value: round(allKb, 1),
    unit: "KB",
  });

  if (!hasChromium()) {
    add({
      section: "taakvenster",
      case: "eerste weergave",
      value: NaN,
      unit: "ms",
      note: `geen Chromium op ${CHROMIUM_PATH}`,
    });
    return;
  }
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const paints: number[] = [];
    let firstLoadKb = 0;
    for (let run = 0; run < 5; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
      const loaded = new Set<string>();
      page.on("response", (response) => {
        const url = new URL(response.url());
        if (url.origin === server.url && url.pathname.endsWith(".js")) loaded.add(url.pathname);
      });
      await page.goto(`${server.url}/taskpane.html`, { waitUntil: "load" });
      await page.waitForFunction(() => (document.getElementById("root")?.childElementCount ?? 0) > 0);
      const fcp = await page.evaluate(
        () =>
          new Promise<number>((done) => {
            const entry = performance.getEntriesByName("first-contentful-paint")[0];
            if (entry) return done(entry.startTime);
            new PerformanceObserver((list) => done(list.getEntries()[0].startTime)).observe({
              type: "paint",
              buffered: true,
            });
          }),
      );
      paints.push(fcp);
      if (run === 0) firstLoadKb = [...loaded].reduce((sum, p) => sum + gzipKb(join(dist, p)), 0);
      await context.close();
    }
    paints.sort((a, b) => a - b);
    add({
      section: "taakvenster",
      case: "eerste lading van het taakvenster: JavaScript (gzip)",
      value: round(firstLoadKb, 1),
      unit: "KB",
      target: "≤ 300 KB",
      met: firstLoadKb <= 300,
    });
    add({
      section: "taakvenster",
      case: "eerste weergave (first contentful paint, mediaan van 5, buiten Office)",
      value: round(paints[2], 0),
      unit: "ms",
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The load average when the run began: other work on the machine makes the figures vary. */
const loadAtStart = (require("node:os") as typeof import("node:os")).loadavg()[0];

function machine(): Record<string, string | number> {
  const os = require("node:os") as typeof import("node:os");
  return {
    date: new Date().toISOString().slice(0, 10),
    cpu: os.cpus()[0]?.model ?? "?",
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAtStart: round(loadAtStart),
    loadAtEnd: round(os.loadavg()[0]),
  };
}

function printTable(): void {
  const m = machine();
  const load = (v: string | number) => Number(v).toLocaleString("nl-NL");
  const lines = [
    `Datum: ${m.date}`,
    `Machine: ${m.cpu} · ${m.cores} kernen · ${m.memoryGb} GB · Node ${m.node} · ${m.platform}`,
    `Belasting (load average, 1 min): ${load(m.loadAtStart)} bij de start, ${load(m.loadAtEnd)} aan het eind` +
      (Number(m.loadAtStart) > 0.5 ? " (er draaide ander werk: tijden kunnen tientallen procenten afwijken)" : ""),
    "",
  ];
  const sections = [...new Set(rows.map((r) => r.section))];
  for (const section of sections) {
    lines.push(`== ${section} ==`);
    for (const r of rows.filter((row) => row.section === section)) {
      const value = Number.isNaN(r.value) ? "n.v.t." : `${r.value.toLocaleString("nl-NL")} ${r.unit}`;
      const target = r.target
        ? `  doel ${r.target}: ${r.met === undefined ? "-" : r.met ? "gehaald" : "NIET gehaald"}`
        : "";
      lines.push(`  ${r.case.padEnd(72)} ${value.padStart(16)}${target}${r.note ? `  (${r.note})` : ""}`);
    }
  }
  console.log(lines.join("\n"));
}

async function main(): Promise<void> {
  const [mode, target] = process.argv.slice(2);
  if (mode === READ_CHILD || mode === CORPUS_CHILD) return readChild(mode, target);
  if (readingOnly) await checksAndReading();
  else {
    functions();
    await checksAndReading();
    await officeSyncs();
    await commandLine();
    await pane();
  }
  if (json) console.log(JSON.stringify({ machine: machine(), rows }, null, 1));
  else {
    process.stderr.write("\n");
    printTable();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
