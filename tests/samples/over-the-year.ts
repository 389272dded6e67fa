/**
 * What the samples of the money over the year (src/samples/over-the-year.ts) must give, exactly.
 * Amounts in the messages are made with core's formatters, so a change of the nl-NL format (the
 * space after €, the place of the sign) changes the expectation with it.
 */
import { Dec } from "../../src/core/decimal";
import { formatEuro, formatEuroChange, formatLimit, formatPercent } from "../../src/core/format";
import { phoNote } from "../../src/core/labels";

const euro = (n: number) => formatEuro(new Dec(n));
const change = (n: number) => formatEuroChange(new Dec(n));
const percent = (fraction: string) => formatPercent(new Dec(fraction));
const limit = formatLimit(new Dec("0.2"));
// these tables are changed begrotingen, no proposals: the PhO-question is whether it decided
const PHO = phoNote(false);

export type Expected = {
  grant: { amount: string; source: string };
  tables: string[];
  findings: [string, string, string, string, string][];
};

export const OVER_THE_YEAR_EXPECTED: Record<string, Expected> = {
  "herverdeling-2024-twee-wijzigingen.xlsx": {
    grant: { amount: "4747850", source: "standaardwaarde" },
    tables: ["Herverdelingen 2024 herverdeling A4:F14"],
    findings: [
      [
        "herverdeling-boven-grens",
        "pho",
        "Herverdelingen 2024",
        "D6",
        `"Uitvoeringskosten onderdeel 2 (Netwerksamenwerking)": ${change(60000)} en ${change(50000)} samen +${percent("0.22")} van ${euro(500000)} (grens ${limit}), tot en met "2e wijziging (Kerngroep, oktober)"; ${PHO}`,
      ],
    ],
  },
  // Alone it is a begroting like any other; against begroting-2024.xlsx see VASTGESTELD_PAIR.
  "begroting-2024-juli.xlsx": {
    grant: { amount: "4747850", source: "standaardwaarde" },
    tables: ["Begroting juli begroting A4:B14"],
    findings: [],
  },
  "meerjarenbegroting-2023-2026.xlsx": {
    grant: { amount: "4747850", source: "cel Meerjarenbegroting!B18" },
    tables: ["Meerjarenbegroting begroting A4:E14", "Realisatie 2023-2024 realisatie A4:E14"],
    findings: [
      [
        "boven-toekenning",
        "fout",
        "Meerjarenbegroting",
        "D14",
        `Totaal begroting 2025 ${euro(4847850)} is ${euro(100000)} hoger dan de beschikbare toekenning 2025 van ${euro(4747850)}`,
      ],
      [
        "onder-toekenning",
        "info",
        "Meerjarenbegroting",
        "E14",
        `Niet begroot in 2026: ${euro(100000)} van de toekenning 2026 van ${euro(4747850)} (totaal begroting 2026 ${euro(4647850)})`,
      ],
      [
        "realisatie-boven-begroting",
        "waarschuwing",
        "Realisatie 2023-2024",
        "E6",
        `Realisatie 2024 ${euro(550000)} is ${euro(50000)} hoger dan begroot (${euro(500000)}) bij "Uitvoeringskosten onderdeel 2 (Netwerksamenwerking)"`,
      ],
      [
        "onderbesteding",
        "info",
        "Realisatie 2023-2024",
        "C14",
        `Onderbesteding 2023 ${euro(300000)}: gerealiseerd ${euro(4447850)} van begroot ${euro(4747850)} in 2023; dit deel van de SPUK IZA 2023 is terug te betalen aan VWS en gaat niet over naar een ander jaar`,
      ],
      [
        "boven-toekenning",
        "fout",
        "Realisatie 2023-2024",
        "E14",
        `Totaal realisatie 2024 ${euro(4797850)} is ${euro(50000)} hoger dan de beschikbare toekenning 2024 van ${euro(4747850)}`,
      ],
      [
        "realisatie-boven-begroting",
        "waarschuwing",
        "Realisatie 2023-2024",
        "E14",
        `Totaal realisatie 2024 ${euro(4797850)} is ${euro(50000)} hoger dan begroot (${euro(4747850)})`,
      ],
    ],
  },
};

/** begroting-2024-juli.xlsx checked with --vastgesteld begroting-2024.xlsx (the GUP's begroting, as adopted). */
export const VASTGESTELD_PAIR = {
  vastgesteld: "begroting-2024.xlsx",
  checked: "begroting-2024-juli.xlsx",
  /** How each of the nine labels matched an onderdeel of the GUP. */
  how: ["nummer", "nummer", "nummer", "nummer", "nummer", "omschrijving", "omschrijving", "gelijk", "omschrijving"],
  findings: [
    [
      "herverdeling-boven-grens",
      "pho",
      "Begroting juli",
      "B11",
      `"6. Aanvullende plannen": ${change(130000)} is ${percent("0.26")} van ${euro(500000)} (grens ${limit}) ten opzichte van de vastgestelde begroting ("Uitvoeringskosten onderdeel 6 (Aanvullende plannen)", zelfde omschrijving); ${PHO}`,
    ],
  ],
};
