/**
 * The import boundaries of "one core, thin doors", checked on every file of src/ (imports,
 * exports from, import() and require()). An import that crosses a line fails this test, in CI.
 *
 * - src/core: pure TypeScript: only itself, decimal.js and the formula tokenizer (no React, no
 *   Office, no reader);
 * - src/ports: the port types, on the core only;
 * - the adapters src/excel (Office.js) and src/xlsx (files): the core and the ports, never each
 *   other, never the pane;
 * - src/functions: the core only; src/cli: the core, the ports and the file reader;
 * - src/handleiding (the handleiding page): the core only, no package;
 * - src/taskpane: the core and the ports; only its entry (index.tsx, the composition root) picks
 *   the adapters;
 * - nothing in src/ imports from tests/.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

interface Rule {
  /** Files under this folder... */
  from: string;
  /** ...may import files under these folders only (undefined: any file of src/). */
  allow?: string[];
  /** ...may import these packages only (undefined: any package). */
  packages?: string[];
  /** Single files that may import more, with what. */
  except?: Record<string, string[]>;
}

export const RULES: Rule[] = [
  { from: "src/core/", allow: ["src/core/"], packages: ["decimal.js", "excel-formula-tokenizer"] },
  { from: "src/ports/", allow: ["src/core/", "src/ports/"], packages: [] },
  { from: "src/functions/", allow: ["src/core/", "src/functions/"] },
  { from: "src/excel/", allow: ["src/core/", "src/ports/", "src/excel/"] },
  { from: "src/xlsx/", allow: ["src/core/", "src/ports/", "src/xlsx/"] },
  { from: "src/cli/", allow: ["src/core/", "src/ports/", "src/xlsx/", "src/cli/"] },
  { from: "src/handleiding/", allow: ["src/core/", "src/handleiding/"], packages: [] },
  {
    from: "src/taskpane/",
    allow: ["src/core/", "src/ports/", "src/taskpane/"],
    except: { "src/taskpane/index.tsx": ["src/excel/excel-door.ts", "src/xlsx/file-door.ts"] },
  },
];

/** Every module a source file names: static imports, re-exports, import() and require(). */
export function importsOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^"'`;]*?\sfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*(?:\/\*[^*]*\*\/\s*)?["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]);
  return found;
}

const EXTENSIONS = [".ts", ".tsx", ".js", ".mjs", ".cjs"];

/** A relative import as a path from the repository root ("src/core/a1.ts"), a package as its name. */
function resolve(file: string, specifier: string, exists: (p: string) => boolean): { path?: string; pkg?: string } {
  if (!specifier.startsWith(".")) {
    const parts = specifier.replace(/^node:/, "").split("/");
    return { pkg: specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0] };
  }
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  for (const candidate of [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => `${base}/index${e}`)]) {
    if (exists(candidate)) return { path: candidate };
  }
  return { path: base };
}

/** The crossings in a set of files (path from the root → source text). */
export function crossings(files: Map<string, string>): string[] {
  const problems: string[] = [];
  const exists = (p: string) => files.has(p);
  for (const [file, source] of files) {
    for (const specifier of importsOf(source)) {
      const target = resolve(file, specifier, exists);
      if (target.path?.startsWith("tests/")) problems.push(`${file} imports a test file: ${specifier}`);
      const rule = RULES.find((r) => file.startsWith(r.from));
      if (!rule) continue;
      if (target.pkg !== undefined) {
        if (rule.packages && !rule.packages.includes(target.pkg))
          problems.push(`${file} imports the package ${target.pkg}`);
        continue;
      }
      const to = target.path!;
      if (!to.startsWith("src/")) continue;
      const allowed =
        !rule.allow || rule.allow.some((folder) => to.startsWith(folder)) || rule.except?.[file]?.includes(to) === true;
      if (!allowed) problems.push(`${file} imports ${to}`);
    }
  }
  return problems;
}

function sourceFiles(dir: string, into = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) sourceFiles(rel, into);
    else if (EXTENSIONS.some((e) => entry.name.endsWith(e))) into.set(rel, readFileSync(path.join(ROOT, rel), "utf8"));
  }
  return into;
}

test("no import in src/ crosses the lines of one core, thin doors", () => {
  const files = sourceFiles("src");
  expect(files.size).toBeGreaterThan(50);
  expect(crossings(files)).toEqual([]);
});

test("the check finds each kind of crossing", () => {
  const files = new Map([
    ["src/core/engine.ts", 'import { x } from "../excel/run";\nimport React from "react";'],
    ["src/taskpane/App.tsx", 'const door = await import(/* webpackChunkName: "excel" */ "../excel/excel-door");'],
    ["src/taskpane/index.tsx", 'import { createExcelDoor } from "../excel/excel-door";'],
    ["src/excel/cells.ts", 'export { labels } from "../taskpane/labels";'],
    ["src/xlsx/file-door.ts", 'import type { Door } from "../excel/excel-door";'],
    ["src/bench/sync-count.ts", 'import { createExcelMock } from "../../tests/excel/excel-mock";'],
    ["src/excel/excel-door.ts", ""],
    ["src/excel/run.ts", ""],
  ]);
  expect(crossings(files)).toEqual([
    "src/core/engine.ts imports src/excel/run.ts",
    "src/core/engine.ts imports the package react",
    "src/taskpane/App.tsx imports src/excel/excel-door.ts",
    "src/excel/cells.ts imports src/taskpane/labels",
    "src/xlsx/file-door.ts imports src/excel/excel-door.ts",
    "src/bench/sync-count.ts imports a test file: ../../tests/excel/excel-mock",
  ]);
});

test("src/core uses no Office, no DOM and no Node globals", () => {
  const globals = /\b(?:Office|Excel|CustomFunctions|window|document|navigator|process|require)\s*[.(]/;
  const offenders = [...sourceFiles("src/core")]
    .filter(([, source]) => globals.test(source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")))
    .map(([file]) => file);
  expect(offenders).toEqual([]);
});
