/** @jest-environment jsdom */
import * as React from "react";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { Dec } from "../../src/core/decimal";
import { ExcelActionError, CELL_EDIT_MESSAGE } from "../../src/excel/run";
import { defaultState } from "../../src/core/stored-state";
import { CLEAN, fakeDoor, inExcel, model, outside, WORKBOOK } from "./helpers";

// The first check loads the engine's chunk: on a busy machine that takes more than a second.
configure({ asyncUtilTimeout: 10_000 });

/** What the check of WORKBOOK says: one herverdeling beyond the limit is a PhO-besluit, no fout. */
const COUNTS_TEXT = "2 fouten, 1 PhO-besluit nodig, 3 waarschuwingen en 1 melding";
const COUNTS = new RegExp(COUNTS_TEXT);

/** A Blob's bytes (jsdom has FileReader, not Response or Blob.arrayBuffer). */
function blobBytes(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** A File whose bytes are never really read (the fake door has the model). */
function file(name: string) {
  const f = new File(["x"], name);
  Object.defineProperty(f, "arrayBuffer", { value: async () => new ArrayBuffer(1) });
  return f;
}
const fileInput = (container: HTMLElement) => container.querySelector('input[type="file"]') as HTMLInputElement;
const choose = (container: HTMLElement, ...names: string[]) =>
  fireEvent.change(fileInput(container), { target: { files: names.map(file) } });

describe("outside Office", () => {
  test("offers to open workbooks, the samples and drag and drop; says nothing is uploaded; Help", () => {
    const { container } = render(<App host={outside} />);
    expect(screen.getByRole("heading", { name: "IZA Controle" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Open werkmappen" })).toBeTruthy();
    expect(screen.getByText(/Sleep een of meer werkmappen hierheen/)).toBeTruthy();
    expect(screen.getByText(/\(\.xlsx, \.xlsm, \.xlsb, \.xls of \.ods\), ook meer tegelijk/)).toBeTruthy();
    expect(screen.getByText(/Er wordt niets verstuurd of opgeslagen/)).toBeTruthy();
    expect(fileInput(container).multiple).toBe(true);
    expect(fileInput(container).accept).toContain(".xlsm");
    for (const name of ["Begroting 2024", "Herverdelingsvoorstel 2024", "Jaarrapportage 2024"]) {
      expect(screen.getByRole("button", { name })).toBeTruthy();
    }
    // the badge says what the mode means; Help opens the handleiding next to the pane
    expect(screen.getByText("Zonder Excel").getAttribute("title")).toMatch(/alleen in deze pagina gelezen/);
    expect(screen.getByRole("link", { name: "Help" }).getAttribute("href")).toBe("handleiding.html");
  });

  test("a sample opens with one click and its findings show, grouped by sheet and table, cells as text", async () => {
    const fetchMock = jest.fn(async () => ({ ok: true, arrayBuffer: async () => new ArrayBuffer(4) }));
    (globalThis as unknown as { fetch: unknown }).fetch = fetchMock;
    const openFile = jest.fn(async () => fakeDoor(WORKBOOK, "file"));
    render(<App host={outside} openFile={openFile} />);
    fireEvent.click(screen.getByRole("button", { name: "Jaarrapportage 2024" }));
    await screen.findByText(COUNTS);
    expect(fetchMock).toHaveBeenCalledWith("assets/jaarrapportage-2024.xlsx");
    expect(openFile).toHaveBeenCalledWith(expect.any(ArrayBuffer), "jaarrapportage-2024.xlsx");
    const begroting = screen.getByRole("region", { name: /Blad Begroting/ });
    expect(within(begroting).getByRole("heading", { name: "Begroting 2024 — Begroting A3:B7" })).toBeTruthy();
    expect(within(begroting).getByText("B5")).toBeTruthy();
    expect(within(begroting).getByText(/"500.000" staat als tekst/)).toBeTruthy();
    // words: the rule's title under the message, never its id beside it
    expect(within(begroting).getByText("Getal als tekst")).toBeTruthy();
    expect(screen.queryByText(/getal-als-tekst/)).toBeNull();
    expect(screen.getByText(/2 tabellen gevonden, op de bladen Begroting en Herverdeling/)).toBeTruthy();
    const herverdeling = screen.getByRole("region", { name: /Blad Herverdeling/ });
    expect(within(herverdeling).getByText("PhO-besluit nodig")).toBeTruthy();
    // outside Office a cell is text, not a button that goes to the cell
    expect(screen.queryByTitle(/Ga naar cel/)).toBeNull();
    expect(screen.queryByRole("button", { name: "Markeren" })).toBeNull();
  });

  test("a file that is no workbook gives a Dutch message; an .xlsm is opened", async () => {
    const openFile = jest.fn(async (_data: ArrayBuffer, name: string) => {
      if (name === "begroting.xlsx")
        throw new Error("geen Excel-werkmap (.xlsx): het bestand is beschadigd of een ander formaat");
      return fakeDoor(CLEAN, "file");
    });
    const { container } = render(<App host={outside} openFile={openFile} />);
    choose(container, "begroting.xlsx");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/begroting.xlsx kon niet worden gelezen/);
    expect(alert.textContent).toMatch(/geen Excel-werkmap/);
    choose(container, "macro's.xlsm");
    await screen.findByText("Geen bevindingen");
    expect(openFile).toHaveBeenLastCalledWith(expect.any(ArrayBuffer), "macro's.xlsm");
    choose(container, "notities.txt");
    expect((await screen.findByRole("alert")).textContent).toMatch(
      /notities.txt kon niet worden gelezen.*\.xlsx, \.xlsm, \.xlsb, \.xls of \.ods/,
    );
  });

  test("the focus goes to the results heading after a workbook is opened", async () => {
    const { container } = render(<App host={outside} openFile={async () => fakeDoor(WORKBOOK, "file")} />);
    choose(container, "begroting.xlsx");
    const heading = await screen.findByRole("heading", { name: COUNTS });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});

test("a file that cannot be read after a good one is listed with its reason; the good one stays a click away", async () => {
  const openFile = jest.fn(async (_data: ArrayBuffer, name: string) => {
    if (name === "kapot.xlsx")
      throw new Error("geen Excel-werkmap (.xlsx): het bestand is beschadigd of een ander formaat");
    return fakeDoor(WORKBOOK, "file");
  });
  const { container } = render(<App host={outside} openFile={openFile} />);
  choose(container, "goed.xlsx");
  await screen.findByText(COUNTS);
  choose(container, "kapot.xlsx");
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toMatch(/kapot.xlsx kon niet worden gelezen/);
  // the refused file is shown, not the findings of the other beneath its message
  expect(screen.queryByRole("region", { name: /Blad Begroting/ })).toBeNull();
  const overview = screen.getByRole("table", { name: "Gecontroleerde werkmappen" });
  const rows = within(overview).getAllByRole("row").slice(1);
  expect(rows.map((r) => r.textContent)).toEqual([
    expect.stringMatching(/^goed\.xlsx2 fouten1 PhO-besluit nodig3 waarschuwingen1 melding$/),
    expect.stringMatching(/^kapot\.xlsxNiet te lezengeen Excel-werkmap/),
  ]);
  fireEvent.click(within(overview).getByRole("button", { name: "goed.xlsx" }));
  expect(await screen.findByRole("region", { name: /Blad Begroting/ })).toBeTruthy();
});

describe("fourteen workbooks at once", () => {
  const names = Array.from({ length: 14 }, (_, i) => `gemeente-${String(i + 1).padStart(2, "0")}.xlsx`);

  test("one of them unreadable: every file in the overview with its counts, the refused one with its reason", async () => {
    const openFile = jest.fn(async (_data: ArrayBuffer, name: string) => {
      if (name === "gemeente-07.xlsx")
        throw new Error("beveiligd met een wachtwoord: de controle kan een versleutelde werkmap niet lezen");
      return fakeDoor(name === "gemeente-03.xlsx" ? WORKBOOK : CLEAN, "file");
    });
    const { container } = render(<App host={outside} openFile={openFile} />);
    choose(container, ...names);
    const heading = await screen.findByRole(
      "heading",
      {
        name: "Overzicht: 14 werkmappen: 1 met fouten, 1 met een PhO-besluit nodig, 1 niet te lezen; samen 2 fouten, 1 PhO-besluit nodig, 3 waarschuwingen, 1 melding",
      },
      { timeout: 10_000 },
    );
    await waitFor(() => expect(document.activeElement).toBe(heading));
    // read one after another, each once
    expect(openFile.mock.calls.map(([, name]) => name)).toEqual(names);
    const rows = within(screen.getByRole("table", { name: "Gecontroleerde werkmappen" }))
      .getAllByRole("row")
      .slice(1);
    expect(rows).toHaveLength(14);
    expect(rows[0].textContent).toBe("gemeente-01.xlsxGeen bevindingen");
    expect(rows[2].textContent).toBe("gemeente-03.xlsx2 fouten1 PhO-besluit nodig3 waarschuwingen1 melding");
    expect(rows[6].textContent).toMatch(/^gemeente-07\.xlsxNiet te lezenbeveiligd met een wachtwoord/);
    // no file shown until one is chosen; choosing one opens its findings, and the focus follows
    expect(screen.queryByRole("region", { name: /Blad Begroting/ })).toBeNull();
    fireEvent.click(within(rows[2]).getByRole("button", { name: "gemeente-03.xlsx" }));
    const results = await screen.findByRole("heading", { name: `gemeente-03.xlsx: ${COUNTS_TEXT}` });
    await waitFor(() => expect(document.activeElement).toBe(results));
    expect(screen.getByRole("region", { name: /Blad Begroting/ })).toBeTruthy();
  });

  test("the downloads hold every file: .csv (BOM, ';') and .xlsx, read back with SheetJS", async () => {
    const XLSX = await import("@e965/xlsx");
    const { writeOverviewXlsx } = await import("../../src/xlsx/write-xlsx");
    const saved: { name: string; data: Blob }[] = [];
    const openFile = async (_data: ArrayBuffer, name: string) => {
      if (name === "kapot.xlsx") throw new Error("geen Excel-werkmap");
      return fakeDoor(name === "fout.xlsx" ? WORKBOOK : CLEAN, "file");
    };
    const { container } = render(
      <App
        host={outside}
        openFile={openFile}
        writeXlsx={async (sheets) => writeOverviewXlsx(sheets)}
        save={(name, data) => saved.push({ name, data })}
      />,
    );
    choose(container, "schoon.xlsx", "fout.xlsx", "kapot.xlsx");
    await screen.findByRole("heading", { name: /^Overzicht: 3 werkmappen/ });
    fireEvent.click(screen.getByRole("button", { name: "Download overzicht (.csv)" }));
    await screen.findByText(/\.csv is gedownload/);
    fireEvent.click(screen.getByRole("button", { name: "Download overzicht (.xlsx)" }));
    await screen.findByText(/\.xlsx is gedownload/);
    expect(saved.map((s) => s.name)).toEqual([
      expect.stringMatching(/^IZA-overzicht \d\d-\d\d-\d{4}\.csv$/),
      expect.stringMatching(/^IZA-overzicht \d\d-\d\d-\d{4}\.xlsx$/),
    ]);
    const bytes = new Uint8Array(await blobBytes(saved[0].data));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = Buffer.from(bytes.subarray(3)).toString("utf8");
    const csvBook = XLSX.read(csv, { type: "string", FS: ";", raw: true });
    const csvRows = XLSX.utils.sheet_to_json<string[]>(csvBook.Sheets[csvBook.SheetNames[0]], {
      header: 1,
      defval: "",
    });
    const book = XLSX.read(new Uint8Array(await blobBytes(saved[1].data)), { type: "array" });
    const xlsxRows = XLSX.utils.sheet_to_json<string[]>(book.Sheets.Bevindingen, { header: 1, defval: "" });
    expect(xlsxRows).toEqual(csvRows);
    expect(csvRows[0]).toEqual(["bestand", "blad", "cel", "regel", "ernst", "melding"]);
    expect(csvRows.filter((r) => r[0] === "fout.xlsx")).toHaveLength(7);
    expect(csvRows).toContainEqual(["schoon.xlsx", "", "", "", "", "Geen bevindingen"]);
    expect(csvRows).toContainEqual(["kapot.xlsx", "", "", "", "Niet te lezen", "geen Excel-werkmap"]);
    expect(csvRows).toContainEqual([
      "fout.xlsx",
      "Herverdeling",
      "C3",
      "herverdeling-boven-grens",
      "PhO-besluit nodig",
      expect.stringContaining("Netwerk"),
    ]);
    expect(book.SheetNames).toEqual(["Bevindingen", "Instellingen"]);
  });
});

describe("settings chosen in the page", () => {
  test("apply to every file of the session, those opened later too; a file's own stored setting is shown where it differs", async () => {
    const stores10 = { settings: { ...defaultState().settings, maxHerverdeling: new Dec("0.1") }, tables: [] };
    const openFile = async (_data: ArrayBuffer, name: string) =>
      name === "eigen.xlsx" ? fakeDoor(WORKBOOK, "file", stores10) : fakeDoor(WORKBOOK, "file");
    const { container } = render(<App host={outside} openFile={openFile} />);
    choose(container, "gewoon.xlsx", "eigen.xlsx");
    await screen.findByRole("heading", { name: /^Overzicht: 2 werkmappen/ });
    fireEvent.click(screen.getByRole("tab", { name: "Instellingen" }));
    const grens = await screen.findByLabelText(/Herverdelingsgrens/);
    fireEvent.change(grens, { target: { value: "45" } });
    fireEvent.click(screen.getByRole("button", { name: "Toepassen" }));
    await screen.findByText(/Toegepast op alle 2 werkmappen van deze sessie/);
    expect(screen.getByText("Gekozen voor deze sessie: grens herverdeling 45%.")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Controle" }));
    // with 45% Netwerk's -40% is within the limit: no PhO-besluit left in either file
    await waitFor(() =>
      expect(screen.getByRole("heading", { name: /^Overzicht/ }).textContent).toMatch(
        /2 werkmappen: 2 met fouten; samen 4 fouten, 0 PhO/,
      ),
    );
    expect(screen.getByText("De werkmap bewaart zelf: grens herverdeling 10%")).toBeTruthy();
    // a file opened afterwards is checked with the session's choice too
    choose(container, "later.xlsx");
    await screen.findByRole("heading", { name: "later.xlsx: 2 fouten, 3 waarschuwingen en 1 melding" });
    expect(screen.getByText(/herverdelingsgrens 45% \(gekozen in deze sessie\)/)).toBeTruthy();
    // and the choice can be taken back
    fireEvent.click(screen.getByRole("tab", { name: "Instellingen" }));
    fireEvent.click(await screen.findByRole("button", { name: "Keuzes wissen" }));
    fireEvent.click(screen.getByRole("tab", { name: "Controle" }));
    await screen.findByRole("heading", { name: /PhO-besluit nodig/ });
  }, 120_000);
});

describe("in Excel", () => {
  test("checks the open workbook on opening; counts, badges and the filter by severity", async () => {
    const door = fakeDoor(WORKBOOK);
    render(<App host={inExcel} door={door} />);
    await screen.findByText(COUNTS);
    expect(door.read).toHaveBeenCalledTimes(1);
    expect(
      screen.getByText(/Toekenning € 4\.747\.850,00 \(standaardwaarde\); herverdelingsgrens 20% \(standaardwaarde\)/),
    ).toBeTruthy();
    expect(screen.getAllByText("Fout").length).toBe(2);
    expect(screen.getByRole("button", { name: "PhO-besluit nodig (1)" })).toBeTruthy();
    const info = screen.getByRole("button", { name: "Meldingen (1)" });
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
    await screen.findByText(COUNTS);
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

  test("no findings: what was checked and found right; no tables: how to point one out", async () => {
    render(<App host={inExcel} door={fakeDoor(CLEAN)} />);
    expect(await screen.findByText("Geen bevindingen")).toBeTruthy();
    expect(screen.getByText(/1 tabel gevonden, op het blad Begroting/)).toBeTruthy();
    const checked = screen.getByRole("list", { name: "Gecontroleerd en in orde" });
    expect(within(checked).getByText(/Begroting A1:B3 \(blad Begroting\), 2 regels/)).toBeTruthy();
    expect(
      within(checked).getByText(/Totaal begroting € 4\.747\.850,00 binnen de toekenning van € 4\.747\.850,00/),
    ).toBeTruthy();
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
    expect(await screen.findByText(COUNTS, {}, { timeout: 5000 })).toBeTruthy();
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
    await screen.findByText(COUNTS);
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
    await screen.findByText(COUNTS);
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

describe("in Excel, with the keyboard", () => {
  test("Controleren moves the focus to the results; a finding is selected with Enter", async () => {
    const door = fakeDoor(WORKBOOK);
    render(<App host={inExcel} door={door} checkOnOpen={false} />);
    fireEvent.click(screen.getByRole("button", { name: "Controleren" }));
    const heading = await screen.findByRole("heading", { name: COUNTS });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const finding = screen.getByTitle("Ga naar cel B5 op blad Begroting");
    expect(finding.tagName).toBe("BUTTON"); // Enter and Space press it
    finding.focus();
    fireEvent.keyDown(finding, { key: "Enter" });
    fireEvent.click(finding);
    await waitFor(() => expect(door.excel.selectCell).toHaveBeenCalledWith({ sheet: "Begroting", cell: "B5" }));
  });

  test("Help opens the handleiding in a browser window through Office", async () => {
    const door = fakeDoor(CLEAN);
    render(<App host={inExcel} door={door} />);
    fireEvent.click(screen.getByRole("link", { name: "Help" }));
    expect(door.excel.openInBrowser).toHaveBeenCalledWith(expect.stringMatching(/\/handleiding\.html$/));
  });
});
