/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Dec } from "../../src/core/decimal";
import { statusText } from "../../src/core/herverdeling";
import { checkWithPolicy } from "../../src/core/policy";
import { defaultState, StoredState } from "../../src/core/stored-state";
import type { CheckRun } from "../../src/taskpane/check";
import { HerverdelingPane } from "../../src/taskpane/panes/HerverdelingPane";
import { InstellingenPane, parseForm } from "../../src/taskpane/panes/InstellingenPane";
import { VerdeelsleutelPane } from "../../src/taskpane/panes/VerdeelsleutelPane";
import { SelectionCheck } from "../../src/taskpane/components/SelectionCheck";
import { App } from "../../src/taskpane/App";
import { reallocStatuses } from "../../src/taskpane/herverdeling-view";
import { checkRealloc } from "../../src/functions/functions";
import { fakeDoor, inExcel, model, WORKBOOK } from "./helpers";
import type { CellValue } from "../../src/core/workbook";
import { herverdelingSheet, modelFromSpecs } from "../support/workbooks";

function runOf(workbook = WORKBOOK): CheckRun {
  return { ...checkWithPolicy(workbook), checkedAt: new Date(2025, 10, 24, 14, 3) };
}

const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe("Herverdeling", () => {
  test("the status per onderdeel and the total, with the detected columns", () => {
    const door = fakeDoor(WORKBOOK);
    wrap(
      <HerverdelingPane door={door} run={runOf()} state={defaultState()} onCheck={jest.fn()} onSaveState={jest.fn()} />,
    );
    expect((screen.getByLabelText("Vastgesteld") as HTMLSelectElement).value).toBe("2");
    expect((screen.getByLabelText("Gewijzigd") as HTMLSelectElement).value).toBe("3");
    // the summary on top; the onderdeel that needs a PhO-besluit first
    expect(
      screen.getByText("1 onderdeel vraagt een PhO-besluit; 2 binnen de grens van 20%; totaal binnen het plafond."),
    ).toBeTruthy();
    const items = within(screen.getByRole("region", { name: "Per onderdeel" })).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual([
      "Netwerk€\u00a0500.000,00 → €\u00a0300.000,00PhO-besluit nodig€\u00a0-200.000,00 is 40,0% van €\u00a0500.000,00 (grens 20%)",
      "Projectbureau€\u00a0500.000,00 → €\u00a0520.000,00Binnen de grens€\u00a0+20.000,00 (4,0%)",
      "Ketens€\u00a02.000.000,00 → €\u00a02.180.000,00Binnen de grens€\u00a0+180.000,00 (9,0%)",
    ]);
    expect(screen.getByText(/Totaal €\s3.000.000,00 binnen het plafond/)).toBeTruthy();
    // one spelling: no "PHO" badge, no "PhO" alone
    expect(screen.queryByText("PHO")).toBeNull();
  });

  test("an unchanged onderdeel says so once: in its badge, with no text beside it", () => {
    const workbook = modelFromSpecs([herverdelingSheet()]);
    wrap(
      <HerverdelingPane
        door={fakeDoor(workbook)}
        run={runOf(workbook)}
        state={defaultState()}
        onCheck={jest.fn()}
        onSaveState={jest.fn()}
      />,
    );
    const items = within(screen.getByRole("region", { name: "Per onderdeel" })).getAllByRole("listitem");
    const ketens = items.find((li) => li.textContent?.startsWith("Ketens"))!;
    expect(ketens.textContent).toBe("Ketens€\u00a02.000.000,00 → €\u00a02.000.000,00Ongewijzigd");
  });

  test("a jaarrapportage (begroting and realisatie) is no herverdeling: it says so, and no PhO-besluit", () => {
    const jaarrapportage = model({
      "Bijlage 2": [
        ["Onderdeel", "Begroting 2024", "Realisatie 2024"],
        ["Projectbureau", 500000, 480000],
        ["Aanvullende plannen", 450000, 290000],
        ["Totaal", 950000, 770000],
      ],
    });
    wrap(
      <HerverdelingPane
        door={fakeDoor(jaarrapportage)}
        run={runOf(jaarrapportage)}
        state={defaultState()}
        onCheck={jest.fn()}
        onSaveState={jest.fn()}
      />,
    );
    expect(screen.getByText("Geen herverdeling in deze werkmap")).toBeTruthy();
    expect(screen.getByText(/Gevonden: 1 tabel realisatie\./)).toBeTruthy();
    expect(screen.getByText(/Een realisatie is geen herverdeling/)).toBeTruthy();
    expect(screen.queryByText("PhO-besluit nodig")).toBeNull();
    expect(screen.queryByLabelText("Gewijzigd")).toBeNull();
  });

  test("a realisatie column beside a herverdeling is never offered as gewijzigd", () => {
    const withActual = model({
      Herverdeling: [
        ["Onderdeel", "Vastgesteld", "Gewijzigd", "Realisatie"],
        ["Projectbureau", 500000, 520000, 100000],
        ["Netwerk", 500000, 480000, 900000],
      ],
    });
    wrap(
      <HerverdelingPane
        door={fakeDoor(withActual)}
        run={runOf(withActual)}
        state={defaultState()}
        onCheck={jest.fn()}
        onSaveState={jest.fn()}
      />,
    );
    const options = (label: string) =>
      [...(screen.getByLabelText(label) as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options("Vastgesteld")).toEqual(["B: Vastgesteld"]);
    expect(options("Gewijzigd")).toEqual(["C: Gewijzigd"]);
    expect(screen.getByText(/Geen onderdeel vraagt een PhO-besluit; 2 binnen de grens/)).toBeTruthy();
  });

  test("the preview says exactly what IZA.CHECKREALLOC says for the same cells", () => {
    const cells: [CellValue, CellValue][] = [
      [
        { kind: "number", value: 100000 },
        { kind: "number", value: 120000 },
      ],
      [
        { kind: "number", value: 100000 },
        { kind: "number", value: 120000.01 },
      ],
      [
        { kind: "number", value: 0 },
        { kind: "number", value: 5 },
      ],
      [{ kind: "blank" }, { kind: "blank" }],
      [
        { kind: "number", value: 50 },
        { kind: "text", value: "60" },
      ],
    ];
    const pane = reallocStatuses(
      cells.map(([adopted, changed], i) => ({ row: i + 1, label: "", adopted, changed })),
      new Dec("0.2"),
    );
    const raw = (v: CellValue) => (v.kind === "blank" ? "" : v.value);
    const fn = checkRealloc(
      cells.map(([a]) => [raw(a)]),
      cells.map(([, c]) => [raw(c)]),
      0.2,
    ) as unknown[][];
    const fnTexts = fn.map(([v]) => (typeof v === "string" ? v : `FOUT: ${(v as { message: string }).message}`));
    expect(pane.rows.slice(0, 4).map((r) => statusText(r.status))).toEqual(fnTexts.slice(0, 4));
    expect(statusText(pane.rows[4].status)).toBe(`FOUT: ${(fn[4][0] as { message: string }).message}`);
    expect(statusText(pane.total)).toBe(fnTexts[5]);
    expect(pane.total.code).toBe("FOUT");
  });

  test("inserts =IZA.CHECKREALLOC beside the table in one click, in the invariant form", async () => {
    const door = fakeDoor(WORKBOOK);
    wrap(
      <HerverdelingPane door={door} run={runOf()} state={defaultState()} onCheck={jest.fn()} onSaveState={jest.fn()} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Formule naast de tabel invoegen" }));
    await screen.findByText(/Formule ingevoegd/);
    expect(door.excel.findEmptyColumn).toHaveBeenCalledWith("Herverdeling", 3, 2, 4);
    expect(door.excel.writeCells).toHaveBeenCalledWith({
      sheet: "Herverdeling",
      anchor: "D2",
      formulas: [["=IZA.CHECKREALLOC(B2:B4,C2:C4,0.2)"]],
      reserve: { rows: 4, columns: 1 },
    });
    expect(screen.getByText(/=IZA.CHECKREALLOC\(B2:B4;C2:C4;0,2\)/)).toBeTruthy();
  });

  test("without a read workbook it asks for one; outside Excel there is nothing to insert", () => {
    const onCheck = jest.fn();
    const { unmount } = wrap(
      <HerverdelingPane
        door={fakeDoor(WORKBOOK)}
        run={null}
        state={defaultState()}
        onCheck={onCheck}
        onSaveState={jest.fn()}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Werkmap controleren" }));
    expect(onCheck).toHaveBeenCalled();
    unmount();
    wrap(
      <HerverdelingPane
        door={fakeDoor(WORKBOOK, "file")}
        run={runOf()}
        state={defaultState()}
        onCheck={jest.fn()}
        onSaveState={jest.fn()}
      />,
    );
    expect(screen.queryByRole("button", { name: "Formule naast de tabel invoegen" })).toBeNull();
  });
});

const VERDELING = model({
  Verdeling: [
    ["Te verdelen", 1000],
    [null],
    ["Gemeente", "Inwoners", "Toegekend"],
    ["Beesel", 1, null],
    ["Bergen", 1, null],
    ["Gennep", 1, null],
    ["Totaal", 3, null],
  ],
});

function showVerdeling(door: ReturnType<typeof fakeDoor>) {
  wrap(
    <VerdeelsleutelPane
      door={door}
      run={runOf(VERDELING)}
      state={defaultState()}
      onCheck={jest.fn()}
      onSaveState={jest.fn()}
    />,
  );
}

describe("Verdeelsleutel", () => {
  test("the preview divides to the cent; the shares add up to the amount exactly", async () => {
    const door = fakeDoor(VERDELING);
    showVerdeling(door);
    fireEvent.change(screen.getByLabelText("Cel met het bedrag"), { target: { value: "B1" } });
    fireEvent.change(screen.getByLabelText("Sleutelkolom"), { target: { value: "B4:B6" } });
    fireEvent.click(screen.getByRole("button", { name: "Voorbeeld tonen" }));
    const table = await screen.findByRole("table");
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => r.textContent);
    expect(rows).toEqual([
      "RegelSleutelAandeel",
      "Beesel1€\u00a0333,34",
      "Bergen1€\u00a0333,33",
      "Gennep1€\u00a0333,33",
      "Totaal€\u00a01.000,00",
    ]);
    await waitFor(() => expect((screen.getByLabelText("In kolom") as HTMLInputElement).value).toBe("C"));
  });

  test("inserts the formula (default) or the values in the chosen column", async () => {
    const door = fakeDoor(VERDELING);
    showVerdeling(door);
    fireEvent.change(screen.getByLabelText("Cel met het bedrag"), { target: { value: "B1" } });
    fireEvent.change(screen.getByLabelText("Sleutelkolom"), { target: { value: "B4:B6" } });
    fireEvent.click(screen.getByRole("button", { name: "Voorbeeld tonen" }));
    await screen.findByRole("table");
    fireEvent.change(screen.getByLabelText("In kolom"), { target: { value: "d" } });
    fireEvent.click(screen.getByRole("button", { name: "Invoegen" }));
    await screen.findByText(/Formule ingevoegd/);
    expect(door.excel.writeCells).toHaveBeenLastCalledWith({
      sheet: "Verdeling",
      anchor: "D4",
      formulas: [["=IZA.VERDEEL($B$1,B4:B6)"]],
      reserve: { rows: 3, columns: 1 },
    });
    fireEvent.click(screen.getByLabelText("Alleen de bedragen"));
    fireEvent.click(screen.getByRole("button", { name: "Invoegen" }));
    await screen.findByText(/3 bedragen ingevoegd/);
    expect(door.excel.writeCells).toHaveBeenLastCalledWith({
      sheet: "Verdeling",
      anchor: "D4",
      values: [[333.34], [333.33], [333.33]],
    });
  });

  test("an empty amount cell or a key that is no column gives a Dutch message", async () => {
    const door = fakeDoor(VERDELING);
    showVerdeling(door);
    fireEvent.change(screen.getByLabelText("Cel met het bedrag"), { target: { value: "C1" } });
    fireEvent.change(screen.getByLabelText("Sleutelkolom"), { target: { value: "B4:C6" } });
    fireEvent.click(screen.getByRole("button", { name: "Voorbeeld tonen" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/als één kolom/);
    fireEvent.change(screen.getByLabelText("Sleutelkolom"), { target: { value: "B4:B6" } });
    fireEvent.click(screen.getByRole("button", { name: "Voorbeeld tonen" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toMatch(/De bedragcel is leeg/));
  });
});

function showInstellingen(onSaveState: (state: StoredState) => Promise<void>) {
  wrap(
    <InstellingenPane
      door={fakeDoor(WORKBOOK)}
      run={null}
      state={defaultState()}
      onCheck={jest.fn()}
      onSaveState={onSaveState}
    />,
  );
}

describe("Instellingen", () => {
  test("shows the stored settings in Dutch notation and saves them as exact decimals", async () => {
    const onSaveState = jest.fn(async () => undefined);
    showInstellingen(onSaveState);
    expect((screen.getByLabelText(/Toekenning SPUK IZA/) as HTMLInputElement).value).toBe("4.747.850");
    expect((screen.getByLabelText(/Herverdelingsgrens/) as HTMLInputElement).value).toBe("20");
    expect((screen.getByLabelText(/Werkuren per jaar/) as HTMLInputElement).value).toBe("2.000");
    fireEvent.change(screen.getByLabelText(/Herverdelingsgrens/), { target: { value: "12,5" } });
    fireEvent.change(screen.getByLabelText(/Deeltijdfactor/), { target: { value: "68%" } });
    fireEvent.click(screen.getByRole("button", { name: "Opslaan in de werkmap" }));
    await screen.findByText(/Alle medeauteurs werken nu met deze instellingen/);
    const saved = (onSaveState.mock.calls[0] as unknown as [StoredState])[0];
    expect(saved.settings.maxHerverdeling.toString()).toBe("0.125");
    expect(saved.settings.deeltijdfactor.toString()).toBe("0.68");
    expect(saved.settings.toekenning.toString()).toBe("4747850");
  });

  test("wrong input: a Dutch message at the field, nothing saved", () => {
    const onSaveState = jest.fn();
    showInstellingen(onSaveState);
    fireEvent.change(screen.getByLabelText(/Herverdelingsgrens/), { target: { value: "150" } });
    fireEvent.change(screen.getByLabelText(/Deeltijdfactor/), { target: { value: "1,5" } });
    fireEvent.click(screen.getByRole("button", { name: "Opslaan in de werkmap" }));
    expect(screen.getByText(/Geef een percentage van 0 tot en met 100/)).toBeTruthy();
    expect(screen.getByText(/Deeltijdfactor moet groter zijn dan 0 en ten hoogste 1/)).toBeTruthy();
    expect(onSaveState).not.toHaveBeenCalled();
    expect(
      parseForm({
        toekenning: "€ 5.000.000",
        grens: "20%",
        werkuren: "1.872",
        deeltijd: "0,77",
      }).settings?.toekenning.toString(),
    ).toBe("5000000");
  });
});

describe("Controleer selectie", () => {
  test("the selection's columns get roles from their headers; the choice is stored", async () => {
    const door = fakeDoor(WORKBOOK);
    const onSave = jest.fn(async () => undefined);
    wrap(<SelectionCheck door={door} state={defaultState()} sheets={["Begroting"]} onSave={onSave} />);
    fireEvent.click(screen.getByRole("button", { name: "Controleer selectie" }));
    const group = await screen.findByRole("group", { name: "Kolommen van Begroting!A3:B7" });
    expect((within(group).getByLabelText("Kolom A: Onderdeel") as HTMLSelectElement).value).toBe("label");
    expect((within(group).getByLabelText("Kolom B: Begroting") as HTMLSelectElement).value).toBe("planned");
    fireEvent.change(within(group).getByLabelText("Soort tabel"), { target: { value: "realisatie" } });
    fireEvent.click(within(group).getByRole("button", { name: "Opslaan en controleren" }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect((onSave.mock.calls[0] as unknown as [StoredState])[0].tables).toEqual([
      { sheet: "Begroting", range: "A3:B7", kind: "realisatie", roles: { 1: "label", 2: "planned" } },
    ]);
  });

  test("a stored table replaces the detected one it overlaps in the check", async () => {
    // Detected: A3:B7 with its Totaal row (2.400.000, € 100.000 short of the rows). Stored: the rows
    // without the Totaal row, A4:B6 (its header is the row above: A3:B6).
    const detected = render(<App host={inExcel} door={fakeDoor(WORKBOOK)} />);
    const begroting = await screen.findByRole("region", { name: /Blad Begroting/ });
    expect(within(begroting).getByRole("heading", { name: "Begroting 2024 — Begroting A3:B7" })).toBeTruthy();
    expect(within(begroting).getByText(/Totaal €\s2.400.000,00 wijkt €\s100.000,00 af/)).toBeTruthy();
    detected.unmount();

    const state: StoredState = {
      ...defaultState(),
      tables: [{ sheet: "Begroting", range: "A4:B6", kind: "begroting", roles: { 1: "label", 2: "planned" } }],
    };
    render(<App host={inExcel} door={fakeDoor(WORKBOOK, "excel", state)} />);
    const stored = await screen.findByRole("region", { name: /Blad Begroting/ });
    expect(within(stored).getByRole("heading", { name: "Begroting 2024 — Begroting A3:B6" })).toBeTruthy();
    expect(within(stored).queryByRole("heading", { name: /A3:B7/ })).toBeNull();
    expect(within(stored).queryByText(/wijkt .* af van de som/)).toBeNull();
    expect(within(stored).getByText(/"500.000" staat als tekst/)).toBeTruthy();
  });
});
