/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { Dec } from "../../src/core/decimal";
import { ExcelActionError, CELL_EDIT_MESSAGE } from "../../src/excel/run";
import { CLEAN, fakeDoor, inExcel, model, outside, WORKBOOK } from "./helpers";

describe("outside Office", () => {
  test("offers to open a workbook, the samples and drag and drop; says nothing is uploaded", () => {
    render(<App host={outside} />);
    expect(screen.getByRole("heading", { name: "IZA Controle" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Open een werkmap (.xlsx)" })).toBeTruthy();
    expect(screen.getByText(/Sleep een werkmap hierheen/)).toBeTruthy();
    expect(screen.getByText(/Er wordt niets verstuurd of opgeslagen/)).toBeTruthy();
    for (const name of ["Begroting 2024", "Herverdelingsvoorstel 2024", "Jaarrapportage 2024"]) {
      expect(screen.getByRole("button", { name })).toBeTruthy();
    }
  });

  test("a sample opens with one click and its findings show, grouped by sheet and table, cells as text", async () => {
    const fetchMock = jest.fn(async () => ({ ok: true, arrayBuffer: async () => new ArrayBuffer(4) }));
    (globalThis as unknown as { fetch: unknown }).fetch = fetchMock;
    const openFile = jest.fn(async () => fakeDoor(WORKBOOK, "file"));
    render(<App host={outside} openFile={openFile} />);
    fireEvent.click(screen.getByRole("button", { name: "Jaarrapportage 2024" }));
    await screen.findByText(/3 fouten, 3 waarschuwingen en 1 info/);
    expect(fetchMock).toHaveBeenCalledWith("assets/jaarrapportage-2024.xlsx");
    expect(openFile).toHaveBeenCalledWith(expect.any(ArrayBuffer), "jaarrapportage-2024.xlsx");
    const begroting = screen.getByRole("region", { name: /Blad Begroting/ });
    expect(within(begroting).getByRole("heading", { name: "Begroting 2024 (Begroting A3:B7)" })).toBeTruthy();
    expect(within(begroting).getByText("B5")).toBeTruthy();
    expect(within(begroting).getByText(/"500.000" staat als tekst/)).toBeTruthy();
    expect(screen.getByRole("region", { name: /Blad Herverdeling/ })).toBeTruthy();
    // outside Office a cell is text, not a button that goes to the cell
    expect(screen.queryByTitle(/Ga naar cel/)).toBeNull();
    expect(screen.queryByRole("button", { name: "Markeren" })).toBeNull();
  });

  test("a file that is no workbook gives a Dutch message", async () => {
    const openFile = jest.fn(async () => {
      throw new Error("geen Excel-werkmap (.xlsx): het bestand is beschadigd of een ander formaat");
    });
    const { container } = render(<App host={outside} openFile={openFile} />);
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File(["x"], "begroting.xlsx");
    Object.defineProperty(file, "arrayBuffer", { value: async () => new ArrayBuffer(1) });
    fireEvent.change(input, { target: { files: [file] } });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/begroting.xlsx kon niet worden gelezen/);
    expect(alert.textContent).toMatch(/geen Excel-werkmap/);
  });
});

test("a file that cannot be read after a good one leaves no findings of the good one beneath its message", async () => {
  (globalThis as unknown as { fetch: unknown }).fetch = jest.fn(async () => ({
    ok: true,
    arrayBuffer: async () => new ArrayBuffer(4),
  }));
  const openFile = jest.fn(async (_data: ArrayBuffer, name: string) => {
    if (name === "kapot.xlsx")
      throw new Error("geen Excel-werkmap (.xlsx): het bestand is beschadigd of een ander formaat");
    return fakeDoor(WORKBOOK, "file");
  });
  const { container } = render(<App host={outside} openFile={openFile} />);
  fireEvent.click(screen.getByRole("button", { name: "Jaarrapportage 2024" }));
  await screen.findByText(/3 fouten, 3 waarschuwingen en 1 info/);
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File(["x"], "kapot.xlsx");
  Object.defineProperty(file, "arrayBuffer", { value: async () => new ArrayBuffer(1) });
  fireEvent.change(input, { target: { files: [file] } });
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toMatch(/kapot.xlsx kon niet worden gelezen/);
  expect(screen.queryByText(/3 fouten, 3 waarschuwingen en 1 info/)).toBeNull();
  expect(screen.queryByRole("region", { name: /Blad Begroting/ })).toBeNull();
  expect(screen.queryByText("jaarrapportage-2024.xlsx")).toBeNull();
});

describe("in Excel", () => {
  test("checks the open workbook on opening; counts, badges and the filter by severity", async () => {
    const door = fakeDoor(WORKBOOK);
    render(<App host={inExcel} door={door} />);
    await screen.findByText(/3 fouten, 3 waarschuwingen en 1 info/);
    expect(door.read).toHaveBeenCalledTimes(1);
    expect(
      screen.getByText(/Toekenning € 4\.747\.850,00 \(standaardwaarde\); herverdelingsgrens 20% \(standaardwaarde\)/),
    ).toBeTruthy();
    expect(screen.getAllByText("Fout").length).toBe(3);
    const info = screen.getByRole("button", { name: "Info (1)" });
    expect(info.getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByText(/Niet begroot:/)).toBeTruthy();
    fireEvent.click(info);
    expect(info.getAttribute("aria-pressed")).toBe("false");
    expect(screen.queryByText(/Niet begroot:/)).toBeNull();
  });

  test("clicking a finding selects its cell in Excel", async () => {
    const door = fakeDoor(WORKBOOK);
    render(<App host={inExcel} door={door} />);
    const finding = await screen.findByTitle("Ga naar cel C3 op blad Herverdeling");
    fireEvent.click(finding);
    await waitFor(() => expect(door.excel.selectCell).toHaveBeenCalledWith({ sheet: "Herverdeling", cell: "C3" }));
  });

  test("Markeren, Markeringen verwijderen and Controleverslag act only on request", async () => {
    const door = fakeDoor(WORKBOOK);
    render(<App host={inExcel} door={door} />);
    await screen.findByText(/3 fouten/);
    expect(door.excel.markFindings).not.toHaveBeenCalled();
    expect(door.excel.writeReport).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Markeren" }));
    expect(await screen.findByText(/7 cellen gemarkeerd/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Markeringen verwijderen" }));
    expect(
      await screen.findByText(/2 markeringen verwijderd; de opmaak van de cellen is weer als voorheen/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Controleverslag" }));
    expect(await screen.findByText(/nieuwe blad "IZA controle 24-11-2025"/)).toBeTruthy();
    expect(door.excel.writeReport).toHaveBeenCalledWith(
      expect.objectContaining({
        workbookName: "Begroting 2024.xlsx",
        grant: { amount: new Dec("4747850"), source: { kind: "instelling", from: "standaard" } },
      }),
    );
    expect(door.saveState).not.toHaveBeenCalled();
  });

  test("no findings: a calm message; no tables: how to point one out", async () => {
    render(<App host={inExcel} door={fakeDoor(CLEAN)} />);
    expect(await screen.findByText("Geen bevindingen")).toBeTruthy();
    expect(screen.getByText(/1 tabel op 1 blad/)).toBeTruthy();
    render(<App host={inExcel} door={fakeDoor(model({ Notities: [["Alleen tekst"]] }))} />);
    expect(await screen.findByText(/Er is geen IZA-tabel gevonden/)).toBeTruthy();
  });

  test("cell-edit mode: a clear Dutch message and a retry that works", async () => {
    const door = fakeDoor(WORKBOOK);
    door.read.mockRejectedValueOnce(new ExcelActionError("cell-edit", CELL_EDIT_MESSAGE, true));
    render(<App host={inExcel} door={door} />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/De controle is niet gelukt/);
    expect(alert.textContent).toMatch(/Druk in Excel op Enter of Esc/);
    fireEvent.click(within(alert).getByRole("button", { name: "Opnieuw proberen" }));
    // the second check reads and checks again: give it time on a busy machine
    expect(await screen.findByText(/3 fouten/, {}, { timeout: 5000 })).toBeTruthy();
    expect(door.read).toHaveBeenCalledTimes(2);
  });

  test("an action that fails shows why, without losing the findings", async () => {
    const door = fakeDoor(WORKBOOK);
    door.excel.writeReport.mockRejectedValueOnce(
      new ExcelActionError(
        "protected",
        "Excel staat deze wijziging niet toe: het blad of de werkmap is beveiligd.",
        false,
      ),
    );
    render(<App host={inExcel} door={door} />);
    await screen.findByText(/3 fouten/);
    fireEvent.click(screen.getByRole("button", { name: "Controleverslag" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/beveiligd/);
    expect(within(alert).queryByRole("button", { name: "Opnieuw proberen" })).toBeNull();
    expect(screen.getByText(/"500.000" staat als tekst/)).toBeTruthy();
  });

  test("a co-author's change of the stored settings is picked up and the check marked out of date", async () => {
    const door = fakeDoor(WORKBOOK);
    let notify: (what: "state" | "data") => void = () => undefined;
    door.excel.watch.mockImplementation((listener: (what: "state" | "data") => void) => {
      notify = listener;
      return () => undefined;
    });
    render(<App host={inExcel} door={door} />);
    await screen.findByText(/3 fouten/);
    const changed = {
      settings: { ...(await door.excel.readState()).settings, maxHerverdeling: new Dec("0.5") },
      tables: [],
    };
    door.excel.readState.mockResolvedValue(changed);
    await act(async () => notify("state"));
    expect(await screen.findByText(/De instellingen in de werkmap zijn gewijzigd/)).toBeTruthy();
    await act(async () => notify("data"));
  });
});
