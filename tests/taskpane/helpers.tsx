import type { StoredState } from "../../src/core/stored-state";
import type { WorkbookModel } from "../../src/core/workbook";
import type { CheckOverrides } from "../../src/core/policy";
import type { WorkbookDoor } from "../../src/ports/workbook-door";
import { rangeValues } from "../../src/xlsx/file-door";
import { CellSpec, modelFromSpecs, stateSheet } from "../support/workbooks";

/** A model from rows per sheet (the tests' one builder, tests/support/workbooks.ts). */
export function model(sheets: Record<string, CellSpec[][]>, name = "Werkmap.xlsx"): WorkbookModel {
  return modelFromSpecs(
    Object.entries(sheets).map(([sheetName, rows]) => ({ name: sheetName, rows })),
    name,
  );
}

/** The workbook with the pane's settings sheet holding `state` added, as a door reads it. */
export function withState(workbook: WorkbookModel, state: StoredState): WorkbookModel {
  return { ...workbook, sheets: [...workbook.sheets, ...modelFromSpecs([stateSheet(state)]).sheets] };
}

/** A begroting with a wrong total and an amount typed as text; a herverdeling with one change above 20%. */
export const WORKBOOK = model(
  {
    Begroting: [
      ["Begroting 2024"],
      [null],
      ["Onderdeel", "Begroting"],
      ["Projectbureau", 500000],
      ["Netwerk", "500.000"],
      ["Ketens", 2000000],
      ["Totaal", 2400000],
    ],
    Herverdeling: [
      ["Onderdeel", "Vastgesteld", "Gewijzigd"],
      ["Projectbureau", 500000, 520000],
      ["Netwerk", 500000, 300000],
      ["Ketens", 2000000, 2180000],
      ["Totaal", 3000000, 3000000],
    ],
  },
  "Begroting 2024.xlsx",
);

export const CLEAN = model(
  {
    Begroting: [
      ["Onderdeel", "Begroting"],
      ["Projectbureau", 4000000],
      ["Monitoring", 747850],
    ],
  },
  "Schoon.xlsx",
);

/**
 * A door over a model; every member is a jest.fn so the tests can see what the pane asked. In
 * Excel mode `saveState` writes the settings sheet into the model, as the Excel door does; a file
 * door keeps a session's choices as overrides, as the file door does.
 */
export function fakeDoor(workbook: WorkbookModel, mode: "excel" | "file" = "excel", state?: StoredState) {
  let current = state ? withState(workbook, state) : workbook;
  let session: CheckOverrides | undefined;
  const excel = {
    readState: jest.fn(async () => {
      const { stateFromSheet, STATE_SHEET } = await import("../../src/core/stored-state");
      return stateFromSheet(current.sheets.find((s) => s.name === STATE_SHEET));
    }),
    watch: jest.fn((_listener: (what: "state" | "data") => void) => () => undefined),
    selectCell: jest.fn(async (_target: { sheet: string; cell: string }) => undefined),
    getSelection: jest.fn(async () => ({ sheet: "Begroting", cell: "A3:B7" })),
    markFindings: jest.fn(async (findings: readonly unknown[]) => findings.length),
    removeMarks: jest.fn(async () => 2),
    writeReport: jest.fn(async (_input: unknown) => "IZA controle 24-11-2025"),
    writeCells: jest.fn(async (write: { sheet: string; anchor: string }) => `'${write.sheet}'!${write.anchor}`),
    findEmptyColumn: jest.fn(async (_s: string, after: number, _row: number, _rows: number) => after + 1),
  };
  const door = {
    read: jest.fn(async () => ({ model: current, overrides: session })),
    saveState: jest.fn(async (next: StoredState) => {
      if (mode === "excel") current = withState({ ...workbook }, next);
      else
        session = {
          source: "sessie",
          settings: next.settings,
          tables: next.tables,
          vastgesteld: next.vastgesteld ?? null,
        };
    }),
    readRange: jest.fn(async (sheet: string, address: string) =>
      rangeValues(
        current.sheets.find((s) => s.name === sheet)!,
        address,
      ),
    ),
    // outside Office a door reads, and nothing else
    excel: mode === "excel" ? excel : undefined,
  };
  return door as typeof door & WorkbookDoor & { excel: typeof excel };
}

export const outside = { inExcel: false, dark: false };
export const inExcel = { inExcel: true, dark: false };
