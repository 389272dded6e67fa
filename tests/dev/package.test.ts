/**
 * What a newcomer's `npm install` depends on: the lockfile says what package.json says (else npm
 * rewrites it and the fresh clone is dirty), every locked package accepts every Node version that
 * package.json's `engines` allows (else npm warns EBADENGINE), and `.nvmrc`, the Node that CI
 * tests as well, is one of them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const semver = require("semver") as {
  subset: (sub: string, sup: string) => boolean;
  satisfies: (version: string, range: string) => boolean;
};

const root = join(__dirname, "../..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));

test("the lockfile's root entry is package.json's, as npm 11 writes it", () => {
  const rootEntry = lock.packages[""];
  for (const field of ["name", "version", "license", "bin", "engines"]) expect(rootEntry[field]).toEqual(pkg[field]);
  // An optional dependency is listed under optionalDependencies only.
  for (const field of ["dependencies", "devDependencies", "optionalDependencies"]) {
    expect([field, rootEntry[field] ?? {}]).toEqual([field, pkg[field] ?? {}]);
  }
});

test("every locked package accepts the whole supported Node range", () => {
  const range = pkg.engines.node as string;
  const refusing = Object.entries(lock.packages as Record<string, { version?: string; engines?: { node?: string } }>)
    .filter(([, entry]) => typeof entry.engines?.node === "string")
    .filter(([, entry]) => !semver.subset(range, entry.engines!.node!))
    .map(([path, entry]) => `${path}@${entry.version}: node ${entry.engines!.node}`);
  expect(refusing).toEqual([]);
});

test(".nvmrc names a Node LTS inside the supported range, and CI tests it", () => {
  const nvmrc = readFileSync(join(root, ".nvmrc"), "utf8").trim();
  expect(nvmrc).toMatch(/^\d+$/);
  expect(Number(nvmrc) % 2).toBe(0); // LTS lines are the even majors
  expect(semver.satisfies(`${nvmrc}.0.0`, pkg.engines.node)).toBe(true);
  expect(readFileSync(join(root, ".ci/run"), "utf8")).toContain('lts="$(cat .nvmrc)"');
});
