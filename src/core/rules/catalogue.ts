import { Severity } from "../findings";

/**
 * The rule catalogue. Ids and meanings are stable once released: the pane, the command line and
 * users' own scripts refer to them.
 */
export interface RuleInfo {
  /** The category of its findings: fout, pho ("PhO-besluit nodig"), waarschuwing or info ("melding"). */
  severity: Severity;
  /** Dutch, short: what is wrong. */
  title: string;
  /** Dutch: when the rule fires. */
  description: string;
}

export const RULES = {
  "totaal-klopt-niet": {
    severity: "fout",
    title: "Totaal klopt niet",
    description: "Een Totaal-cel wijkt af van de som van de regels erboven.",
  },
  "totaal-vaste-waarde": {
    severity: "waarschuwing",
    title: "Totaal is een getypt getal",
    description: "Een Totaal-cel is een getypt getal in plaats van een formule en volgt wijzigingen niet.",
  },
  "getal-als-tekst": {
    severity: "fout",
    title: "Getal als tekst",
    description: 'Een bedragcel bevat tekst die als getal leest ("500.000", "€ 17.850,-"); een SOM telt die niet mee.',
  },
  foutwaarde: {
    severity: "fout",
    title: "Foutwaarde",
    description: "Een bedragcel bevat een foutwaarde (#VERW!, #DEEL/0!, #WAARDE!, #N/B, #NAAM?).",
  },
  "negatief-bedrag": {
    severity: "waarschuwing",
    title: "Negatief bedrag",
    description: "Een begroot, gewijzigd of gerealiseerd bedrag is negatief.",
  },
  "meer-dan-twee-decimalen": {
    severity: "waarschuwing",
    title: "Meer dan twee decimalen",
    description: "Een bedrag heeft delen van een cent.",
  },
  "lege-bedragcel": {
    severity: "waarschuwing",
    title: "Lege bedragcel",
    description: "Een regel met een omschrijving heeft een lege bedragcel, terwijl de andere regels een bedrag hebben.",
  },
  "boven-toekenning": {
    severity: "fout",
    title: "Boven de toekenning",
    description: "Het totaal van een begroting of realisatie ligt boven de beschikbare SPUK IZA-toekenning.",
  },
  "onder-toekenning": {
    severity: "info",
    title: "Niet begroot deel",
    description: "Het totaal van een begroting ligt onder de toekenning: het verschil is niet begroot.",
  },
  "herverdeling-boven-grens": {
    severity: "pho",
    title: "Herverdeling boven de grens",
    description:
      "Een onderdeel wijkt meer dan de grens (standaard 20%) af van het vastgestelde bedrag, of een vastgesteld bedrag van 0 wijzigt. Dat is geen fout in de werkmap maar een besluit dat het portefeuillehoudersoverleg (PhO) moet nemen: in een voorstel is het besluit nog nodig; bij een begroting die al gewijzigd is, is de vraag of het genomen is.",
  },
  "herverdeling-boven-budget": {
    severity: "fout",
    title: "Herverdeling boven het budget",
    description: "Het totaal van de gewijzigde bedragen ligt boven het totaal vastgesteld.",
  },
  "verschil-klopt-niet": {
    severity: "fout",
    title: "Verschil klopt niet",
    description:
      "Een Verschil-, Saldo- of Restant-cel is niet begroot − gerealiseerd (of toegekend − gefactureerd) van de regel.",
  },
  "percentage-klopt-niet": {
    severity: "fout",
    title: "Percentage klopt niet",
    description:
      "Een percentage is niet realisatie / begroting (of aandeel / totaal) van de regel, op 0,05 procentpunt.",
  },
  "realisatie-boven-begroting": {
    severity: "waarschuwing",
    title: "Realisatie boven begroting",
    description: "Op een regel is meer gerealiseerd dan begroot.",
  },
  onderbesteding: {
    severity: "info",
    title: "Onderbesteding",
    description: "De totale realisatie ligt onder de totale begroting: dat deel is terug te betalen aan VWS.",
  },
  "gemeente-ontbreekt": {
    severity: "fout",
    title: "Gemeente ontbreekt",
    description: "Een tabel van gemeenten (minstens 7 van de 14 herkend) mist een of meer van de 14 gemeenten.",
  },
  "gemeente-dubbel": {
    severity: "fout",
    title: "Gemeente dubbel",
    description: "Een gemeente staat twee keer in een tabel (ook in een andere schrijfwijze).",
  },
  "onbekende-gemeente": {
    severity: "waarschuwing",
    title: "Onbekende gemeente",
    description: "Een regel in een tabel van gemeenten noemt geen van de 14 gemeenten en is geen totaal.",
  },
  "aandelen-niet-100": {
    severity: "fout",
    title: "Aandelen niet 100%",
    description: "De aandelen (percentages) van een verdeling tellen niet op tot 100%, op 0,005 procentpunt.",
  },
  "facturen-boven-budget": {
    severity: "waarschuwing",
    title: "Facturen boven budget",
    description: "Een gemeente heeft meer gefactureerd dan haar is toegekend.",
  },
  "externe-koppeling": {
    severity: "waarschuwing",
    title: "Koppeling naar een andere werkmap",
    description:
      "Een bedrag komt via een formule uit een andere werkmap; het klopt alleen zolang die werkmap bereikbaar is en de koppeling wordt bijgewerkt.",
  },
  "verborgen-blad": {
    severity: "info",
    title: "Verborgen blad",
    description: "Een verborgen blad bevat een tabel die wordt gecontroleerd; de lezer ziet die niet.",
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];
