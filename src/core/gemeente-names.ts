import { foldText } from "./text";
import { GEMEENTEN_NML, GemeenteNaam } from "./gemeenten";

/**
 * Names of gemeenten as people type them: "Horst a/d Maas", "Bergen (L)", "Peel & Maas",
 * "Gemeente Venlo", "ECHT SUSTEREN", "Roerdalen " all name one of the 14. The key of a name
 * ignores case, spaces, punctuation and accents, and spells out the usual abbreviations.
 */
export function gemeenteKey(name: string): string {
  let s = foldText(name)
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
  s = s.replace(/^gem(?:eente|\.)\s+/, "");
  s = s.replace(/&/g, " en ");
  s = s.replace(/\ba\s*\/\s*d\b\.?/g, " aan de ").replace(/\ba\.\s*d\.?(?=\s|$)/g, " aan de ");
  // Bergen in Limburg, as opposed to Bergen (NH): "(L)", "(L.)", "(Lb)", "(Limburg)", "L."
  s = s.replace(/\(\s*(?:l|l\.|lb|lb\.|limburg|li)\s*\)/g, " ").replace(/\s+(?:l|lb|limburg)\.?$/, "");
  return s.replace(/[^a-z0-9]+/g, "");
}

const ALIASES: Record<string, GemeenteNaam> = {
  horst: "Horst aan de Maas",
  horstadmaas: "Horst aan de Maas",
  echt: "Echt-Susteren",
  peelmaas: "Peel en Maas",
};

const BY_KEY = new Map<string, GemeenteNaam>();
for (const naam of GEMEENTEN_NML) BY_KEY.set(gemeenteKey(naam), naam);
for (const [key, naam] of Object.entries(ALIASES)) BY_KEY.set(key, naam);

/** The gemeente of NML a label names, or null. */
export function matchGemeente(label: string): GemeenteNaam | null {
  if (label.length > 60 || !/^\s*(?:b|e|g|h|l|m|n|p|r|v|w)/i.test(label.normalize("NFD"))) return null;
  return BY_KEY.get(gemeenteKey(label)) ?? null;
}
