/** The check policy of every door (src/core/policy.ts): which sheets are data and which settings apply. */
import { Dec } from "../../src/core/decimal";
import { checkWithPolicy, resolveSettings } from "../../src/core/policy";
import { grantSourceText } from "../../src/core/sources";
import { defaultState, STATE_SHEET } from "../../src/core/stored-state";
import {
  begrotingSheet,
  herverdelingSheet,
  modelFromSpecs,
  SheetSpec,
  stateSheet,
  storedState,
} from "../support/workbooks";

describe("settings: an override over what the workbook stores over the default", () => {
  test("each setting says where it came from", () => {
    const settings = resolveSettings(
      { maxHerverdeling: new Dec("0.1"), werkurenPerJaar: new Dec(1872) },
      { source: "opdrachtregel", settings: { maxHerverdeling: new Dec("0.25") } },
    );
    expect(settings.maxHerverdeling).toEqual({
      value: new Dec("0.25"),
      source: "opdrachtregel",
      stored: new Dec("0.1"),
    });
    expect(settings.werkurenPerJaar).toEqual({ value: new Dec(1872), source: "werkmap" });
    expect(settings.toekenning).toEqual({ value: new Dec(4747850), source: "standaard" });
  });

  test("a stored value the functions would refuse is not used; the default is, with the reason", () => {
    const settings = resolveSettings({ maxHerverdeling: new Dec("1.5"), deeltijdfactor: new Dec(0) });
    expect(settings.maxHerverdeling.value).toEqual(new Dec("0.2"));
    expect(settings.maxHerverdeling.source).toBe("standaard");
    expect(settings.maxHerverdeling.refused?.reason).toMatch(/is meer dan 100%/);
    expect(settings.deeltijdfactor.refused?.reason).toMatch(/deeltijdfactor moet groter zijn dan 0/);
  });

  test("the command line's --max-herverdeling overrides the stored limit, and the findings follow", () => {
    const model = modelFromSpecs([herverdelingSheet(), stateSheet(storedState({ maxHerverdeling: new Dec("0.1") }))]);
    const asStored = checkWithPolicy(model);
    expect(asStored.findings.filter((f) => f.rule === "herverdeling-boven-grens")).toHaveLength(2);
    const wider = checkWithPolicy(model, { source: "opdrachtregel", settings: { maxHerverdeling: new Dec("0.2") } });
    expect(wider.findings.filter((f) => f.rule === "herverdeling-boven-grens")).toEqual([]);
    expect(wider.settings.maxHerverdeling.source).toBe("opdrachtregel");
  });
});

describe("the grant: a labelled cell in the workbook, else the setting", () => {
  test("a cell naming the grant wins over the stored setting and over an override", () => {
    const voorblad: SheetSpec = { name: "Voorblad", rows: [["Toekenning SPUK IZA", 4747850]] };
    const model = modelFromSpecs([
      voorblad,
      begrotingSheet(),
      stateSheet(storedState({ toekenning: new Dec(5000000) })),
    ]);
    const result = checkWithPolicy(model, { source: "opdrachtregel", settings: { toekenning: new Dec(6000000) } });
    expect(grantSourceText(result.grant.source)).toBe("cel Voorblad!B1");
    expect(result.grant.amount).toEqual(new Dec(4747850));
    expect(result.settings.toekenning).toMatchObject({ value: new Dec(6000000), source: "opdrachtregel" });
  });

  test("without such a cell the setting is the grant, with the setting's source", () => {
    const model = modelFromSpecs([begrotingSheet(), stateSheet(storedState({ toekenning: new Dec(5000000) }))]);
    expect(grantSourceText(checkWithPolicy(model).grant.source)).toBe("opgeslagen in de werkmap");
    const flag = checkWithPolicy(model, { source: "opdrachtregel", settings: { toekenning: new Dec(4747850) } });
    expect(grantSourceText(flag.grant.source)).toBe("--toekenning");
    expect(flag.findings).toEqual([]);
  });
});

describe("the pane's own sheets and stored tables", () => {
  test("the settings sheet and report sheets are left out, by name", () => {
    const model = modelFromSpecs([
      begrotingSheet(),
      { name: "IZA controle 24-11-2025", rows: [["Toekenning gebruikt", "€ 6.000.000,00"]] },
      { name: "IZA controle 24-11-2025 (2)", rows: [["Toekenning (instelling)", 6000000]] },
      stateSheet(defaultState()),
    ]);
    const result = checkWithPolicy(model);
    expect(result.model.sheets.map((s) => s.name)).toEqual(["Begroting"]);
    expect(result.leftOut).toEqual(["IZA controle 24-11-2025", "IZA controle 24-11-2025 (2)", STATE_SHEET]);
    // the setting the settings sheet stores, not a report's "Toekenning" of € 6.000.000
    expect(grantSourceText(result.grant.source)).toBe("opgeslagen in de werkmap");
    expect(result.grant.amount).toEqual(new Dec(4747850));
    expect(result.findings).toEqual([]);
  });

  test("a stored table on a sheet that is gone is skipped with the reason; a session's tables replace the stored", () => {
    const table = {
      sheet: "Weg",
      range: "A1:B3",
      kind: "begroting" as const,
      roles: { 1: "label" as const, 2: "planned" as const },
    };
    const model = modelFromSpecs([begrotingSheet(), stateSheet(storedState({}, [table]))]);
    expect(checkWithPolicy(model).skipped).toEqual([{ table, reason: 'het blad "Weg" bestaat niet meer' }]);
    const session = checkWithPolicy(model, { source: "sessie", tables: [] });
    expect(session.skipped).toEqual([]);
    expect(session.state.tables).toEqual([]);
  });
});
