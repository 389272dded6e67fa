/**
 * The SiSa-verrekening per gemeente (issue 16 §4): the table kind verantwoording, its header words,
 * verrekening-klopt-niet in either sign, verantwoord-boven-overgemaakt, verrekening-totaal, and the
 * gemeente rules of every table of gemeenten.
 */
import { classifyHeader, settlementSign } from "../../src/core/detect/vocabulary";
import { Dec } from "../../src/core/decimal";
import { formatEuro } from "../../src/core/format";
import { GEMEENTEN_NML } from "../../src/core/gemeenten";
import { verantwoordingSheet } from "../support/workbooks";
import { brief, check, only, SheetSpec } from "./helpers";

const euro = (value: number | string) => formatEuro(new Dec(value));

describe("header words of a verantwoording", () => {
  test.each([
    ["Overgemaakt", "transferred"],
    ["Overgemaakt 2024 (€)", "transferred"],
    ["Uitbetaald", "transferred"],
    ["Voorschot 2024", "transferred"],
    ["Bevoorschot", "transferred"],
    ["Bevoorschotting", "transferred"],
    ["Verantwoord", "accounted"],
    ["Besteed volgens SiSa", "accounted"],
    ["Verantwoording 2024", "accounted"],
    ["SiSa-verantwoording (€)", "accounted"],
    ["Verrekening", "settlement"],
    ["Terug te betalen", "settlement"],
    ["Na te betalen (€)", "settlement"],
    ["Te verrekenen", "settlement"],
    ["Restant terug te betalen", "settlement"],
    ["Voorschot -/- verantwoord", "settlement"],
    ["% verantwoord", "percentage"],
  ])("%j is a %s header", (text, role) => {
    expect(classifyHeader(text)?.role).toBe(role);
  });

  test("words that only look alike keep their old meaning", () => {
    expect(classifyHeader("Verantwoordelijke")).toBeNull();
    expect(classifyHeader("Besteed")?.role).toBe("actual");
    expect(classifyHeader("Restant (€)")?.role).toBe("difference");
    expect(classifyHeader("% besteed")?.ratio).toBe(true);
  });

  test.each([
    ["Terug te betalen", "terug"],
    ["Terugvordering 2025", "terug"],
    ["Verrekening (+ = terugbetaling)", "terug"],
    ["Na te betalen", "na"],
    ["Nabetaling", "na"],
    ["Verrekening", null],
    ["Te verrekenen", null],
  ])("the sign of %j is %s", (text, sign) => {
    expect(settlementSign(text)).toBe(sign);
  });
});

describe("table kind", () => {
  test("overgemaakt, verantwoord and verrekening per gemeente is a verantwoording", async () => {
    const result = await check(verantwoordingSheet());
    expect(result.tables.map((t) => `${t.kind} ${t.range}`)).toEqual(["verantwoording A1:D16"]);
  });

  test("a verdeling with toegekend, gefactureerd and restant stays a verdeling", async () => {
    const rows = [
      ["Gemeente", "Toegekend (€)", "Gefactureerd (€)", "Restant (€)"],
      ...GEMEENTEN_NML.map((naam, i) => [naam, 10000, 9000, { f: `B${i + 2}-C${i + 2}` }]),
    ];
    const result = await check({ name: "Tabel 2", rows });
    expect(result.tables.map((t) => t.kind)).toEqual(["verdeling"]);
    expect(result.findings).toEqual([]);
  });

  test("a verdeling with a Voorschot column (no verantwoording, no verrekening) stays a verdeling", async () => {
    const rows = [
      ["Gemeente", "Toegekend (€)", "Voorschot (€)", "Restant (€)"],
      ...GEMEENTEN_NML.map((naam, i) => [naam, 10000, 8000, i === 2 ? 1000 : { f: `B${i + 2}-C${i + 2}` }]),
    ];
    const result = await check({ name: "Tabel 2", rows });
    expect(result.tables.map((t) => t.kind)).toEqual(["verdeling"]);
    // restant = toegekend − voorschot is checked now that the voorschot column is read
    expect(brief(result)).toEqual(["verschil-klopt-niet@Tabel 2!D4"]);
  });

  test("a realisatie with a column 'Terug te betalen aan VWS' stays a realisatie, without SiSa rules", async () => {
    const rows = [
      ["Onderdeel", "Begroting (€)", "Realisatie (€)", "Terug te betalen aan VWS (€)"],
      ["Projectbureau", 500000, 480000, { f: "B2-C2" }],
      ["Netwerk", 500000, 500000, { f: "B3-C3" }],
      ["Totaal", { f: "SUM(B2:B3)" }, { f: "SUM(C2:C3)" }, { f: "SUM(D2:D3)" }],
    ];
    const result = await check({ name: "Tabel 1", rows });
    expect(result.tables.map((t) => t.kind)).toEqual(["realisatie"]);
    expect(result.findings.map((f) => f.rule)).toEqual(["onderbesteding"]);
  });
});

describe("verrekening-klopt-niet", () => {
  test("a clean verantwoording gives only the total", async () => {
    const result = await check(verantwoordingSheet());
    expect(brief(result)).toEqual(["verrekening-totaal@SiSa 2024!D16"]);
  });

  test("'Terug te betalen': positive is what the gemeente pays back, said in the message", async () => {
    const result = await check(verantwoordingSheet({ settlement: { 5: 1000 } }));
    const [finding] = only(result, "verrekening-klopt-niet");
    expect(finding).toMatchObject({ severity: "fout", sheet: "SiSa 2024", cell: "D7" });
    expect(finding.message).toBe(
      `"Terug te betalen" ${euro(1000)} klopt niet bij "Leudal": "Overgemaakt 2024" − "Verantwoord via SiSa" is ${euro(2000)} (positief is wat de gemeente terugbetaalt, volgens de kolomkop)`,
    );
  });

  test("'Na te betalen': positive is what Venlo pays; the formula is verantwoord − overgemaakt", async () => {
    const headers: [string, string, string, string] = ["Gemeente", "Uitbetaald", "Verantwoord", "Na te betalen"];
    expect(brief(await check(verantwoordingSheet({ headers })))).toEqual(["verrekening-totaal@SiSa 2024!D16"]);
    const result = await check(verantwoordingSheet({ headers, settlement: { 0: 2000 } }));
    const [finding] = only(result, "verrekening-klopt-niet");
    expect(finding.cell).toBe("D2");
    expect(finding.message).toBe(
      `"Na te betalen" ${euro(2000)} klopt niet bij "Beesel": "Verantwoord" − "Uitbetaald" is ${euro(-2000)} (positief is wat Venlo nabetaalt, volgens de kolomkop); het teken is omgekeerd`,
    );
  });

  test("a bare 'Verrekening' takes the sign of the other lines, and says so", async () => {
    const headers: [string, string, string, string] = ["Gemeente", "Voorschot", "Verantwoord", "Verrekening"];
    // every line verantwoord − overgemaakt (-2000), one line the other way round
    const result = await check(verantwoordingSheet({ headers, sign: "na", settlement: { 9: 2000 } }));
    const [finding] = only(result, "verrekening-klopt-niet");
    expect(finding.cell).toBe("D11");
    expect(finding.message).toMatch(
      /"Verantwoord" − "Voorschot" is .*-2\.000,00 \(positief is wat Venlo nabetaalt, zoals in de andere regels\); het teken is omgekeerd$/,
    );
    // and the total reads the column with that sign
    const [total] = only(result, "verrekening-totaal");
    expect(total.message).toMatch(/^Verrekening per saldo: Venlo vordert .*24\.000,00 terug van de gemeenten/);
    expect(total.message).toMatch(
      /"Verrekening" gelezen met positief is wat Venlo nabetaalt, zoals in de andere regels$/,
    );
  });

  test("when no line tells the sign, the verrekening is overgemaakt − verantwoord", async () => {
    const headers: [string, string, string, string] = ["Gemeente", "Voorschot", "Verantwoord", "Te verrekenen"];
    const names = ["Beesel", "Bergen"];
    const result = await check(
      verantwoordingSheet({ headers, names, accounted: { 0: 40000, 1: 40000 }, settlement: { 1: 500 } }),
    );
    const [finding] = only(result, "verrekening-klopt-niet");
    expect(finding.cell).toBe("D3");
    expect(finding.message).toMatch(
      /"Voorschot" − "Verantwoord" is .*0,00 \(positief is wat de gemeente terugbetaalt\)$/,
    );
  });

  test("terugbetalen and nabetalen in two columns: each holds its own side, the other is 0 or blank", async () => {
    const rows = [
      ["Gemeente", "Overgemaakt", "Verantwoord", "Terug te betalen", "Na te betalen"],
      ["Beesel", 40000, 38000, 2000, null],
      ["Bergen", 40000, 41000, 0, 1000],
      ["Gennep", 40000, 39000, 1000, 1000],
      ["Venlo", 40000, 40000, null, null],
    ];
    const result = await check({ name: "SiSa", rows });
    expect(result.tables.map((t) => t.kind)).toEqual(["verantwoording"]);
    const wrong = only(result, "verrekening-klopt-niet");
    expect(wrong.map((f) => f.cell)).toEqual(["E4"]);
    expect(wrong[0].message).toMatch(
      /"Na te betalen" .*1\.000,00 klopt niet bij "Gennep": "Verantwoord" − "Overgemaakt" is .*-1\.000,00, dus na te betalen .*0,00 \(terugbetalen en nabetalen staan in aparte kolommen\)/,
    );
    const [total] = only(result, "verrekening-totaal");
    expect(total.cell).toBe("D1");
    expect(total.message).toBe(
      // Gennep's 1.000 terug and 1.000 na cancel out
      `Verrekening per saldo: Venlo vordert ${euro(1000)} terug van de gemeenten (${euro(2000)} terug van 1 gemeente, ${euro(1000)} na te betalen aan 1 gemeente)`,
    );
  });
});

describe("verantwoord-boven-overgemaakt", () => {
  test("a gemeente that accounted for more than it received", async () => {
    const result = await check(verantwoordingSheet({ accounted: { 12: 41250.5 } }));
    const found = only(result, "verantwoord-boven-overgemaakt");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "waarschuwing", cell: "C14" });
    expect(found[0].message).toBe(
      `Verantwoord ${euro("41250.5")} is ${euro("1250.5")} meer dan overgemaakt (${euro(40000)}) bij "Venray": dat verschil kan niet uit de SPUK IZA worden betaald`,
    );
    // the verrekening of that line is right (a negative terug te betalen): no fout, and no negatief-bedrag
    expect(only(result, "verrekening-klopt-niet")).toEqual([]);
    expect(only(result, "negatief-bedrag")).toEqual([]);
  });

  test("exactly what was received, and a cent less, are quiet", async () => {
    const result = await check(verantwoordingSheet({ accounted: { 0: 40000, 1: 39999.99 } }));
    expect(only(result, "verantwoord-boven-overgemaakt")).toEqual([]);
  });
});

describe("verrekening-totaal", () => {
  test("on the Totaal cell of the verrekening: what Venlo reclaims", async () => {
    const [total] = only(await check(verantwoordingSheet()), "verrekening-totaal");
    expect(total).toMatchObject({ severity: "info", cell: "D16" });
    expect(total.message).toBe(
      `Verrekening per saldo: Venlo vordert ${euro(28000)} terug van de gemeenten (${euro(28000)} terug van 14 gemeenten)`,
    );
  });

  test("what Venlo pays when the gemeenten accounted for more", async () => {
    const accounted = Object.fromEntries(GEMEENTEN_NML.map((_, i) => [i, 40500]));
    const [total] = only(await check(verantwoordingSheet({ accounted })), "verrekening-totaal");
    expect(total.message).toBe(
      `Verrekening per saldo: Venlo betaalt de gemeenten ${euro(7000)} na (${euro(7000)} na te betalen aan 14 gemeenten)`,
    );
  });

  test("nothing to settle", async () => {
    const accounted = Object.fromEntries(GEMEENTEN_NML.map((_, i) => [i, 40000]));
    const [total] = only(await check(verantwoordingSheet({ accounted })), "verrekening-totaal");
    expect(total.message).toMatch(/^Verrekening per saldo .*0,00: Venlo vordert per saldo niets terug/);
  });

  test("without a verrekening column: overgemaakt − verantwoord, on the verantwoord total", async () => {
    const [total] = only(await check(verantwoordingSheet({ sign: "none" })), "verrekening-totaal");
    expect(total.cell).toBe("C16");
    expect(total.message).toMatch(/berekend als overgemaakt − verantwoord \(de tabel heeft geen kolom verrekening\)$/);
  });

  test("without a Totaal row: on the header of the verrekening", async () => {
    const [total] = only(await check(verantwoordingSheet({ total: false })), "verrekening-totaal");
    expect(total.cell).toBe("D1");
  });
});

describe("the gemeente rules apply as in tabel 2", () => {
  test("missing, twice (in another spelling) and unknown", async () => {
    const names = GEMEENTEN_NML.filter((n) => n !== "Weert").map((n) => (n === "Venlo" ? "Gemeente Venlo" : n));
    const sheet: SheetSpec = verantwoordingSheet({ names: [...names, "Horst a/d Maas", "Maastricht"] });
    const result = await check(sheet);
    expect(result.tables.map((t) => t.kind)).toEqual(["verantwoording"]);
    expect(only(result, "gemeente-ontbreekt").map((f) => f.message)).toEqual([
      "Ontbreekt in de tabel: Weert (13 van de 14 gemeenten staan erin)",
    ]);
    expect(only(result, "gemeente-dubbel").map((f) => f.cell)).toEqual(["A15"]);
    expect(only(result, "onbekende-gemeente").map((f) => f.cell)).toEqual(["A16"]);
  });

  test("a negative voorschot is a negatief-bedrag", async () => {
    const result = await check(verantwoordingSheet({ transferred: { 0: -100 } }));
    expect(only(result, "negatief-bedrag").map((f) => f.cell)).toEqual(["B2"]);
  });

  test("text amounts, errors and a missing verrekening are told by the cell rules, not guessed at", async () => {
    const result = await check(
      verantwoordingSheet({
        transferred: { 1: "40.000" },
        accounted: { 2: { error: "#REF!" } },
        settlement: { 3: null },
      }),
    );
    expect(brief(result)).toEqual([
      "getal-als-tekst@SiSa 2024!B3",
      "foutwaarde@SiSa 2024!C4",
      "lege-bedragcel@SiSa 2024!D5",
      "verrekening-totaal@SiSa 2024!D16",
    ]);
  });
});
