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
    description: "Een begroot, gewijzigd, gerealiseerd, overgemaakt of verantwoord bedrag is negatief.",
  },
  "meer-dan-twee-decimalen": {
    severity: "waarschuwing",
    title: "Meer dan twee decimalen",
    description: "Een bedrag heeft delen van een cent.",
  },
  "lege-bedragcel": {
    severity: "waarschuwing",
    title: "Lege bedragcel",
    description:
      "Een regel met een omschrijving heeft een lege bedragcel, terwijl de andere regels een bedrag hebben; of een regel van het register van herverdelingen (met een Van of Naar) heeft geen bedrag.",
  },
  "boven-toekenning": {
    severity: "fout",
    title: "Boven de toekenning",
    description:
      "Het totaal van een begroting of realisatie ligt boven de beschikbare SPUK IZA-toekenning. Heeft de tabel een kolom per jaar, dan telt elk jaar tegen de toekenning van dat jaar, en noemt de melding het jaar.",
  },
  "onder-toekenning": {
    severity: "info",
    title: "Niet begroot deel",
    description:
      "Het totaal van een begroting ligt onder de toekenning: het verschil is niet begroot. Bij een kolom per jaar geldt dat per jaar, met het jaar in de melding.",
  },
  "herverdeling-boven-grens": {
    severity: "pho",
    title: "Herverdeling boven de grens",
    description:
      "Een onderdeel wijkt meer dan de grens (standaard 20%) af van het vastgestelde bedrag, of een vastgesteld bedrag van 0 wijzigt. Dat is geen fout in de werkmap maar een besluit dat het portefeuillehoudersoverleg (PhO) moet nemen: in een voorstel is het besluit nog nodig; bij een begroting die al gewijzigd is, is de vraag of het genomen is. Bij meerdere wijzigingen in één tabel (1e wijziging, 2e wijziging, of de stand na elke wijziging) telt de wijziging sinds het vastgestelde bedrag, niet sinds de vorige stap: twee stappen van +12% en +10% zijn samen 22%. De melding staat in de kolom waar de grens voor het eerst wordt overschreden en noemt de stappen. Met een vastgestelde begroting in een ander bestand of blad wordt elke regel van de begroting daarmee vergeleken; een regel die in de vastgestelde begroting niet voorkomt, telt als vastgesteld 0.",
  },
  "onderdeel-verdwenen": {
    severity: "fout",
    title: "Onderdeel verdwenen uit de begroting",
    description:
      "Een onderdeel van de vastgestelde begroting (een ander bestand of blad) staat niet meer in de begroting: het bedrag ervan is naar 0 gegaan, en dat vraagt bij meer dan de grens een besluit van de PhO. Heet het onderdeel in de begroting anders, geef het dan de naam uit de vastgestelde begroting.",
  },
  "herverdeling-boven-budget": {
    severity: "fout",
    title: "Herverdeling boven het budget",
    description:
      "Het totaal van de gewijzigde bedragen (na de laatste wijziging) ligt boven het totaal vastgesteld, of boven het totaal van de vastgestelde begroting in een ander bestand of blad.",
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
    description:
      "De totale realisatie ligt onder de totale begroting: dat deel is terug te betalen aan VWS. Bij een kolom per jaar geldt dat per jaar: een onderbesteding van het ene jaar wordt nooit verrekend met een ander jaar, want niet bestede SPUK IZA-middelen gaan niet over naar een volgend jaar.",
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
  "besluit-bevoegdheid": {
    severity: "fout",
    title: "Kerngroep-besluit boven de grens",
    description:
      "In het register van herverdelingen brengt een besluit van de Kerngroep de cumulatieve wijziging van het Van- of Naar-onderdeel boven de grens (standaard 20% van het vastgestelde bedrag, of een wijziging van een vastgesteld bedrag van 0): daarvoor was een besluit van de PhO nodig. De wijzigingen tellen per kalenderjaar vanaf 1 januari op, in datumvolgorde; na een PhO-besluit telt een onderdeel vanaf het bedrag dat de PhO vaststelde.",
  },
  "register-wijkt-af": {
    severity: "fout",
    title: "Register wijkt af van de begroting",
    description:
      "De wijzigingen van een onderdeel in het register van herverdelingen (opgeteld over het laatste jaar van het register) zijn niet het verschil tussen het vastgestelde en het huidige bedrag in de begroting van de werkmap.",
  },
  "onbekend-onderdeel": {
    severity: "waarschuwing",
    title: "Onbekend onderdeel in het register",
    description:
      "Een Van of Naar in het register van herverdelingen wijst geen onderdeel van de begroting eenduidig aan (ook niet bij een andere schrijfwijze, nummering of tekst tussen haakjes); die kant van de regel telt niet mee.",
  },
  "verrekening-klopt-niet": {
    severity: "fout",
    title: "Verrekening klopt niet",
    description:
      'In een verantwoording (SiSa) is de verrekening van een gemeente niet overgemaakt − verantwoord. Het teken volgt uit de kolomkop ("Terug te betalen": positief betaalt de gemeente terug; "Na te betalen": positief betaalt Venlo na) of anders uit de andere regels; de melding zegt welk teken is gebruikt.',
  },
  "verantwoord-boven-overgemaakt": {
    severity: "waarschuwing",
    title: "Meer verantwoord dan overgemaakt",
    description:
      "Een gemeente heeft via SiSa meer verantwoord dan Venlo haar heeft overgemaakt: dat verschil kan niet uit de SPUK IZA worden betaald.",
  },
  "verrekening-totaal": {
    severity: "info",
    title: "Verrekening met de gemeenten",
    description:
      "Bij het totaal van een verantwoording (SiSa): wat Venlo per saldo terugvordert van de gemeenten of aan hen nabetaalt, met hoeveel gemeenten aan elke kant.",
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
  "som-mist-regel": {
    severity: "fout",
    title: "Som mist een regel",
    description:
      "De formule van een Totaal of Subtotaal telt niet precies de regels van de tabel: ze laat een regel weg, telt een regel dubbel (ook via een subtotaal), of telt de kopregel of een cel buiten de tabel mee. De melding noemt de regels en geeft de juiste formule. Een totaal dat nu toevallig klopt, loopt bij de volgende wijziging uit de pas.",
  },
  kringverwijzing: {
    severity: "fout",
    title: "Kringverwijzing",
    description:
      "Een formule hangt van haar eigen uitkomst af: rechtstreeks (een Totaal dat zichzelf meetelt) of via andere cellen, ook op andere bladen. Excel kan zo'n formule niet uitrekenen; de getoonde waarde is 0 of een oude uitkomst. De melding staat bij elke formule van de kring die in een tabel staat.",
  },
  "inconsistente-formule": {
    severity: "waarschuwing",
    title: "Formule wijkt af van de kolom",
    description:
      "In een kolom die regel voor regel wordt uitgerekend (Verschil, Restant, Percentage, Gewijzigd = Vastgesteld + Mutatie) heeft één regel een andere formule dan de rest, of een getypt getal waar de andere regels een formule hebben. Formules worden vergeleken zoals ze per regel meeschuiven (B5−C5 in rij 5 is dezelfde formule als B6−C6 in rij 6). Een getypt getal dat al als fout is gemeld (verschil, percentage of verrekening klopt niet), krijgt geen tweede melding.",
  },
  "vaste-waarde-in-formule": {
    severity: "waarschuwing",
    title: "Getypt bedrag in een formule",
    description:
      "Een formule in een bedragcel telt een getypt bedrag op of trekt het af (=B5+5000, =SOM(B5:B12)-250): dat bedrag staat nergens als regel en verandert niet mee. Factoren en eenheden zijn geen bedragen: 0, 1, −1, 100 en 1000, een percentage (20%) en een getal waarmee vermenigvuldigd of gedeeld wordt (×0,2, /12) worden niet gemeld, net als een formule zonder verwijzing.",
  },
  "verborgen-regel": {
    severity: "waarschuwing",
    title: "Verborgen regel telt mee",
    description:
      "Een verborgen rij of kolom in een tabel heeft een bedrag dat meetelt in het totaal: wie de tabel leest of afdrukt, ziet dat bedrag niet. Een totaal met SUBTOTAAL(109; …) telt verborgen rijen niet mee; dan is er geen melding.",
  },
  "verwijzing-naar-lege-cel": {
    severity: "waarschuwing",
    title: "Formule verwijst naar een lege cel",
    description:
      "Een formule in een bedragcel verwijst naar een cel die leeg is (op dit of een ander blad van de werkmap): vaak een verschoven of vergeten verwijzing. Lege bedragcellen op regels van een tabel vallen hierbuiten (dat meldt Lege bedragcel), net als formules die zelf op een lege cel testen.",
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];
