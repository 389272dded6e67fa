/* eslint-disable no-undef */
// The offline manifest check (`npm run validate`), in two parts:
// - schemaProblems: Microsoft's manifest schema (OfficeAppManifestV1_1.xsd and the files it imports,
//   in ../shared/schemas/office-addin-manifest/), validated with xmllint (libxml2), as the
//   Microsoft 365 admin center validates a manifest on upload;
// - checkManifest: what the schema cannot express, checked on the XML itself: every resid has a
//   resource, all URLs are HTTPS on one origin, and they name files the build makes.
// Both return a list of problems in Dutch; empty is good.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { XMLParser, XMLValidator } = require("fast-xml-parser");

const URL_ATTRIBUTE_ELEMENTS = new Set([
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "SourceLocation",
  "bt:Image",
  "bt:Url",
]);

/** Every element with its path, attributes and children, depth first. */
function walk(node, name, visit, trail = []) {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    node.forEach((child) => walk(child, name, visit, trail));
    return;
  }
  visit(name, node, trail);
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@_") || key === "#text") continue;
    walk(value, key, visit, [...trail, name]);
  }
}

/**
 * @param {string} xml the manifest
 * @param {{ buildFiles: Set<string> }} options the files the build produces (paths relative to dist/)
 */
function checkManifest(xml, { buildFiles }) {
  const problems = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`manifest is geen geldige XML: ${valid.err.msg} (regel ${valid.err.line})`];

  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  });
  const doc = parser.parse(xml);
  const resources = new Map();
  const resids = [];
  const urls = [];
  const ids = {};

  walk(doc, "#document", (name, node) => {
    const parentIsResources = ["bt:Image", "bt:Url", "bt:String"].includes(name);
    if (parentIsResources && node["@_id"]) {
      if (resources.has(node["@_id"])) problems.push(`resource-id ${node["@_id"]} komt twee keer voor`);
      resources.set(node["@_id"], {
        kind: name,
        value: node["@_DefaultValue"],
      });
    }
    if (node["@_resid"]) resids.push({ element: name, resid: node["@_resid"] });
    if (URL_ATTRIBUTE_ELEMENTS.has(name) && node["@_DefaultValue"] && /^[a-z]+:/i.test(node["@_DefaultValue"])) {
      urls.push({ element: name, url: node["@_DefaultValue"] });
    }
  });

  const app = (doc.OfficeApp || [])[0] || {};
  for (const key of ["Id", "Version"]) {
    const value = (app[key] || [])[0];
    ids[key] = typeof value === "object" && value !== null ? value["#text"] : value;
  }

  for (const { element, resid } of resids) {
    if (!resources.has(resid))
      problems.push(`${element} verwijst naar resid "${resid}", maar die resource bestaat niet`);
  }

  const origins = new Set();
  for (const { element, url } of urls) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${element}: "${url}" is geen geldige URL`);
      continue;
    }
    if (parsed.protocol !== "https:") problems.push(`${element}: ${url} gebruikt geen HTTPS`);
    origins.add(parsed.origin);
    const file = decodeURIComponent(parsed.pathname).replace(/^\/+/, "");
    if (buildFiles && file && !buildFiles.has(file))
      problems.push(`${element}: ${url} wijst naar ${file}, maar de build maakt dat bestand niet`);
  }
  if (origins.size > 1) problems.push(`niet alle URL's hebben dezelfde oorsprong: ${[...origins].join(", ")}`);

  const resource = (id) => resources.get(id) && resources.get(id).value;
  const expectFile = (id, name) => {
    const value = resource(id);
    if (!value) problems.push(`resource ${id} ontbreekt`);
    else if (!new URL(value).pathname.endsWith(`/${name}`))
      problems.push(`resource ${id} moet naar ${name} wijzen, niet naar ${value}`);
  };
  expectFile("Functions.Script.Url", "functions.js");
  expectFile("Functions.Metadata.Url", "functions.json");
  expectFile("Functions.Page.Url", "functions.html");
  expectFile("Taskpane.Url", "taskpane.html");
  if (resource("Functions.Namespace") !== "IZA")
    problems.push(`de naamruimte van de functies moet IZA zijn (nu ${resource("Functions.Namespace")})`);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ids.Id || ""))
    problems.push("Id is geen GUID");
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(ids.Version || ""))
    problems.push(`Version moet de vorm 1.0.0.0 hebben (nu ${ids.Version})`);
  return problems;
}

/** The files a production build writes, as the manifest refers to them (relative to dist/). */
function expectedBuildFiles(root) {
  const dist = path.join(root, "dist");
  const files = new Set();
  if (fs.existsSync(path.join(dist, "taskpane.html"))) {
    const list = (dir, prefix) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) list(path.join(dir, entry.name), `${prefix}${entry.name}/`);
        else files.add(`${prefix}${entry.name}`);
      }
    };
    list(dist, "");
    return files;
  }
  // No build yet: derive what the build will write from the sources it is made of.
  for (const page of fs.readdirSync(path.join(root, "src", "pages"))) {
    if (page.endsWith(".html")) {
      files.add(page);
    }
  }
  ["functions.js", "functions.json", "taskpane.js", "commands.js"].forEach((f) => files.add(f));
  for (const asset of fs.readdirSync(path.join(root, "assets"))) files.add(`assets/${asset}`);
  return files;
}

/** Microsoft's manifest schemas: ../shared/schemas/office-addin-manifest beside the repository. */
function schemaFile(root) {
  return path.join(root, "..", "shared", "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");
}

/** Is xmllint (Debian's libxml2-utils) there? */
function hasXmllint() {
  const result = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return !result.error && result.status === 0;
}

/**
 * The manifest against Microsoft's XSD. Returns { ran, problems }: ran is false when xmllint or
 * the schemas are missing (problems then says which, in Dutch).
 * @param {string} file the manifest
 * @param {string} root the repository
 */
function schemaProblems(file, root) {
  const xsd = schemaFile(root);
  if (!fs.existsSync(xsd)) return { ran: false, problems: [`de schema's ontbreken: ${xsd}`] };
  if (!hasXmllint()) {
    return { ran: false, problems: ["xmllint ontbreekt (Debian/Ubuntu: apt-get install libxml2-utils)"] };
  }
  const result = spawnSync("xmllint", ["--noout", "--schema", xsd, path.basename(file)], {
    cwd: path.dirname(file),
    encoding: "utf8",
  });
  if (result.status === 0) return { ran: true, problems: [] };
  const problems = (result.stderr || "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !/ fails to validate$/.test(line) && !/ validates$/.test(line))
    .map((line) => `volgens Microsofts schema: ${line}`);
  return { ran: true, problems: problems.length > 0 ? problems : [`xmllint gaf status ${result.status}`] };
}

module.exports = { checkManifest, expectedBuildFiles, schemaProblems, schemaFile, hasXmllint };
