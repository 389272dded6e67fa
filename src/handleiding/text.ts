import type { Severity } from "../core/findings";

/** The prose of the handleiding, in Dutch. The rules, functions and exit statuses come from the code. */

export type Part = string | { kind: "steps" | "list"; items: string[] };

export interface Section {
  id: string;
  title: string;
  body: Part[];
}

/** What each category of finding means, for the adviser. */
export const CATEGORY_TEXT: Record<Severity, string> = {
  fout: "Iets in de werkmap klopt niet en moet worden hersteld: een totaal dat niet optelt, een bedrag dat als tekst in de cel staat, een gemeente die ontbreekt.",
  pho: "Geen fout in de werkmap, maar een besluit dat het portefeuillehoudersoverleg (PhO) moet nemen: een herverdeling die per onderdeel verder gaat dan de grens waarbinnen de Kerngroep zelf beslist (standaard 20% van het vastgestelde bedrag), of elke wijziging van een onderdeel dat op 0 is vastgesteld. In een voorstel is het besluit nog nodig; bij een begroting die al gewijzigd is, is de vraag of het besluit genomen is. Een besluit van de Kerngroep boven die grens is wel een fout.",
  waarschuwing:
    "Waarschijnlijk niet goed, of kwetsbaar: een totaal dat als getal is getypt in plaats van als formule, een negatief bedrag, een koppeling naar een andere werkmap. Kijk ernaar; soms is het zo bedoeld.",
  info: "Een melding: goed om te weten, niets om te herstellen. Bijvoorbeeld het deel van de toekenning dat niet begroot is, of de onderbesteding die terug moet naar VWS.",
};

export const SECTIONS: Section[] = [
  {
    id: "wat",
    title: "Wat doet IZA Controle?",
    body: [
      "IZA Controle werkt op de begrotingen en jaarrapportages die u al bijhoudt; een eigen sjabloon is niet nodig. Het bestaat uit drie delen:",
      {
        kind: "list",
        items: [
          "Drie functies voor in de cellen: =IZA.FTE (uren naar FTE of medewerkers), =IZA.VERDEEL (een bedrag naar een verdeelsleutel, precies op de cent) en =IZA.CHECKREALLOC (een herverdeling getoetst aan de 20%-regel en het budgetplafond).",
          "Het taakvenster IZA Controle (tabblad Start in Excel): het zoekt de tabellen van de begroting, de herverdeling en bijlage 2 van de jaarrapportage zelf op, controleert ze en toont elke bevinding bij haar cel. Hetzelfde taakvenster werkt ook zonder Excel in de browser, op werkmappen die u opent.",
          "iza-controle: dezelfde controles op de opdrachtregel, voor de projectleiding die de werkmappen van alle 14 gemeenten tegelijk ontvangt.",
        ],
      },
      "Alle bedragen worden precies gerekend, zonder afrondingsfouten; een verschil van minder dan een halve cent telt als gelijk.",
    ],
  },
  {
    id: "in-excel",
    title: "Een werkmap controleren in Excel",
    body: [
      {
        kind: "steps",
        items: [
          "Open de werkmap in Excel en kies op het tabblad Start de knop IZA Controle. Het taakvenster controleert de werkmap meteen.",
          "Bovenaan ziet u de uitkomst: het aantal fouten, PhO-besluiten, waarschuwingen en meldingen, en welke tabellen gevonden zijn en op welke bladen. Zijn er geen bevindingen, dan staat eronder wat er is gecontroleerd en in orde is: de tabellen, hun totalen en de toekenning.",
          "Met de knoppen Fouten, PhO-besluit nodig, Waarschuwingen en Meldingen zet u soorten bevindingen aan of uit.",
          "Klik op een bevinding (of ga er met Tab en de pijltjestoetsen naartoe en druk op Enter): Excel gaat naar het blad en selecteert de cel. Pas de cel aan en kies Opnieuw controleren.",
          "Wilt u de cellen in het blad zelf zien? Kies Markeren. Markeringen verwijderen geeft de cellen precies hun eigen opmaak terug.",
          "Kies Controleverslag voor een nieuw blad „IZA controle <datum>” met alle bevindingen (met een koppeling naar elke cel) en de gebruikte instellingen. Een bestaand blad wordt nooit overschreven.",
          "Mist de controle een tabel? Open Tabel niet gevonden?, selecteer de tabel met de kopregel, kies Controleer selectie, geef elke kolom een rol en kies Opslaan en controleren.",
        ],
      },
      "Het taakvenster verandert de werkmap alleen als u erom vraagt (Markeren, Controleverslag, een formule invoegen, instellingen opslaan), en wat het schrijft kunt u weer weghalen. Werkt u met anderen in dezelfde werkmap (SharePoint, OneDrive), dan ziet het taakvenster als een medeauteur de instellingen wijzigt, en zegt het dat de controle verouderd is.",
    ],
  },
  {
    id: "zonder-excel",
    title: "Zonder Excel: werkmappen in de browser",
    body: [
      "Open het taakvenster in de browser (het adres van uw organisatie, het eindigt op taskpane.html). Kies Open werkmappen, of sleep een of meer bestanden in het vak; werkmappen van Excel (.xlsx, .xlsm, .xlsb en .xls, ook van Excel 97-2003 en Excel 95) en van LibreOffice (.ods) worden gelezen. De bestanden worden alleen in de pagina gelezen; er wordt niets verstuurd of opgeslagen.",
      {
        kind: "list",
        items: [
          "Opent u meer werkmappen tegelijk, bijvoorbeeld die van alle 14 gemeenten, dan ziet u een overzicht: per werkmap het aantal bevindingen per soort. Klik op een werkmap om haar bevindingen te zien.",
          "Een bestand dat niet te lezen is (beschadigd, met een wachtwoord, geen werkmap) staat in het overzicht met de reden; de andere werkmappen worden gewoon gecontroleerd.",
          "Instellingen die u kiest (tandwiel), gelden voor alle werkmappen van deze sessie, ook voor die u daarna nog opent, tot u ze wijzigt of Keuzes wissen kiest. Wat u niet wijzigt, neemt elke werkmap van haar eigen instellingen. Bewaart een werkmap zelf een andere waarde, dan staat dat in het overzicht („De werkmap bewaart zelf: …”).",
          "Download overzicht (.csv) geeft alle bevindingen van alle werkmappen in één lijst die Nederlandse Excel met een dubbelklik opent (kolommen bestand, blad, cel, regel, ernst, melding). Download overzicht (.xlsx) geeft dezelfde lijst en een blad Instellingen met per werkmap de gebruikte instellingen en waar ze vandaan kwamen.",
          "Zonder Excel kan het taakvenster de werkmap niet wijzigen: Markeren, Controleverslag en formules invoegen zijn er alleen in Excel, en een bevinding is daar tekst in plaats van een knop naar de cel.",
        ],
      },
    ],
  },
  {
    id: "herverdeling",
    title: "Het tabblad Herverdeling",
    body: [
      "Het tabblad Herverdeling toont voor een herverdeling in de werkmap (een tabel met per onderdeel het vastgestelde en het gewijzigde bedrag, een voorstel of een mutatie) wat =IZA.CHECKREALLOC zou zeggen. Bovenaan staat de samenvatting, bijvoorbeeld „1 onderdeel vraagt een PhO-besluit; 8 binnen de grens van 20%; totaal binnen het plafond”; de onderdelen waarvoor een PhO-besluit nodig is, staan eerst en vallen op.",
      "Meerdere wijzigingen in één jaar tellen op: de 20% geldt voor de wijziging sinds het vastgestelde bedrag, niet sinds de vorige wijziging. Voorbeeld: een onderdeel vastgesteld op € 100.000,00, in juni € +12.000,00 (12%) en in oktober € +10.000,00 (10%). Elke stap valt binnen de grens, samen is het 22%: daarvoor is een PhO-besluit nodig. De controle herkent tabellen met een kolom per wijziging (Vastgesteld | 1e wijziging | 2e wijziging), met de stand na elke wijziging (Na 1e wijziging | Na 2e wijziging) en met een mutatiekolom; de melding staat in de kolom waar de grens voor het eerst wordt overschreden en noemt de stappen. Met =IZA.CHECKREALLOC geeft u als gewijzigd de laatste stand (bijvoorbeeld =B5+C5+D5 per rij).",
      "Staat de vastgestelde begroting in een ander bestand of op een ander blad, kies die dan onder het tandwiel (Vastgestelde begroting) of geef haar op de opdrachtregel met iza-controle --vastgesteld. Elke begroting wordt dan per onderdeel met de vastgestelde vergeleken; onderdelen worden op hun omschrijving gekoppeld (hoofdletters, nummering zoals „1.” en tekst tussen haakjes mogen verschillen) en het taakvenster zegt per regel hoe.",
      "Een jaarrapportage met begroting en realisatie is geen herverdeling: minder of meer besteden is geen verschuiving tussen onderdelen. Het tabblad zegt dan dat er geen herverdeling is; de onderbesteding staat bij de bevindingen op het tabblad Controle.",
      "In Excel zet Formule naast de tabel invoegen de formule =IZA.CHECKREALLOC in de eerste lege kolom naast de tabel, zodat de statussen in de werkmap blijven staan en meerekenen.",
    ],
  },
  {
    id: "instellingen",
    title: "Instellingen",
    body: [
      "Onder het tandwiel staan de toekenning, de herverdelingsgrens, de werkuren per jaar en de deeltijdfactor. In Excel worden ze in de werkmap zelf bewaard (op het verborgen blad IZA_instellingen), zodat iedereen die de werkmap deelt met dezelfde instellingen controleert. Zonder Excel gelden ze voor de sessie (zie hierboven).",
      "Noemt de werkmap de toekenning zelf in een cel (bijvoorbeeld „Beschikbaar” of „Toekenning” met een bedrag ernaast), dan controleert IZA Controle tegen dat bedrag; de instelling toekenning geldt voor een werkmap die haar niet noemt. Het taakvenster zegt bij elke controle welke toekenning en welke grens er gebruikt zijn, en waar ze vandaan kwamen.",
    ],
  },
  {
    id: "gegevens",
    title: "Welke gegevens blijven waar",
    body: [
      {
        kind: "list",
        items: [
          "IZA Controle leest de geopende werkmap (of de bestanden die u in de browser opent) alleen in het geheugen, om te controleren. Er gaat niets de deur uit: er is geen server die gegevens ontvangt, geen telemetrie, geen upload. De functies rekenen in Excel zelf.",
          "De instellingen en de tabellen die u zelf aanwees, staan in de werkmap (blad IZA_instellingen); markeringen zijn voorwaardelijke opmaak in de werkmap; het controleverslag is een blad. Niets wordt elders bewaard.",
          "Zonder Excel wordt een bestand niet gewijzigd; wat u kiest, geldt alleen zolang de pagina open is. Een gedownload overzicht staat daarna alleen op uw eigen computer.",
          "Deze handleiding en het taakvenster halen niets van andere websites; alleen Excel zelf laadt office.js van Microsoft.",
        ],
      },
    ],
  },
];
