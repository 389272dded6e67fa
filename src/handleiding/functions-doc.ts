/**
 * The three functions as the handleiding explains them, in Dutch: what each does, examples and
 * every error with the message Excel shows. One source: the handleiding renders these tables, and
 * tests/handleiding/functions-doc.test.ts calls the functions with each example's and each
 * error's arguments and checks that they answer exactly what is written here (so the handleiding
 * cannot drift from the code). Data only: no import of the functions (their module registers
 * them with Excel).
 */

/** A call of one of the functions, as the test runs it: the arguments as Excel passes them. */
export interface DocCall {
  fn: "FTE" | "VERDEEL" | "CHECKREALLOC";
  args: unknown[];
}

export interface DocExample {
  /** As typed in Dutch Excel. */
  formula: string;
  /** What the cell shows, in Dutch. */
  result: string;
  /** When set: the values Excel gets back, one per cell (numbers, or status texts). */
  check?: DocCall & { values: (number | string)[] };
}

export interface DocError {
  /** What Excel shows: "#WAARDE!", "#DEEL/0!", or a status text. */
  shows: string;
  /** When it happens, in Dutch. */
  when: string;
  /** The message under the error flag (or the status), "" when Excel shows none. */
  message: string;
  /** When set: the call that gives exactly this message. `cell`: the message of that result cell. */
  check?: DocCall & { cell?: number };
}

export interface FunctionDoc {
  /** The anchor of its section in handleiding.html (the @helpurl of the function). */
  anchor: string;
  name: string;
  signature: string;
  intro: string[];
  examples: DocExample[];
  errors: DocError[];
}

const range = (...values: unknown[]) => values.map((v) => [v]);

export const FUNCTION_DOCS: FunctionDoc[] = [
  {
    anchor: "fte",
    name: "IZA.FTE",
    signature: "IZA.FTE(uren; [werkuren_per_jaar]; [deeltijdfactor])",
    intro: [
      "Rekent uren om in FTE, of met een deeltijdfactor in medewerkers vrijgespeeld: uren / (werkuren_per_jaar × deeltijdfactor), zonder afronding.",
      "Standaard zijn er 2000 werkuren per jaar en is de deeltijdfactor 1 (de uitkomst is dan FTE). Met de deeltijdfactor 0,68 van het regioplan geeft de functie het aantal medewerkers. Uren mag één getal zijn of een bereik; de uitkomst heeft dan dezelfde vorm.",
      "Een lege cel geeft een lege uitkomst. Excel voor Windows geeft een lege cel soms door als 0: de uitkomst is dan 0, en 0 uren zijn ook 0 FTE.",
    ],
    examples: [
      {
        formula: "=IZA.FTE(3600)",
        result: "1,8 (FTE bij 2000 uur)",
        check: { fn: "FTE", args: [3600], values: [1.8] },
      },
      {
        formula: "=IZA.FTE(50236,16; 2000; 0,68)",
        result: "36,938… (de 37 medewerkers van het regioplan)",
        check: { fn: "FTE", args: [50236.16, 2000, 0.68], values: [36.938352941176475] },
      },
      { formula: "=IZA.FTE(B2:B20; 1872)", result: "FTE bij een werkweek van 36 uur, één per rij" },
      { formula: "=AFRONDEN(IZA.FTE(B2; 2000; 68%); 0)", result: "37, afgerond zoals het regioplan doet" },
    ],
    errors: [
      {
        shows: "#WAARDE! in die ene cel",
        when: "tekst of WAAR/ONWAAR in uren",
        message: 'tekst in plaats van uren: "veel"',
        check: { fn: "FTE", args: [range(10, "veel")], cell: 1 },
      },
      {
        shows: "#WAARDE! in die ene cel",
        when: "WAAR of ONWAAR in uren",
        message: "WAAR in plaats van uren",
        check: { fn: "FTE", args: [range(true)], cell: 0 },
      },
      {
        shows: "de fout van de cel zelf, in die ene cel",
        when: "een cel met een fout in uren (#DEEL/0!, #N/B, …)",
        message: "",
      },
      {
        shows: "#WAARDE!",
        when: "werkuren_per_jaar is 0 of minder",
        message: "werkuren_per_jaar moet groter zijn dan 0 (nu 0); typ bijvoorbeeld 2000, of laat het leeg voor 2000",
        check: { fn: "FTE", args: [3600, 0] },
      },
      {
        shows: "#WAARDE!",
        when: "deeltijdfactor is 0 of minder, of meer dan 1",
        message: "deeltijdfactor moet groter zijn dan 0 en ten hoogste 1 (nu 1,5); typ bijvoorbeeld 0,68 of 68%",
        check: { fn: "FTE", args: [3600, 2000, 1.5] },
      },
      {
        shows: "#WAARDE!",
        when: "een bereik van meer dan 1.048.576 cellen",
        message: "uren heeft meer dan 1.048.576 cellen; kies een kleiner bereik",
      },
      {
        shows: "#GETAL! in die ene cel",
        when: "de uitkomst is groter dan het grootste getal van Excel",
        message: "",
      },
    ],
  },
  {
    anchor: "verdeel",
    name: "IZA.VERDEEL",
    signature: "IZA.VERDEEL(bedrag; sleutel; [decimalen])",
    intro: [
      "Verdeelt een bedrag naar een verdeelsleutel (inwoners, percentages, of andere gewichten van 0 of meer, in één rij of één kolom), afgerond op decimalen (standaard 2: centen), zo dat de delen samen precies het bedrag zijn.",
      "Zo werkt het: elk deel is het precieze deel naar rato, naar beneden afgerond op een cent; de centen die overblijven gaan naar de grootste resten (bij gelijke resten naar het grootste gewicht, dan naar de eerste). Geen deel wijkt een cent of meer af van zijn precieze waarde.",
      "Waarom niet =AFRONDEN(B$2*C5/SOM(C$5:C$18); 2) per rij? Afgeronde delen tellen niet op: 100 over drie gelijke gewichten geeft drie keer 33,33, een cent te weinig. IZA.VERDEEL nooit. Een lege cel in de sleutel telt als 0.",
    ],
    examples: [
      {
        formula: "=IZA.VERDEEL(100; {1;1;1})",
        result: "33,34 · 33,33 · 33,33",
        check: { fn: "VERDEEL", args: [100, range(1, 1, 1)], values: [33.34, 33.33, 33.33] },
      },
      {
        formula: "=IZA.VERDEEL(0,03; {1;1;1})",
        result: "0,01 · 0,01 · 0,01",
        check: { fn: "VERDEEL", args: [0.03, range(1, 1, 1)], values: [0.01, 0.01, 0.01] },
      },
      {
        formula: "=IZA.VERDEEL(B2; C5:C18)",
        result: "€ 4.747.850 over de 14 gemeenten naar de inwoners in C5:C18; samen precies 4.747.850,00",
      },
      { formula: "=IZA.VERDEEL(-1000; C5:C18)", result: "een correctie, op dezelfde manier verdeeld" },
      {
        formula: "=IZA.VERDEEL(B2; C5:C18; 0)",
        result: "hele euro's",
        check: { fn: "VERDEEL", args: [10, range(1, 1, 1), 0], values: [4, 3, 3] },
      },
    ],
    errors: [
      {
        shows: "#WAARDE!",
        when: "een negatief gewicht",
        message: "gewicht 2 in de sleutel is negatief (-1); een verdeelsleutel heeft gewichten van 0 of meer",
        check: { fn: "VERDEEL", args: [100, range(1, -1)] },
      },
      {
        shows: "#WAARDE!",
        when: "tekst of WAAR/ONWAAR in de sleutel",
        message: 'sleutel, cel 2: tekst in plaats van een gewicht: "veel"',
        check: { fn: "VERDEEL", args: [100, range(1, "veel")] },
      },
      {
        shows: "de fout van de cel zelf",
        when: "een cel met een fout in de sleutel (zonder dat gewicht is geen deel te berekenen, zoals bij SOM)",
        message: "",
      },
      {
        shows: "#WAARDE!",
        when: "de sleutel is een blok van rijen en kolommen",
        message: "sleutel moet één rij of één kolom zijn, geen blok van 2 rijen en meerdere kolommen",
        check: {
          fn: "VERDEEL",
          args: [
            100,
            [
              [1, 2],
              [3, 4],
            ],
          ],
        },
      },
      {
        shows: "#WAARDE!",
        when: "het bedrag heeft meer decimalen dan decimalen",
        message: "bedrag 100,005 heeft meer dan 2 decimalen; rond het eerst af (AFRONDEN) of geef meer decimalen op",
        check: { fn: "VERDEEL", args: [100.005, range(1, 1)] },
      },
      {
        shows: "#WAARDE!",
        when: "decimalen is geen geheel getal van 0 tot en met 6",
        message: "decimalen moet een geheel getal van 0 tot en met 6 zijn (nu 7)",
        check: { fn: "VERDEEL", args: [100, range(1, 1), 7] },
      },
      {
        shows: "#WAARDE!",
        when: "het bedrag ontbreekt",
        message: "bedrag ontbreekt; geef een getal op",
        check: { fn: "VERDEEL", args: [null, range(1, 1)] },
      },
      {
        shows: "#WAARDE!",
        when: "een sleutel van meer dan 1.048.576 cellen",
        message: "sleutel heeft meer dan 1.048.576 cellen; kies een kleiner bereik",
      },
      {
        shows: "#DEEL/0!",
        when: "alle gewichten zijn 0 of leeg (er is niets om door te delen, zoals bij =B2*C5/SOM(C5:C18))",
        message: "",
      },
      {
        shows: "#GETAL!",
        when: "een deel groter dan het grootste getal van Excel",
        message: "",
      },
    ],
  },
  {
    anchor: "checkrealloc",
    name: "IZA.CHECKREALLOC",
    signature: "IZA.CHECKREALLOC(vastgesteld; gewijzigd; [max_percentage]; [budgetplafond])",
    intro: [
      "Toetst een herverdeling aan de 20%-regel van de uitgangspunten begroting: per onderdeel mag de Kerngroep tot max_percentage (standaard 20%) van het vastgestelde bedrag verschuiven, precies op de grens mag ook. Daarboven, en bij elke wijziging van een onderdeel dat op 0 is vastgesteld, is een besluit van het portefeuillehoudersoverleg (PhO) nodig.",
      "In gewijzigd staan de bedragen na het voorstel, met alle eerdere wijzigingen van dit jaar erin: zo tellen kleine stappen samen op. Het totaal van gewijzigd mag niet boven het budgetplafond komen (standaard het totaal van vastgesteld).",
      'De uitkomst is een status per onderdeel en als laatste een voor het totaal (n+1 cellen, naast een tabel met een Totaal-rij). Elke status begint met OK, PHO of FOUT, zodat =AANTAL.ALS(D5:D14; "PHO*") telt hoeveel besluiten nodig zijn.',
      "Excel voor Windows geeft een lege cel soms door als 0. Een PHO-status eindigt dan op „gewijzigd is 0: is de cel leeg, vul dan het bedrag in”: is de cel leeg, vul dan het bedrag in.",
    ],
    examples: [
      {
        formula: "=IZA.CHECKREALLOC(B5:B7; C5:C7)",
        result:
          "per onderdeel bijvoorbeeld OK, OK: € +20.000,00 (20,0%) of PHO: … (grens 20%); als laatste de status van het totaal",
        check: {
          fn: "CHECKREALLOC",
          args: [range(100000, 100000, 100000), range(120000, 125000, 55000)],
          values: [
            "OK: €\u00a0+20.000,00 (20,0%)",
            "PHO: €\u00a0+25.000,00 is 25,0% van €\u00a0100.000,00 (grens 20%)",
            "PHO: €\u00a0-45.000,00 is 45,0% van €\u00a0100.000,00 (grens 20%)",
            "OK: totaal €\u00a0300.000,00 binnen het plafond van €\u00a0300.000,00",
          ],
        },
      },
      {
        formula: "=IZA.CHECKREALLOC(B5:B6; E5:E6)",
        result:
          "meerdere wijzigingen in één jaar: B vastgesteld, C de 1e en D de 2e wijziging, E de stand erna (=B5+C5+D5). Netwerk € 100.000,00 met € +12.000,00 en € +10.000,00: elke stap binnen 20%, samen 22%, dus PHO",
        check: {
          fn: "CHECKREALLOC",
          args: [range(100000, 200000), range(122000, 178000)],
          values: [
            "PHO: €\u00a0+22.000,00 is 22,0% van €\u00a0100.000,00 (grens 20%)",
            "OK: €\u00a0-22.000,00 (11,0%)",
            "OK: totaal €\u00a0300.000,00 binnen het plafond van €\u00a0300.000,00",
          ],
        },
      },
      {
        formula: "=IZA.CHECKREALLOC(B5:B13; C5:C13; 10%)",
        result: "met een grens van 10%",
      },
      {
        formula: "=IZA.CHECKREALLOC(B5:B13; C5:C13; ; 4747850)",
        result: "met de toekenning als plafond",
      },
      {
        formula: '=AANTAL.ALS(D5:D13; "PHO*")',
        result: "het aantal onderdelen waarvoor een PhO-besluit nodig is",
      },
    ],
    errors: [
      {
        shows: "FOUT als status van het totaal",
        when: "het totaal van gewijzigd ligt boven het plafond",
        message: "FOUT: totaal €\u00a0210.000,00 is €\u00a010.000,00 boven het plafond van €\u00a0200.000,00",
        check: { fn: "CHECKREALLOC", args: [range(100000, 100000), range(110000, 100000), undefined, 200000], cell: 2 },
      },
      {
        shows: "FOUT als status van die rij",
        when: "op een rij ontbreekt één van de twee bedragen",
        message: "FOUT: gewijzigd bedrag ontbreekt",
        check: { fn: "CHECKREALLOC", args: [range(100000, 100000), range(100000, null)], cell: 1 },
      },
      {
        shows: "#WAARDE! voor die rij; het totaal zegt welke rij",
        when: "tekst of WAAR/ONWAAR op een rij",
        message: 'FOUT: totaal niet te bepalen: onderdeel 2 heeft tekst in plaats van een vastgesteld bedrag: "veel"',
        check: { fn: "CHECKREALLOC", args: [range(100, "veel"), range(100, 100)], cell: 2 },
      },
      {
        shows: "de fout van de cel zelf voor die rij; het totaal noemt haar",
        when: "een cel met een fout op een rij",
        message: "FOUT: totaal niet te bepalen: onderdeel 2 heeft de fout #DEEL/0!",
      },
      {
        shows: "#WAARDE!",
        when: "max_percentage boven 100%",
        message: "max_percentage 20 is meer dan 100%; typ 20% of 0,2 voor twintig procent",
        check: { fn: "CHECKREALLOC", args: [range(100), range(100), 20] },
      },
      {
        shows: "#WAARDE!",
        when: "max_percentage negatief",
        message:
          "max_percentage mag niet negatief zijn (nu -10%); typ een waarde van 0% tot en met 100%, bijvoorbeeld 20%",
        check: { fn: "CHECKREALLOC", args: [range(100), range(100), -0.1] },
      },
      {
        shows: "#WAARDE!",
        when: "budgetplafond negatief",
        message:
          "budgetplafond mag niet negatief zijn; typ het totaal dat niet overschreden mag worden, of laat het leeg voor het totaal van vastgesteld",
        check: { fn: "CHECKREALLOC", args: [range(100), range(100), undefined, -1] },
      },
      {
        shows: "#WAARDE!",
        when: "vastgesteld en gewijzigd zijn niet even groot",
        message: "vastgesteld (3 cellen) en gewijzigd (2 cellen) moeten even groot zijn",
        check: { fn: "CHECKREALLOC", args: [range(1, 2, 3), range(1, 2)] },
      },
      {
        shows: "#WAARDE!",
        when: "een blok, een leeg bereik, of meer dan 100.000 onderdelen",
        message: "vastgesteld moet één rij of één kolom zijn, …; vastgesteld is leeg; …",
      },
    ],
  },
];
