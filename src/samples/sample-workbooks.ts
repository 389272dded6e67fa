import ExcelJS from "exceljs";
import { columnNumber, firstCell } from "../core/a1";
import { Dec } from "../core/decimal";
import { GEMEENTEN_NML, TOEKENNING_NML } from "../core/gemeenten";
import { verdeel } from "../core/verdeel";
import { BEGROTING_2024 } from "./begroting-2024";
import { ILLUSTRATIEVE_INWONERS } from "./illustrative";

export { BEGROTING_2024 };

/**
 * The sample workbooks of assets/, built in memory so tests can check them without files.
 * Totals are real formulas with their cached results, as Excel saves them. Figures that are not
 * in the sources are marked "Illustratieve cijfers, niet uit de bronnen" in the workbook itself.
 */

export const ILLUSTRATIEF = "Illustratieve cijfers, niet uit de bronnen";

export const EURO = "#,##0.00";
export const EURO_WHOLE = "#,##0";
export const PERCENT = "0.0%";
const PERCENT_2 = "0.00%";

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "IZA-invoegtoepassing (voorbeeldwerkmap)";
  // A fixed date, so that regenerating the samples gives the same workbooks.
  workbook.created = new Date(Date.UTC(2025, 0, 1));
  workbook.modified = new Date(Date.UTC(2025, 0, 1));
  return workbook;
}

export function title(ws: ExcelJS.Worksheet, range: string, text: string): void {
  ws.mergeCells(range);
  const cell = ws.getCell(firstCell(range));
  cell.value = text;
  cell.font = { bold: true, size: 14 };
}

export function note(ws: ExcelJS.Worksheet, address: string, text: string): void {
  const cell = ws.getCell(address);
  cell.value = text;
  cell.font = { italic: true, color: { argb: "FF595959" } };
}

export function header(ws: ExcelJS.Worksheet, row: number, first: string, texts: string[]): void {
  texts.forEach((text, i) => {
    const cell = ws.getCell(row, columnNumber(first)! + i);
    cell.value = text;
    cell.font = { bold: true };
    cell.border = { bottom: { style: "thin" } };
    cell.alignment = { wrapText: true, vertical: "bottom", horizontal: i === 0 ? "left" : "right" };
  });
}

export function amount(ws: ExcelJS.Worksheet, address: string, value: number, fmt = EURO): void {
  const cell = ws.getCell(address);
  cell.value = value;
  cell.numFmt = fmt;
}

export function formula(ws: ExcelJS.Worksheet, address: string, f: string, result: number, fmt = EURO): void {
  const cell = ws.getCell(address);
  cell.value = { formula: f, result } as ExcelJS.CellFormulaValue;
  cell.numFmt = fmt;
}

export function totalLabel(ws: ExcelJS.Worksheet, address: string, text = "Totaal"): void {
  const cell = ws.getCell(address);
  cell.value = text;
  cell.font = { bold: true };
}

export function sum(values: readonly number[]): number {
  return Number(values.reduce((a, v) => a.plus(v), new Dec(0)).toString());
}

/** assets/begroting-2024.xlsx: the reference table of the GUP 2024, clean. */
export function makeBegroting2024(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const ws = workbook.addWorksheet("Begroting 2024");
  ws.columns = [{ width: 70 }, { width: 16 }, { width: 40 }];
  title(ws, "A1:C1", "Begroting SPUK IZA 2024 – Noord- en Midden-Limburg");
  note(ws, "A2", "Bron: Gemeentelijk Uitvoeringsplan (GUP) 2024, paragraaf 5");
  header(ws, 4, "A", ["Onderdeel", "Bedrag (€)", "Toelichting"]);
  BEGROTING_2024.forEach((line, i) => {
    const row = 5 + i;
    ws.getCell(row, 1).value = line.onderdeel;
    ws.getCell(row, 1).alignment = { wrapText: true };
    amount(ws, `B${row}`, line.bedrag, EURO_WHOLE);
    if (line.toelichting) ws.getCell(row, 3).value = line.toelichting;
  });
  const last = 4 + BEGROTING_2024.length;
  totalLabel(ws, `A${last + 1}`);
  formula(ws, `B${last + 1}`, `SUM(B5:B${last})`, sum(BEGROTING_2024.map((l) => l.bedrag)), EURO_WHOLE);
  ws.getCell(`B${last + 1}`).font = { bold: true };
  ws.getCell(`A${last + 3}`).value = "Beschikbaar (SPUK IZA 2024)";
  amount(ws, `B${last + 3}`, Number(TOEKENNING_NML), EURO_WHOLE);
  return workbook;
}

/** The herverdeling proposal: onderdeel 3 beyond 20% (PhO), onderdeel 2 exactly at 20% (allowed). */
export const HERVERDELING_VOORSTEL: readonly { voorstel: number; toelichting?: string }[] = [
  { voorstel: 570000, toelichting: "Extra communicatie" },
  { voorstel: 600000, toelichting: "Precies 20%: de Kerngroep mag besluiten" },
  { voorstel: 1550000, toelichting: "Meer dan 20%: besluit van de PhO nodig" },
  { voorstel: 560000 },
  { voorstel: 17850 },
  { voorstel: 230000 },
  { voorstel: 590000 },
  { voorstel: 100000 },
  { voorstel: 530000 },
];

/** assets/herverdeling-voorstel-2024.xlsx. */
export function makeHerverdelingVoorstel2024(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const ws = workbook.addWorksheet("Herverdeling 2024");
  ws.columns = [{ width: 60 }, { width: 18 }, { width: 18 }, { width: 16 }, { width: 12 }, { width: 40 }];
  title(ws, "A1:F1", "Voorstel herverdeling begroting 2024 aan de Kerngroep IZA");
  note(
    ws,
    "A2",
    `${ILLUSTRATIEF}: het voorstel is verzonnen om de controle te tonen; de vastgestelde bedragen zijn de begroting 2024 uit het GUP.`,
  );
  header(ws, 4, "A", [
    "Onderdeel",
    "Vastgesteld 2024 (€)",
    "Voorstel 2024 (€)",
    "Mutatie (€)",
    "Mutatie %",
    "Toelichting",
  ]);
  BEGROTING_2024.forEach((line, i) => {
    const row = 5 + i;
    const voorstel = HERVERDELING_VOORSTEL[i].voorstel;
    ws.getCell(row, 1).value = line.onderdeel;
    amount(ws, `B${row}`, line.bedrag);
    amount(ws, `C${row}`, voorstel);
    formula(ws, `D${row}`, `C${row}-B${row}`, voorstel - line.bedrag);
    formula(
      ws,
      `E${row}`,
      `D${row}/B${row}`,
      Number(new Dec(voorstel - line.bedrag).dividedBy(line.bedrag).toPrecision(15)),
      PERCENT,
    );
    if (HERVERDELING_VOORSTEL[i].toelichting) ws.getCell(row, 6).value = HERVERDELING_VOORSTEL[i].toelichting;
  });
  const last = 4 + BEGROTING_2024.length;
  const total = last + 1;
  const vastgesteld = sum(BEGROTING_2024.map((l) => l.bedrag));
  const voorstel = sum(HERVERDELING_VOORSTEL.map((l) => l.voorstel));
  totalLabel(ws, `A${total}`);
  formula(ws, `B${total}`, `SUM(B5:B${last})`, vastgesteld);
  formula(ws, `C${total}`, `SUM(C5:C${last})`, voorstel);
  formula(ws, `D${total}`, `SUM(D5:D${last})`, voorstel - vastgesteld);
  formula(ws, `E${total}`, `D${total}/B${total}`, (voorstel - vastgesteld) / vastgesteld, PERCENT);
  return workbook;
}

/** Tabel 1 of bijlage 2: realisatie per onderdeel (illustrative). */
export const REALISATIE_2024: readonly { realisatie: number; toelichting?: string }[] = [
  { realisatie: 487312.4 },
  { realisatie: 463905 },
  { realisatie: 1912440.18, toelichting: "Inclusief de verdeling over de gemeenten (tabel 2)" },
  { realisatie: 480000 },
  { realisatie: 19250, toelichting: "Hogere licentiekosten e-health" },
  { realisatie: 176530.75 },
  { realisatie: 322118.9, toelichting: "Aanvullende plannen later gestart" },
  { realisatie: 84260 },
  { realisatie: 450000 },
];

/** The part of onderdeel 3 divided over the 14 gemeenten in tabel 2 (illustrative). */
export const VERDEELD_BEDRAG = 600000;
/** Tabel 2: the gemeente that invoiced more than its share, by how much. */
export const OVERGEFACTUREERD = { gemeente: "Venray", bedrag: 1250 } as const;
/** Tabel 2: the gemeente whose restant was typed over (the invoices not deducted). */
export const VERKEERD_RESTANT = "Nederweert";

/** Share of its toekenning each gemeente invoiced in tabel 2 (illustrative), in the order of GEMEENTEN_NML. */
const GEFACTUREERD_DEEL = [1, 0.95, 0.9, 0.8, 1, 0.85, 0.75, 0.9, 1, 0.95, 0.9, 1, 1, 0.85];

/** What each gemeente invoiced in tabel 2 (illustrative). */
function gefactureerd(naam: string, toegekend: number, i: number): number {
  if (naam === OVERGEFACTUREERD.gemeente) return Number(new Dec(toegekend).plus(OVERGEFACTUREERD.bedrag).toString());
  return Number(new Dec(toegekend).times(GEFACTUREERD_DEEL[i]).toDecimalPlaces(2).toString());
}

/** assets/jaarrapportage-2024.xlsx: a cover sheet, bijlage 2 with tabel 1 and tabel 2, and an unrelated sheet. */
export function makeJaarrapportage2024(): ExcelJS.Workbook {
  const workbook = newWorkbook();

  const cover = workbook.addWorksheet("Toelichting");
  cover.columns = [{ width: 40 }, { width: 18 }];
  title(cover, "A1:D1", "Jaarrapportage SPUK IZA 2024 – Noord- en Midden-Limburg");
  cover.getCell("A3").value =
    "Bijlage 2 bevat tabel 1 (begroting en realisatie per onderdeel) en tabel 2 (verdeling van een deel van onderdeel 3 over de gemeenten).";
  note(
    cover,
    "A4",
    `${ILLUSTRATIEF}: de realisatie, de inwoners per gemeente en de facturen zijn verzonnen; de begroting en de toekenning komen uit het GUP 2024.`,
  );
  cover.getCell("A6").value = "Toekenning SPUK IZA 2024";
  amount(cover, "B6", Number(TOEKENNING_NML), EURO);
  cover.getCell("A7").value = "Mandaatgemeente";
  cover.getCell("B7").value = "Venlo";

  const ws = workbook.addWorksheet("Bijlage 2");
  ws.columns = [
    { width: 3 },
    { width: 60 },
    { width: 18 },
    { width: 18 },
    { width: 18 },
    { width: 12 },
    { width: 18 },
    { width: 40 },
  ];

  // Tabel 1, from B3: begroting, realisatie and verschil per onderdeel.
  title(ws, "B3:G3", "Tabel 1: Begroting en realisatie 2024 per onderdeel");
  note(ws, "B4", `${ILLUSTRATIEF} (realisatie)`);
  header(ws, 6, "B", [
    "Onderdeel",
    "Begroting 2024 (€)",
    "Realisatie 2024 (€)",
    "Verschil (€)",
    "% besteed",
    "Toelichting",
  ]);
  const first1 = 7;
  BEGROTING_2024.forEach((line, i) => {
    const row = first1 + i;
    const real = REALISATIE_2024[i].realisatie;
    ws.getCell(`B${row}`).value = line.onderdeel;
    amount(ws, `C${row}`, line.bedrag);
    amount(ws, `D${row}`, real);
    formula(ws, `E${row}`, `C${row}-D${row}`, Number(new Dec(line.bedrag).minus(real).toString()));
    formula(ws, `F${row}`, `D${row}/C${row}`, Number(new Dec(real).dividedBy(line.bedrag).toPrecision(15)), PERCENT);
    if (REALISATIE_2024[i].toelichting) ws.getCell(`G${row}`).value = REALISATIE_2024[i].toelichting;
  });
  const last1 = first1 + BEGROTING_2024.length - 1;
  const total1 = last1 + 1;
  const begroot = sum(BEGROTING_2024.map((l) => l.bedrag));
  const gerealiseerd = sum(REALISATIE_2024.map((l) => l.realisatie));
  totalLabel(ws, `B${total1}`);
  formula(ws, `C${total1}`, `SUM(C${first1}:C${last1})`, begroot);
  formula(ws, `D${total1}`, `SUM(D${first1}:D${last1})`, gerealiseerd);
  formula(ws, `E${total1}`, `SUM(E${first1}:E${last1})`, Number(new Dec(begroot).minus(gerealiseerd).toString()));
  formula(
    ws,
    `F${total1}`,
    `D${total1}/C${total1}`,
    Number(new Dec(gerealiseerd).dividedBy(begroot).toPrecision(15)),
    PERCENT,
  );

  // Tabel 2, two rows below: onderdeel 3 divided over the 14 gemeenten by inhabitants.
  const title2 = total1 + 3;
  title(ws, `B${title2}:G${title2}`, "Tabel 2: Verdeling onderdeel 3 over de gemeenten (verdeelsleutel inwoners)");
  note(ws, `B${title2 + 1}`, `${ILLUSTRATIEF} (inwoners per gemeente en facturen); toegekend berekend met IZA.VERDEEL`);
  const header2 = title2 + 3;
  header(ws, header2, "B", ["Gemeente", "Inwoners", "Aandeel", "Toegekend (€)", "Gefactureerd (€)", "Restant (€)"]);
  const first2 = header2 + 1;
  const last2 = first2 + GEMEENTEN_NML.length - 1;
  const total2 = last2 + 1;
  const inwoners = GEMEENTEN_NML.map((naam) => ILLUSTRATIEVE_INWONERS[naam]);
  const totaalInwoners = inwoners.reduce((a, b) => a + b, 0);
  const toegekend = Array.from(verdeel(new Dec(VERDEELD_BEDRAG), inwoners));
  const facturen = GEMEENTEN_NML.map((naam, i) => gefactureerd(naam, toegekend[i], i));
  const restanten: number[] = [];
  GEMEENTEN_NML.forEach((naam, i) => {
    const row = first2 + i;
    ws.getCell(`B${row}`).value = naam;
    amount(ws, `C${row}`, inwoners[i], EURO_WHOLE);
    formula(ws, `D${row}`, `C${row}/C$${total2}`, inwoners[i] / totaalInwoners, PERCENT_2);
    amount(ws, `E${row}`, toegekend[i]);
    amount(ws, `F${row}`, facturen[i]);
    const restant = Number(new Dec(toegekend[i]).minus(facturen[i]).toString());
    if (naam === VERKEERD_RESTANT) {
      // Typed over the formula before the invoices came in: still the whole toekenning.
      amount(ws, `G${row}`, toegekend[i]);
      restanten.push(toegekend[i]);
    } else {
      formula(ws, `G${row}`, `E${row}-F${row}`, restant);
      restanten.push(restant);
    }
  });
  totalLabel(ws, `B${total2}`);
  formula(ws, `C${total2}`, `SUM(C${first2}:C${last2})`, totaalInwoners, EURO_WHOLE);
  formula(ws, `D${total2}`, `SUM(D${first2}:D${last2})`, 1, PERCENT_2);
  formula(ws, `E${total2}`, `SUM(E${first2}:E${last2})`, sum(toegekend));
  formula(ws, `F${total2}`, `SUM(F${first2}:F${last2})`, sum(facturen));
  formula(ws, `G${total2}`, `SUM(G${first2}:G${last2})`, sum(restanten));

  // An unrelated sheet full of numbers: the check must leave it alone.
  const other = workbook.addWorksheet("Kengetallen");
  other.getCell("A1").value = "Bereik van de website per kwartaal";
  ["Kwartaal", "Bezoekers", "Pagina's", "Aanmeldingen"].forEach((text, i) => (other.getCell(3, 1 + i).value = text));
  for (let q = 1; q <= 4; q++) {
    other.getCell(3 + q, 1).value = q;
    other.getCell(3 + q, 2).value = 1000 + q * 137;
    other.getCell(3 + q, 3).value = 4000 + q * 311;
    other.getCell(3 + q, 4).value = 20 + q * 3;
  }
  return workbook;
}

/** The SiSa-verrekening: the gemeente that accounted for more than its voorschot, by how much. */
export const SISA_MEER_VERANTWOORD = { gemeente: "Venray", bedrag: 1250 } as const;
/** The SiSa-verrekening: the gemeente whose terug te betalen was typed over (as if nothing were due). */
export const SISA_VERKEERDE_VERREKENING = "Nederweert";

/**
 * assets/sisa-verrekening-2024.xlsx: the part of onderdeel 3 passed on to the gemeenten in 2024 (the
 * toekenning of tabel 2 as voorschot), what each accounted for through SiSa (illustrative), and the
 * settlement of 2025 as "Terug te betalen" (positive: the gemeente pays back to Venlo).
 */
export function makeSisaVerrekening2024(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const ws = workbook.addWorksheet("SiSa-verrekening");
  ws.columns = [{ width: 24 }, { width: 20 }, { width: 24 }, { width: 20 }, { width: 44 }];
  title(ws, "A1:E1", "Verrekening SPUK IZA 2024 met de gemeenten (SiSa-verantwoording, verrekend in 2025)");
  note(
    ws,
    "A2",
    `${ILLUSTRATIEF}: de bestedingen volgens SiSa zijn verzonnen; de voorschotten zijn de toekenningen van tabel 2 (IZA.VERDEEL op de illustratieve inwoners).`,
  );
  header(ws, 4, "A", [
    "Gemeente",
    "Voorschot 2024 (€)",
    "Besteed volgens SiSa 2024 (€)",
    "Terug te betalen (€)",
    "Toelichting",
  ]);
  const first = 5;
  const last = first + GEMEENTEN_NML.length - 1;
  const inwoners = GEMEENTEN_NML.map((naam) => ILLUSTRATIEVE_INWONERS[naam]);
  const voorschot = Array.from(verdeel(new Dec(VERDEELD_BEDRAG), inwoners));
  const besteed: number[] = [];
  const terug: number[] = [];
  GEMEENTEN_NML.forEach((naam, i) => {
    const row = first + i;
    ws.getCell(`A${row}`).value = naam === "Horst aan de Maas" ? "Horst a/d Maas" : naam;
    amount(ws, `B${row}`, voorschot[i]);
    const spent =
      naam === SISA_MEER_VERANTWOORD.gemeente
        ? Number(new Dec(voorschot[i]).plus(SISA_MEER_VERANTWOORD.bedrag).toString())
        : Number(new Dec(voorschot[i]).times(GEFACTUREERD_DEEL[i]).toDecimalPlaces(2).toString());
    besteed.push(spent);
    amount(ws, `C${row}`, spent);
    const due = Number(new Dec(voorschot[i]).minus(spent).toString());
    if (naam === SISA_VERKEERDE_VERREKENING) {
      amount(ws, `D${row}`, 0);
      terug.push(0);
      ws.getCell(`E${row}`).value = "Nog niet verrekend";
    } else {
      formula(ws, `D${row}`, `B${row}-C${row}`, due);
      terug.push(due);
    }
    if (naam === SISA_MEER_VERANTWOORD.gemeente) ws.getCell(`E${row}`).value = "Meer besteed dan het voorschot";
  });
  const total = last + 1;
  totalLabel(ws, `A${total}`);
  formula(ws, `B${total}`, `SUM(B${first}:B${last})`, sum(voorschot));
  formula(ws, `C${total}`, `SUM(C${first}:C${last})`, sum(besteed));
  formula(ws, `D${total}`, `SUM(D${first}:D${last})`, sum(terug));
  return workbook;
}

const DATE = "dd-mm-yyyy";

/**
 * The register of herverdelingen 2024 (illustrative): one line per decision. The first date is a
 * date cell, the others are typed as text, as registers are kept. The line to "Onderdeel 6" names
 * neither of its two lines; the last Kerngroep decision takes Monitoring en evaluatie to +25%.
 */
export const REGISTER_2024: readonly {
  datum: number | string;
  van: string;
  naar: string;
  bedrag: number;
  door: "Kerngroep" | "PhO";
  kenmerk: string;
  toelichting?: string;
}[] = [
  {
    datum: 45337, // 15-02-2024
    van: "Onderdeel 3",
    naar: "4. Dekkend netwerk steunpunten",
    bedrag: 50000,
    door: "Kerngroep",
    kenmerk: "KG-2024-02",
  },
  {
    datum: "11-04-2024",
    van: "Onderdeel 2 (netwerksamenwerking)",
    naar: "Monitoring en evaluatie",
    bedrag: 15000,
    door: "Kerngroep",
    kenmerk: "KG-2024-04",
  },
  {
    datum: "20-06-2024",
    van: "Uitvoeringskosten onderdeel 3 (Ketenaanpakken)",
    naar: "Onderdeel 6",
    bedrag: 30000,
    door: "PhO",
    kenmerk: "PhO-2024-06",
    toelichting: "Voor de aanvullende plannen",
  },
  {
    datum: "12 september 2024",
    van: "1. Projectbureau",
    naar: "Monitoring & evaluatie",
    bedrag: 10000,
    door: "Kerngroep",
    kenmerk: "KG-2024-09",
    toelichting: "Tweede stap voor monitoring: samen meer dan 20%",
  },
];

/** The begroting 2024 after the register's decisions (onderdeel 6 Aanvullende plannen gets the PhO's 30.000). */
const NA_REGISTER_2024 = [490000, 485000, 1920000, 530000, 17850, 200000, 530000, 125000, 450000];

/**
 * assets/register-herverdelingen-2024.xlsx: the begroting 2024 as vastgesteld and after the changes
 * of the year, and the register of the decisions that made them.
 */
export function makeRegisterHerverdelingen2024(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const ws = workbook.addWorksheet("Begroting 2024");
  ws.columns = [{ width: 70 }, { width: 20 }, { width: 20 }];
  title(ws, "A1:C1", "Begroting SPUK IZA 2024 – vastgesteld en na de herverdelingen van het jaar");
  note(
    ws,
    "A2",
    `${ILLUSTRATIEF}: de herverdelingen zijn verzonnen; de vastgestelde bedragen zijn de begroting 2024 uit het GUP.`,
  );
  header(ws, 4, "A", ["Onderdeel", "Vastgesteld 2024 (€)", "Begroting na wijziging (€)"]);
  BEGROTING_2024.forEach((line, i) => {
    const row = 5 + i;
    ws.getCell(row, 1).value = line.onderdeel;
    amount(ws, `B${row}`, line.bedrag);
    amount(ws, `C${row}`, NA_REGISTER_2024[i]);
  });
  const last = 4 + BEGROTING_2024.length;
  totalLabel(ws, `A${last + 1}`);
  formula(ws, `B${last + 1}`, `SUM(B5:B${last})`, sum(BEGROTING_2024.map((l) => l.bedrag)));
  formula(ws, `C${last + 1}`, `SUM(C5:C${last})`, sum(NA_REGISTER_2024));

  const reg = workbook.addWorksheet("Register herverdelingen");
  reg.columns = [
    { width: 18 },
    { width: 44 },
    { width: 34 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 44 },
  ];
  title(reg, "A1:G1", "Register van herverdelingen 2024 (besluiten van de Kerngroep en de PhO)");
  note(reg, "A2", `${ILLUSTRATIEF}.`);
  header(reg, 4, "A", ["Datum", "Van", "Naar", "Bedrag (€)", "Besloten door", "Kenmerk", "Toelichting"]);
  REGISTER_2024.forEach((line, i) => {
    const row = 5 + i;
    const date = reg.getCell(`A${row}`);
    date.value = line.datum;
    if (typeof line.datum === "number") date.numFmt = DATE;
    reg.getCell(`B${row}`).value = line.van;
    reg.getCell(`C${row}`).value = line.naar;
    amount(reg, `D${row}`, line.bedrag);
    reg.getCell(`E${row}`).value = line.door;
    reg.getCell(`F${row}`).value = line.kenmerk;
    if (line.toelichting) reg.getCell(`G${row}`).value = line.toelichting;
  });
  return workbook;
}

export interface Sample {
  file: string;
  make: () => ExcelJS.Workbook;
}

export const SAMPLES: readonly Sample[] = [
  { file: "begroting-2024.xlsx", make: makeBegroting2024 },
  { file: "herverdeling-voorstel-2024.xlsx", make: makeHerverdelingVoorstel2024 },
  { file: "jaarrapportage-2024.xlsx", make: makeJaarrapportage2024 },
  { file: "register-herverdelingen-2024.xlsx", make: makeRegisterHerverdelingen2024 },
  { file: "sisa-verrekening-2024.xlsx", make: makeSisaVerrekening2024 },
];
