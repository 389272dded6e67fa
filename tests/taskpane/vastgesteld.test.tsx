/** @jest-environment jsdom */
/** The choice of the vastgestelde begroting in the pane (issue 16 §2): a sheet, or a file, in Excel and outside. */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { StoredState } from "../../src/core/stored-state";
import { App } from "../../src/taskpane/App";
import { begrotingSheet, modelFromSpecs } from "../support/workbooks";
import { fakeDoor, inExcel, outside } from "./helpers";

const AMOUNTS = [620000, 500000, 1880000, 480000, 17850, 200000, 500000, 100000, 450000];
const adopted = begrotingSheet({ name: "Vastgesteld", header: ["Onderdeel", "Vastgesteld"] });
const current = begrotingSheet({ name: "Actueel", amounts: AMOUNTS });
const WORKBOOK = modelFromSpecs([adopted, current], "Begroting 2024.xlsx");
const GUP = modelFromSpecs([begrotingSheet({ name: "GUP", header: ["Onderdeel", "Vastgesteld"] })], "gup.xlsx");

/** A file input as the user fills it: the file with its bytes. */
function chooseFile(input: HTMLElement, name: string): void {
  const file = new File(["x"], name);
  Object.defineProperty(file, "arrayBuffer", { value: async () => new ArrayBuffer(1) });
  fireEvent.change(input, { target: { files: [file] } });
}

async function openInstellingen(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole("tab", { name: "Instellingen" }));
  return screen.findByRole("region", { name: "Vastgestelde begroting" }, WAIT);
}

/** A check runs in between: on a busy machine it may take a while. */
const WAIT = { timeout: 10000 };

const savedStates = (door: ReturnType<typeof fakeDoor>) =>
  door.saveState.mock.calls.map((call) => (call as unknown as [StoredState])[0]);

describe("in Excel", () => {
  test("a sheet of the workbook is chosen, kept in the workbook, and the other begroting is compared with it", async () => {
    const door = fakeDoor(WORKBOOK);
    render(<App host={inExcel} door={door} />);
    await screen.findByText(/bevinding/i, undefined, WAIT);
    const card = await openInstellingen();
    expect(within(card).getByText(/Geen: de begrotingen worden alleen met zichzelf gecontroleerd/)).toBeTruthy();
    fireEvent.change(within(card).getByLabelText("Blad van deze werkmap"), { target: { value: "Vastgesteld" } });
    fireEvent.click(within(card).getByRole("button", { name: "Blad gebruiken" }));
    await waitFor(() => expect(door.saveState).toHaveBeenCalled());
    expect(savedStates(door)[0].vastgesteld).toEqual({ kind: "blad", sheet: "Vastgesteld" });
    const after = await screen.findByRole("region", { name: "Vastgestelde begroting" }, WAIT);
    await within(after).findByText(/Blad "Vastgesteld" van deze werkmap/, undefined, WAIT);
    await within(after).findByText(
      `Vastgestelde begroting Vastgesteld!A1:B11 (kolom "Vastgesteld"), 9 onderdelen (opgeslagen in de werkmap)`,
      undefined,
      WAIT,
    );
    expect(within(after).getByText("Actueel!A1:B11: 9 regels: 9 gelijk")).toBeTruthy();
    // The pane's own settings sheet, now in the workbook, is no sheet to choose.
    const options = within(within(after).getByLabelText("Blad van deze werkmap")).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["Geen", "Vastgesteld", "Actueel"]);
    fireEvent.click(screen.getByRole("tab", { name: "Controle" }));
    expect(await screen.findByText(/ten opzichte van de vastgestelde begroting/, undefined, WAIT)).toBeTruthy();
  });

  test("a file is read in the pane and kept as its onderdelen and amounts; the pane says what is kept", async () => {
    const door = fakeDoor(modelFromSpecs([current], "Actueel.xlsx"));
    const openFile = jest.fn(async () => fakeDoor(GUP, "file"));
    render(<App host={inExcel} door={door} openFile={openFile} />);
    await screen.findByText(/bevinding/i, undefined, WAIT);
    const card = await openInstellingen();
    expect(
      within(card).getByText(/niet het bestand zelf, maar de naam, de plaats van de tabel en de onderdelen/),
    ).toBeTruthy();
    chooseFile(within(card).getByLabelText("Bestand met de vastgestelde begroting"), "gup.xlsx");
    await waitFor(() => expect(door.saveState).toHaveBeenCalled());
    expect(openFile).toHaveBeenCalledWith(expect.any(ArrayBuffer), "gup.xlsx");
    const kept = savedStates(door)[0].vastgesteld;
    expect(kept).toMatchObject({ kind: "vast", begroting: { workbook: "gup.xlsx", sheet: "GUP", range: "A1:B11" } });
    expect(kept?.kind === "vast" && kept.begroting.onderdelen.map((o) => o.amount.toString())).toEqual([
      "500000",
      "500000",
      "2000000",
      "480000",
      "17850",
      "200000",
      "500000",
      "100000",
      "450000",
    ]);
    const after = await screen.findByRole("region", { name: "Vastgestelde begroting" }, WAIT);
    await within(after).findByText(/Bestand 'gup.xlsx', blad "GUP" \(9 onderdelen, zoals gelezen/, undefined, WAIT);
    // Taken away again: the stored state has no vastgestelde begroting.
    fireEvent.click(within(after).getByRole("button", { name: "Geen vastgestelde begroting" }));
    await waitFor(() => expect(door.saveState).toHaveBeenCalledTimes(2));
    expect(savedStates(door)[1].vastgesteld).toBeUndefined();
  });

  test("a file dropped on the card is chosen as the vastgestelde begroting", async () => {
    const door = fakeDoor(modelFromSpecs([current], "Actueel.xlsx"));
    const openFile = jest.fn(async () => fakeDoor(GUP, "file"));
    render(<App host={inExcel} door={door} openFile={openFile} />);
    await screen.findByText(/bevinding/i, undefined, WAIT);
    const card = await openInstellingen();
    const file = new File(["x"], "gup.xlsx");
    Object.defineProperty(file, "arrayBuffer", { value: async () => new ArrayBuffer(1) });
    fireEvent.drop(card, { dataTransfer: { files: [file] } });
    await waitFor(() => expect(door.saveState).toHaveBeenCalled());
    expect(openFile).toHaveBeenCalledWith(expect.any(ArrayBuffer), "gup.xlsx");
    expect(savedStates(door)[0].vastgesteld).toMatchObject({ kind: "vast", begroting: { workbook: "gup.xlsx" } });
  });

  test("a file without a begroting is not used, with the reason", async () => {
    const door = fakeDoor(WORKBOOK);
    const other = modelFromSpecs([{ name: "Blad1", rows: [["Iets anders"]] }], "leeg.xlsx");
    render(<App host={inExcel} door={door} openFile={async () => fakeDoor(other, "file")} />);
    await screen.findByText(/bevinding/i, undefined, WAIT);
    const card = await openInstellingen();
    chooseFile(within(card).getByLabelText("Bestand met de vastgestelde begroting"), "leeg.xlsx");
    const alert = await within(card).findByRole("alert", undefined, WAIT);
    expect(alert.textContent).toMatch(/leeg.xlsx is niet gebruikt/);
    expect(alert.textContent).toMatch(/geen begroting gevonden in 'leeg.xlsx'/);
    expect(door.saveState).not.toHaveBeenCalled();
  });
});

describe("outside Excel", () => {
  test("a second file is the vastgestelde begroting for this session; the file itself is not changed", async () => {
    const checked = fakeDoor(modelFromSpecs([current], "Actueel.xlsx"), "file");
    const openFile = jest.fn(async (_data: ArrayBuffer, name: string) =>
      name === "gup.xlsx" ? fakeDoor(GUP, "file") : checked,
    );
    const { container } = render(<App host={outside} openFile={openFile} />);
    chooseFile(container.querySelector('input[type="file"]') as HTMLInputElement, "Actueel.xlsx");
    await screen.findByText(/bevinding/i, undefined, WAIT);
    const card = await openInstellingen();
    expect(within(card).getByText(/Buiten Excel geldt de keuze voor deze sessie/)).toBeTruthy();
    chooseFile(within(card).getByLabelText("Bestand met de vastgestelde begroting"), "gup.xlsx");
    await waitFor(() => expect(checked.saveState).toHaveBeenCalled());
    const after = await screen.findByRole("region", { name: "Vastgestelde begroting" }, WAIT);
    await within(after).findByText(/\(gekozen in deze sessie\)/, undefined, WAIT);
    fireEvent.click(screen.getByRole("tab", { name: "Controle" }));
    expect(await screen.findByText(/€\s?\+.*ten opzichte van de vastgestelde begroting/, undefined, WAIT)).toBeTruthy();
  });
});
