/**
 * The handleiding (handleiding.html): built and hosted with the pane, under the same
 * Content-Security-Policy, without any request to another origin. The parts that the code knows
 * better than a text can (the rules and their categories, the functions with their examples and
 * errors, the exit statuses of iza-controle) are rendered from the code itself: the rule catalogue
 * of core (so a new rule appears here by itself), ./functions-doc (checked against the functions
 * by a test) and core's labels. Plain DOM, no framework: the page is small and loads fast.
 */
import { SEVERITIES } from "../core/findings";
import { EXIT_STATUSES, SEVERITY_LABEL } from "../core/labels";
import { RULE_IDS, RULES } from "../core/rules/catalogue";
import { FUNCTION_DOCS } from "./functions-doc";
import { CATEGORY_TEXT, SECTIONS, Section } from "./text";

type Child = Node | string | null | undefined | false;

/** An element with attributes and children; text is always text (never parsed as HTML). */
function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

function table(caption: string, head: string[], rows: Child[][], className = ""): HTMLElement {
  return h(
    "table",
    className ? { class: className } : {},
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, ...head.map((text) => h("th", { scope: "col" }, text)))),
    h("tbody", {}, ...rows.map((cells) => h("tr", {}, ...cells.map((cell) => h("td", {}, cell))))),
  );
}

function section(s: Section): HTMLElement {
  return h(
    "section",
    { id: s.id, "aria-labelledby": `${s.id}-kop` },
    h("h2", { id: `${s.id}-kop` }, s.title),
    ...s.body.map((part) =>
      typeof part === "string"
        ? h("p", {}, part)
        : part.kind === "steps"
          ? h("ol", {}, ...part.items.map((item) => h("li", {}, item)))
          : h("ul", {}, ...part.items.map((item) => h("li", {}, item))),
    ),
  );
}

/** The rules per category, from the catalogue. */
function rulesSection(): HTMLElement {
  return h(
    "section",
    { id: "controles", "aria-labelledby": "controles-kop" },
    h("h2", { id: "controles-kop" }, "De controles en hun soorten bevindingen"),
    h(
      "p",
      {},
      "Elke bevinding hoort bij een controle en heeft een van vier soorten. In het taakvenster staat de soort als gekleurd label bij de bevinding; in het controleverslag, het overzicht (.csv, .xlsx) en de uitvoer van iza-controle staat ook de vaste naam van de controle (de kolom regel), die nooit verandert.",
    ),
    ...SEVERITIES.map((severity) => {
      const ids = RULE_IDS.filter((id) => RULES[id].severity === severity);
      return h(
        "section",
        { id: `soort-${severity}`, "aria-labelledby": `soort-${severity}-kop` },
        h("h3", { id: `soort-${severity}-kop` }, h("span", { class: `label ${severity}` }, SEVERITY_LABEL[severity])),
        h("p", {}, CATEGORY_TEXT[severity]),
        ids.length === 0
          ? h("p", {}, "(Geen controles in deze soort.)")
          : table(
              `Controles van de soort ${SEVERITY_LABEL[severity]}`,
              ["Controle", "Wanneer", "Naam (regel)"],
              ids.map((id) => [RULES[id].title, RULES[id].description, h("code", {}, id)]),
            ),
      );
    }),
  );
}

/** The three functions, from ./functions-doc. */
function functionsSection(): HTMLElement {
  return h(
    "section",
    { id: "functies", "aria-labelledby": "functies-kop" },
    h("h2", { id: "functies-kop" }, "De functies"),
    h(
      "p",
      {},
      "De functies staan in elke werkmap zodra de invoegtoepassing geladen is; typ =IZA. in een cel en Excel toont ze. In Nederlandse Excel staan tussen de argumenten puntkomma's (;), in Engelse Excel komma's. Een argument tussen [haken] mag u weglaten: dan geldt de standaardwaarde. Excel toont de melding bij een fout als u op het waarschuwingsteken naast de cel klikt.",
    ),
    ...FUNCTION_DOCS.map((doc) =>
      h(
        "section",
        { id: doc.anchor, "aria-labelledby": `${doc.anchor}-kop` },
        h("h3", { id: `${doc.anchor}-kop` }, h("code", {}, doc.signature)),
        ...doc.intro.map((text) => h("p", {}, text)),
        table(
          `Voorbeelden van ${doc.name}`,
          ["Formule", "Uitkomst"],
          doc.examples.map((e) => [h("code", {}, e.formula), e.result]),
        ),
        table(
          `Fouten van ${doc.name}`,
          ["Excel toont", "Wanneer", "Melding"],
          doc.errors.map((e) => [e.shows, e.when, e.message ? h("q", {}, e.message) : "—"]),
        ),
      ),
    ),
  );
}

function exitSection(): HTMLElement {
  return h(
    "section",
    { id: "opdrachtregel", "aria-labelledby": "opdrachtregel-kop" },
    h("h2", { id: "opdrachtregel-kop" }, "Voor de projectleiding: iza-controle"),
    h(
      "p",
      {},
      "iza-controle doet dezelfde controles op de opdrachtregel, voor een map met de werkmappen van alle gemeenten tegelijk: iza-controle map-met-werkmappen. Met --csv overzicht.csv en --xlsx overzicht.xlsx schrijft het hetzelfde overzicht als de knop Download overzicht; met --json één JSON-document voor een script. iza-controle --help geeft alle opties.",
    ),
    table(
      "De afsluitcode van iza-controle",
      ["Code", "Betekenis"],
      EXIT_STATUSES.map(([status, meaning]) => [h("code", {}, String(status)), meaning]),
    ),
  );
}

function render(root: HTMLElement): void {
  const contents = h(
    "nav",
    { "aria-label": "Inhoud" },
    h(
      "ol",
      {},
      ...[
        ...SECTIONS.slice(0, 3).map((s) => [s.id, s.title]),
        ["controles", "De controles en hun soorten bevindingen"],
        ["functies", "De functies"],
        ...SECTIONS.slice(3).map((s) => [s.id, s.title]),
        ["opdrachtregel", "Voor de projectleiding: iza-controle"],
      ].map(([id, title]) => h("li", {}, h("a", { href: `#${id}` }, title))),
    ),
  );
  root.replaceChildren(
    h("h1", {}, "IZA Controle — handleiding"),
    h(
      "p",
      { class: "lead" },
      "Voor de financieel adviseurs van de 14 gemeenten van Noord- en Midden-Limburg en de projectleiding IZA: rekenen en controleren met de middelen van het Integraal Zorgakkoord (SPUK IZA) in de begroting en de jaarrapportage.",
    ),
    contents,
    ...SECTIONS.slice(0, 3).map(section),
    rulesSection(),
    functionsSection(),
    ...SECTIONS.slice(3).map(section),
    exitSection(),
  );
  // A link with an anchor (the @helpurl of a function) lands on its section once it exists.
  if (window.location.hash) document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
}

const root = document.getElementById("root");
if (root) render(root);
