/**
 * Files that fight back, through readXlsx and checkWorkbook (what the pane and the command line
 * both do): a Dutch reason for the ones that cannot be read, sensible findings for the others.
 */
import { SheetGrid } from "../../src/core/detect/grid";
import { parseA1 } from "../../src/core/a1";
import { checkWorkbook, CheckResult } from "../../src/core/engine";
import { Cell, WorkbookModel } from "../../src/core/workbook";
import { ReadReason, readXlsx, WorkbookReadError } from "../../src/xlsx/read-xlsx";
import { BEGROTING_2024 } from "../engine/helpers";
import * as hostile from "./hostile-files";

async function reason(bytes: Uint8Array, name = "x.xlsx"): Promise<[ReadReason, string]> {
  try {
    await readXlsx(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookReadError);
    const message = (error as Error).message;
    expect(message).not.toMatch(/\n|\bat .*:\d+|Error:|undefined|NaN/);
    return [(error as WorkbookReadError).reason, message];
  }
  throw new Error("gelezen zonder fout");
}

function cellAt(model: WorkbookModel, sheet: string, address: string): Cell | undefined {
  const { row, col } = parseA1(address);
  return model.sheets.find((s) => s.name === sheet)?.cells.find((c) => c.row === row && c.col === col);
}

function brief(result: CheckResult): string[] {
  return result.findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`);
}

describe("files that cannot be read say what they are, in Dutch", () => {
  test("a zip cut off halfway is cut off; a zip with scrambled data is damaged, naming the part", async () => {
    expect(await reason(await hostile.corruptZip("truncated"))).toEqual([
      "afgebroken",
      "het bestand is afgebroken: het einde ontbreekt (onvolledig gedownload of gekopieerd?); kopieer of download het opnieuw",
    ]);
    expect(await reason(await hostile.corruptZip("scrambled"))).toEqual([
      "beschadigd",
      "beschadigd: de gegevens van het onderdeel xl/worksheets/sheet1.xml zijn niet uit te pakken; open het in Excel (dat kan een beschadigde werkmap vaak herstellen) en sla het opnieuw op",
    ]);
  });

  test("an .xls whose workbook stream stops inside a sheet is cut off", async () => {
    const cut = hostile.biff5Workbook("Begroting", [["Onderdeel", "Bedrag"], ...BEGROTING_2024], 20);
    expect((await reason(cut, "kapot.xls"))[0]).toBe("afgebroken");
  });

  test("an Excel 4.0 file (BIFF4, older than Excel 5.0/95) says so and what to do", async () => {
    expect(await reason(hostile.excel4Worksheet(), "oud.xls")).toEqual([
      "oud-xls",
      "een werkmap uit Excel 4.0 of ouder (BIFF2-4, van vóór Excel 5.0/95): open het in Excel of LibreOffice en sla het op als Excel-werkmap (.xlsx)",
    ]);
  });

  test("a password-protected workbook (EncryptionInfo, EncryptedPackage) and an encrypted .xls (FILEPASS)", async () => {
    for (const bytes of [hostile.passwordProtected(), hostile.encryptedXls()]) {
      const [kind, message] = await reason(bytes);
      expect(kind).toBe("versleuteld");
      expect(message).toMatch(/^beveiligd met een wachtwoord: /);
      expect(message).toContain("Sla in Excel een kopie op zonder wachtwoord");
    }
  });

  test("OLE files: one whose directory cannot be read is damaged; a .doc, .ppt, .vsd, .msg say what they are", async () => {
    expect(await reason(hostile.bareCfbHeader())).toEqual([
      "beschadigd",
      "beschadigd: een OLE-bestand (zoals een .xls) waarvan de inhoudsopgave niet te lezen is; open het in Excel (dat kan een beschadigde werkmap vaak herstellen) en sla het opnieuw op",
    ]);
    const doc = hostile.cfb([{ name: "WordDocument", data: new Uint8Array(100) }]);
    expect(await reason(doc)).toEqual(["ander-document", "een Word-document (.doc), geen werkmap"]);
    const ppt = hostile.cfb([{ name: "PowerPoint Document", data: new Uint8Array(100) }]);
    expect(await reason(ppt)).toEqual(["ander-document", "een PowerPoint-presentatie (.ppt), geen werkmap"]);
    const vsd = hostile.cfb([{ name: "VisioDocument", data: new Uint8Array(100) }]);
    expect(await reason(vsd)).toEqual(["ander-document", "een Visio-tekening (.vsd), geen werkmap"]);
    const msg = hostile.cfb([{ name: "__substg1.0_0037001F", data: new Uint8Array(100) }]);
    expect(await reason(msg)).toEqual(["ander-document", "een Outlook-bericht (.msg), geen werkmap"]);
    const other = hostile.cfb([{ name: "Contents", data: new Uint8Array(100) }]);
    expect(await reason(other)).toEqual(["geen-werkmap", "een OLE-bestand van een ander programma, geen werkmap"]);
  });

  test("a CSV renamed to .xlsx is a text file", async () => {
    expect(await reason(hostile.csvRenamed())).toEqual([
      "ander-document",
      "een tekstbestand (zoals CSV): de controle leest werkmappen (.xlsx, .xlsm, .xlsb, .xls) en rekenbladen (.ods); open het in Excel en sla het op als Excel-werkmap (.xlsx)",
    ]);
  });

  test("an XML bomb and an external entity are refused before anything is parsed, named as such", async () => {
    const before = process.memoryUsage().rss;
    expect(await reason(await hostile.xmlBomb())).toEqual([
      "xml-bom",
      "een XML-bom: het onderdeel xl/sharedStrings.xml definieert entiteiten die zich bij het lezen vermenigvuldigen; Excel schrijft dat nooit, de controle leest het niet",
    ]);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024); // expanded it would be 3 GB
    expect(await reason(await hostile.externalEntity())).toEqual([
      "externe-verwijzing",
      "het onderdeel xl/workbook.xml verwijst naar een bestand of adres buiten de werkmap (een externe XML-entiteit of -schema, een bekende aanvalsvorm); Excel schrijft dat nooit, de controle leest het niet",
    ]);
  });
});

describe("workbooks are read by their content, whatever their name", () => {
  test("an .xls (BIFF8) renamed to .xlsx is read and checked", async () => {
    const model = await readXlsx(hostile.xlsBegroting(), "xls-als-xlsx.xlsx");
    const result = checkWorkbook(model);
    expect(result.tables.map((t) => t.range)).toEqual(["A1:B11"]);
    // SheetJS's writer keeps values only: the Totaal is a typed number
    expect(brief(result)).toEqual(["waarschuwing totaal-vaste-waarde Begroting!B11"]);
  });

  test("an Excel 5.0/95 workbook (BIFF5, code page 1252) keeps its €; its wrong Totaal is found", async () => {
    const model = await readXlsx(
      hostile.biff5Workbook("Begroting", [["Onderdeel", "Bedrag (€)"], ...BEGROTING_2024, ["Totaal", 4_748_850]]),
      "excel-95.xls",
    );
    expect(cellAt(model, "Begroting", "B1")?.value).toEqual({ kind: "text", value: "Bedrag (€)" });
    expect(brief(checkWorkbook(model))).toEqual([
      "fout boven-toekenning Begroting!B11",
      "fout totaal-klopt-niet Begroting!B11",
      "waarschuwing totaal-vaste-waarde Begroting!B11",
    ]);
  });

  test("a workbook without a single worksheet is read: nothing to check", async () => {
    const model = await readXlsx(await hostile.noSheets(), "geen-bladen.xlsx");
    expect(model.sheets).toEqual([]);
    expect(checkWorkbook(model).findings).toEqual([]);
  });
});

describe("files that can be read are checked as usual", () => {
  test("an empty workbook: one empty sheet, nothing to report", async () => {
    const model = await readXlsx(await hostile.emptyWorkbook(), "leeg.xlsx");
    expect(model.sheets).toEqual([{ name: "Blad1", visibility: "visible", cells: [] }]);
    const result = checkWorkbook(model);
    expect(result.tables).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  test("a used range of 1.048.576 rows by 16.384 columns: the corners are read, the table checked", async () => {
    const model = await readXlsx(await hostile.hugeUsedRange(), "groot.xlsx");
    expect(cellAt(model, "Begroting", "XFD1048576")?.value).toEqual({ kind: "text", value: "einde" });
    expect(cellAt(model, "Begroting", "XFD1")?.value).toEqual({ kind: "text", value: "rechtsboven" });
    expect(cellAt(model, "Begroting", "A1048576")?.value).toEqual({ kind: "text", value: "linksonder" });
    const result = checkWorkbook(model);
    expect(result.tables.map((t) => t.range)).toEqual(["A1:B11"]);
    expect(result.findings).toEqual([]);
  });

  test("a whole column merged, a drop-down list and conditional format over the whole sheet: read in moments", async () => {
    // Plain ExcelJS makes an object for every cell these cover (17 billion) and never finishes.
    const started = Date.now();
    const model = await readXlsx(await hostile.hugeUsedRange(true), "groot.xlsx");
    expect(Date.now() - started).toBeLessThan(20_000); // a guard against a hang, not a speed target
    expect(model.sheets[0].cells).toHaveLength(25); // 22 of the begroting, 3 in the far corners
    expect(checkWorkbook(model).findings).toEqual([]);
  });

  test("the engine indexes a sheet by its filled cells, never rows × columns", () => {
    // 50 sheets each spanning A1:XFD1048576: a rows × columns grid would take terabytes, even a
    // rows-long array 400 MB. The grids are kept alive while their memory is measured.
    const sheets = Array.from({ length: 50 }, (_, i) => ({
      name: `Blad${i + 1}`,
      cells: [
        { row: 1, col: 1, value: { kind: "text" as const, value: "Onderdeel" } },
        { row: 524_288, col: 8_192, value: { kind: "number" as const, value: 2 } },
        { row: 1_048_576, col: 16_384, value: { kind: "number" as const, value: 1 } },
      ],
    }));
    const before = process.memoryUsage().heapUsed;
    const grids = sheets.map((sheet, i) => new SheetGrid(sheet, i));
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(32 * 1024 * 1024);
    expect(grids[49].get(1_048_576, 16_384)?.value).toEqual({ kind: "number", value: 1 });
    expect(grids[49].rowNumbers).toEqual([1, 524_288, 1_048_576]);
    expect(checkWorkbook({ name: "hoeken.xlsx", sheets }).findings).toEqual([]);
  });

  test("circular references: the cached values are read, a Totaal that sums itself is reported", async () => {
    const model = await readXlsx(await hostile.circular(), "kring.xlsx");
    expect(cellAt(model, "Kring", "A1")).toMatchObject({ formula: "B1", value: { kind: "number", value: 0 } });
    expect(cellAt(model, "Kring", "B1")).toMatchObject({ formula: "A1", value: { kind: "number", value: 0 } });
    const result = checkWorkbook(model);
    // the cycle A1 ⇄ B1 is on no table: only the Totaal's is reported
    expect(brief(result)).toEqual(["fout kringverwijzing Begroting!B11", "fout totaal-klopt-niet Begroting!B11"]);
    expect(result.findings[1].message).toBe(
      "Totaal €\u00a00,00 wijkt €\u00a04.747.850,00 af van de som van de regels (€\u00a04.747.850,00)",
    );
  });

  test("cells of 32.767 characters are read whole; the report stays short", async () => {
    const model = await readXlsx(await hostile.longText(), "lang.xlsx");
    for (const address of ["A4", "B6", "D1", "D2"]) {
      const value = cellAt(model, "Begroting", address)?.value;
      expect(value?.kind === "text" && value.value.length).toBe(hostile.MAX_CELL_TEXT);
    }
    const started = Date.now();
    const result = checkWorkbook(model);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.tables.map((t) => t.range)).toEqual(["A1:B11"]);
    // The long text in the amount column counts as nothing, as in Excel's SUM: € 17.850 not budgeted.
    expect(brief(result)).toEqual(["info onder-toekenning Begroting!B11"]);
    expect(result.findings[0].message).toContain("Niet begroot: €\u00a017.850,00");
    for (const f of result.findings) expect(f.message.length).toBeLessThan(300);
  });

  test("external links: the formulas stay as written, the cached values are checked, each link is named", async () => {
    const model = await readXlsx(await hostile.externalLinks(), "koppelingen.xlsx");
    expect(cellAt(model, "Begroting", "B2")).toMatchObject({
      formula: "[1]Begroting!B2",
      value: { kind: "number", value: 500000 },
    });
    expect(cellAt(model, "Begroting", "B3")).toMatchObject({
      formula: "'C:\\map\\[begroting.xlsx]Blad1'!B5",
      value: { kind: "number", value: 500000 },
    });
    const result = checkWorkbook(model);
    expect(result.tables.map((t) => t.range)).toEqual(["A1:B11"]);
    // the totals add up (the cached values are used); the links themselves are named, cell by cell
    expect(brief(result)).toEqual(
      ["B2", "B3", "B4", "B6", "B8", "B10"].map((cell) => `waarschuwing externe-koppeling Begroting!${cell}`),
    );
    expect(result.findings[1].message).toBe(
      'Het bedrag bij "Uitvoeringskosten onderdeel 2 (Netwerksamenwerking)" komt via een koppeling uit een andere werkmap ' +
        `("='C:\\map\\[begroting.xlsx]Blad1'!B5"); het klopt alleen zolang die werkmap bereikbaar is en de koppeling wordt bijgewerkt`,
    );
  });

  test("hidden and very hidden sheets are checked and say they are hidden", async () => {
    const model = await readXlsx(await hostile.hiddenSheets(), "verborgen.xlsx");
    expect(model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Voorblad", "visible"],
      ["Verborgen", "hidden"],
      ["Heel verborgen", "veryHidden"],
    ]);
    const result = checkWorkbook(model);
    expect(brief(result)).toEqual([
      "info verborgen-blad Verborgen!A1",
      "fout boven-toekenning Verborgen!B11",
      "fout totaal-klopt-niet Verborgen!B11",
      "info verborgen-blad Heel verborgen!A1",
    ]);
    expect(result.findings[0].message).toBe(
      "Dit blad is verborgen, maar de controle telt de tabel op A1:B11 (begroting) mee",
    );
  });

  test("merged title and header cells: the table, its title and the wrong total are found", async () => {
    const model = await readXlsx(await hostile.mergedHeaders(), "samengevoegd.xlsx");
    expect(cellAt(model, "Begroting", "B3")?.value).toEqual({ kind: "text", value: "Begroting 2024" });
    expect(cellAt(model, "Begroting", "C3")).toBeUndefined(); // covered by the merge
    const result = checkWorkbook(model);
    expect(result.tables).toMatchObject([
      { kind: "herverdeling", range: "A4:C14", title: "Begroting IZA 2024 (bedragen in euro's)", totalRow: 14 },
    ]);
    expect(brief(result)).toEqual(["fout totaal-klopt-niet Begroting!C14"]);
    expect(result.findings[0].message).toBe(
      "Totaal €\u00a04.757.850,00 wijkt €\u00a010.000,00 af van de som van de regels (€\u00a04.747.850,00)",
    );
  });

  test("200 sheets: all read in order, the tables on them found, the one wrong total reported", async () => {
    const started = Date.now();
    const model = await readXlsx(await hostile.manySheets(200), "200-bladen.xlsx");
    const result = checkWorkbook(model);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(model.sheets).toHaveLength(200);
    expect(model.sheets[199].name).toBe("Blad 200");
    const { tables, wrong } = hostile.manySheetsLayout(200);
    expect(result.tables.map((t) => t.sheet)).toEqual(tables);
    expect(brief(result)).toEqual([`fout boven-toekenning ${wrong}!B11`, `fout totaal-klopt-niet ${wrong}!B11`]);
  });
});
