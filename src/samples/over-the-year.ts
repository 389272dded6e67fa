/**
 * Sample workbooks of the money over the year (issue 16 §1, §2, §5): a herverdeling in two steps,
 * a begroting as it stands in July (to check against the vastgestelde begroting of
 * begroting-2024.xlsx with `iza-controle --vastgesteld`), and a begroting and realisatie with a
 * column per year. All figures beyond the GUP 2024 are illustrative and say so in the workbook.
 */
import type ExcelJS from "exceljs";
import { TOEKENNING_NML } from "../core/gemeenten";
import { BEGROTING_2024 } from "./begroting-2024";
import {
  amount,
  EURO_WHOLE,
  formula,
  header,
  ILLUSTRATIEF,
  newWorkbook,
  note,
  Sample,
  sum,
  title,
  totalLabel,
} from "./sample-workbooks";

/** The two changes of the herverdeling sample, per onderdeel of the GUP (0: no change, left blank). */
export const TWEE_WIJZIGINGEN: readonly { eerste: number; tweede: number; toelichting?: string }[] = [
  { eerste: 0, tweede: 0 },
  { eerste: 60000, tweede: 50000, toelichting: "Elk binnen 20%, samen 22%: besluit van de PhO nodig" },
  { eerste: -100000, tweede: -110000 },
  { eerste: 0, tweede: 0 },
  { eerste: 0, tweede: 0 },
  { eerste: 0, tweede: 0 },
  { eerste: 40000, tweede: 60000, toelichting: "Samen precies 20%: de Kerngroep mag besluiten" },
  { eerste: 0, tweede: 0 },
  { eerste: 0, tweede: 0 },
];

/** assets/herverdeling-2024-twee-wijzigingen.xlsx: vastgesteld, two changes, the state after them. */
export function makeHerverdelingTweeWijzigingen(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const ws = workbook.addWorksheet("Herverdelingen 2024");
  ws.columns = [{ width: 60 }, { width: 20 }, { width: 18 }, { width: 18 }, { width: 18 }, { width: 44 }];
  title(ws, "A1:F1", "Herverdelingen 2024 door de Kerngroep IZA");
  note(
    ws,
    "A2",
    `${ILLUSTRATIEF}: de wijzigingen zijn verzonnen om de controle te tonen; de vastgestelde bedragen zijn de begroting 2024 uit het GUP.`,
  );
  header(ws, 4, "A", [
    "Onderdeel",
    "Begroting 2024 (vastgesteld PhO 20-03-2024)",
    "1e wijziging (Kerngroep, juni)",
    "2e wijziging (Kerngroep, oktober)",
    "Na 2e wijziging",
    "Toelichting",
  ]);
  BEGROTING_2024.forEach((line, i) => {
    const row = 5 + i;
    const { eerste, tweede, toelichting } = TWEE_WIJZIGINGEN[i];
    ws.getCell(row, 1).value = line.onderdeel;
    amount(ws, `B${row}`, line.bedrag);
    // No change is a blank cell, as the Kerngroep's sheets have it.
    if (eerste !== 0) amount(ws, `C${row}`, eerste);
    if (tweede !== 0) amount(ws, `D${row}`, tweede);
    formula(ws, `E${row}`, `B${row}+C${row}+D${row}`, line.bedrag + eerste + tweede);
    if (toelichting) ws.getCell(row, 6).value = toelichting;
  });
  const last = 4 + BEGROTING_2024.length;
  const total = last + 1;
  totalLabel(ws, `A${total}`);
  for (const [col, values] of [
    ["B", BEGROTING_2024.map((l) => l.bedrag)],
    ["C", TWEE_WIJZIGINGEN.map((w) => w.eerste)],
    ["D", TWEE_WIJZIGINGEN.map((w) => w.tweede)],
    ["E", BEGROTING_2024.map((l, i) => l.bedrag + TWEE_WIJZIGINGEN[i].eerste + TWEE_WIJZIGINGEN[i].tweede)],
  ] as const) {
    formula(ws, `${col}${total}`, `SUM(${col}5:${col}${last})`, sum(values));
  }
  return workbook;
}

/** The begroting 2024 as it stands on 1 July: the labels as a gemeente writes them, three amounts changed. */
export const BEGROTING_JULI: readonly { onderdeel: string; bedrag: number }[] = [
  { onderdeel: "1. Projectbureau (incl. communicatie en programmamanager GGD)", bedrag: 500000 },
  { onderdeel: "2. Netwerksamenwerking", bedrag: 560000 },
  { onderdeel: "3. Ketenaanpakken", bedrag: 1810000 },
  { onderdeel: "4. Dekkend netwerk steunpunten", bedrag: 480000 },
  { onderdeel: "5. E-health, anonieme zorg etc.", bedrag: 17850 },
  { onderdeel: "6. Regioplan", bedrag: 200000 },
  { onderdeel: "6. Aanvullende plannen", bedrag: 630000 },
  { onderdeel: "Monitoring en evaluatie", bedrag: 100000 },
  { onderdeel: "Vergoeding inzet individuele gemeenten", bedrag: 450000 },
];

/** assets/begroting-2024-juli.xlsx: to check with --vastgesteld begroting-2024.xlsx. */
export function makeBegrotingJuli(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const ws = workbook.addWorksheet("Begroting juli");
  ws.columns = [{ width: 60 }, { width: 16 }];
  title(ws, "A1:B1", "Begroting SPUK IZA 2024, bijgewerkt tot 1 juli");
  note(
    ws,
    "A2",
    `${ILLUSTRATIEF}. Controleer tegen de vastgestelde begroting: iza-controle --vastgesteld begroting-2024.xlsx begroting-2024-juli.xlsx`,
  );
  header(ws, 4, "A", ["Onderdeel", "Begroting 2024 (€)"]);
  BEGROTING_JULI.forEach((line, i) => {
    ws.getCell(5 + i, 1).value = line.onderdeel;
    amount(ws, `B${5 + i}`, line.bedrag, EURO_WHOLE);
  });
  const last = 4 + BEGROTING_JULI.length;
  totalLabel(ws, `A${last + 1}`);
  formula(ws, `B${last + 1}`, `SUM(B5:B${last})`, sum(BEGROTING_JULI.map((l) => l.bedrag)), EURO_WHOLE);
  return workbook;
}

export const JAREN = [2023, 2024, 2025, 2026] as const;

/** The begroting per year: the GUP 2024 each year, with an illustrative change in 2025 and 2026. */
export function begrotingInJaar(year: number): number[] {
  return BEGROTING_2024.map((line, i) => {
    if (year === 2025 && i === 4) return line.bedrag + 100000; // e-health: € 100.000 more than the grant allows
    if (year === 2026 && i === 7) return 0; // monitoring not yet budgeted
    return line.bedrag;
  });
}

/** What was realised in 2023 and 2024, per onderdeel (illustrative). */
export const REALISATIE_PER_JAAR: Readonly<Record<2023 | 2024, readonly number[]>> = {
  2023: [450000, 400000, 1900000, 480000, 17850, 150000, 500000, 100000, 450000],
  2024: [500000, 550000, 2000000, 480000, 17850, 200000, 500000, 100000, 450000],
};

/** assets/meerjarenbegroting-2023-2026.xlsx: a column per year, a grant per year, a realisatie per year. */
export function makeMeerjarenbegroting(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const ws = workbook.addWorksheet("Meerjarenbegroting");
  ws.columns = [{ width: 60 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }];
  title(ws, "A1:E1", "Meerjarenbegroting SPUK IZA 2023–2026");
  note(ws, "A2", `${ILLUSTRATIEF}: 2023, 2025 en 2026 zijn verzonnen; 2024 is de begroting uit het GUP.`);
  // The years as numbers, as most spreadsheets have them.
  ws.getCell("A4").value = "Onderdeel";
  ws.getCell("A4").font = { bold: true };
  JAREN.forEach((year, j) => {
    const cell = ws.getCell(4, 2 + j);
    cell.value = year;
    cell.font = { bold: true };
  });
  const letters = ["B", "C", "D", "E"];
  BEGROTING_2024.forEach((line, i) => {
    ws.getCell(5 + i, 1).value = line.onderdeel;
    JAREN.forEach((year, j) => amount(ws, `${letters[j]}${5 + i}`, begrotingInJaar(year)[i], EURO_WHOLE));
  });
  const last = 4 + BEGROTING_2024.length;
  totalLabel(ws, `A${last + 1}`);
  JAREN.forEach((year, j) =>
    formula(
      ws,
      `${letters[j]}${last + 1}`,
      `SUM(${letters[j]}5:${letters[j]}${last})`,
      sum(begrotingInJaar(year)),
      EURO_WHOLE,
    ),
  );
  // A grant per year, each labelled with its year.
  JAREN.forEach((year, j) => {
    ws.getCell(last + 5 + j, 1).value = `Toekenning ${year}`;
    amount(ws, `B${last + 5 + j}`, Number(TOEKENNING_NML), EURO_WHOLE);
  });

  const real = workbook.addWorksheet("Realisatie 2023-2024");
  real.columns = [{ width: 60 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 16 }];
  title(real, "A1:E1", "Begroting en realisatie per jaar");
  note(real, "A2", `${ILLUSTRATIEF}. Wat in een jaar niet is besteed, gaat niet over naar een ander jaar.`);
  header(real, 4, "A", ["Onderdeel", "Begroting 2023", "Realisatie 2023", "Begroting 2024", "Realisatie 2024"]);
  BEGROTING_2024.forEach((line, i) => {
    const row = 5 + i;
    real.getCell(row, 1).value = line.onderdeel;
    amount(real, `B${row}`, begrotingInJaar(2023)[i], EURO_WHOLE);
    amount(real, `C${row}`, REALISATIE_PER_JAAR[2023][i], EURO_WHOLE);
    amount(real, `D${row}`, begrotingInJaar(2024)[i], EURO_WHOLE);
    amount(real, `E${row}`, REALISATIE_PER_JAAR[2024][i], EURO_WHOLE);
  });
  totalLabel(real, `A${last + 1}`);
  const columns: [string, readonly number[]][] = [
    ["B", begrotingInJaar(2023)],
    ["C", REALISATIE_PER_JAAR[2023]],
    ["D", begrotingInJaar(2024)],
    ["E", REALISATIE_PER_JAAR[2024]],
  ];
  for (const [col, values] of columns)
    formula(real, `${col}${last + 1}`, `SUM(${col}5:${col}${last})`, sum(values), EURO_WHOLE);
  return workbook;
}

/** The samples of this file, in the order assets/ lists them after the first three. */
export const OVER_THE_YEAR_SAMPLES: readonly Sample[] = [
  { file: "herverdeling-2024-twee-wijzigingen.xlsx", make: makeHerverdelingTweeWijzigingen },
  { file: "begroting-2024-juli.xlsx", make: makeBegrotingJuli },
  { file: "meerjarenbegroting-2023-2026.xlsx", make: makeMeerjarenbegroting },
];
