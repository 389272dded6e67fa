import type { Cell, WorkbookModel } from "../../src/core/workbook";
import { defaultState } from "../../src/excel/state-format";
import { rangeValues } from "../../src/taskpane/file-door";
import type { StoredState, WorkbookDoor } from "../../src/taskpane/door";

type Raw = string | number | null;

/** A model from rows per sheet: numbers become numbers, strings text, null nothing. */
export function model(sheets: Record<string, Raw[][]>, name = "Werkmap.xlsx"): WorkbookModel {
  return {
    name,
    sheets: Object.entries(sheets).map(([sheetName, rows]) => ({
      name: sheetName,
      visibility: "visible" as const,
      cells: rows.flatMap((row, r) =>
        row.flatMap((v, c): Cell[] =>
          v === null
            ? []
            : [
                {
                  row: r + 1,
                  col: c + 1,
                  value: typeof v === "number" ? { kind: "number", value: v } : { kind: "text", value: v },
                },
              ],
        ),
      ),
    })),
  };
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

/** A door over a model; every member is a jest.fn so the tests can see what the pane asked. */
export function fakeDoor(workbook: WorkbookModel, mode: "excel" | "file" = "excel", state: StoredState = defaultState()) {
  let stored = state;
  const door = {
    mode,
    readWorkbook: jest.fn(async () => ({ model: workbook, state: stored })),
    loadState: jest.fn(async () => stored),
    saveState: jest.fn(async (next: StoredState) => {
      stored = next;
    }),
    readRange: jest.fn(async (sheet: string, address: string) =>
      rangeValues(workbook.sheets.find((s) => s.name === sheet)!, address),
    ),
    watch: jest.fn((_listener: (what: "state" | "data") => void) => () => undefined),
    selectCell: jest.fn(async (_target: { sheet: string; cell: string }) => undefined),
    getSelection: jest.fn(async () => ({ sheet: "Begroting", cell: "A3:B7" })),
    markFindings: jest.fn(async (findings: unknown[]) => findings.length),
    removeMarks: jest.fn(async () => 2),
    writeReport: jest.fn(async (_input: unknown) => "IZA controle 24-11-2025"),
    writeCells: jest.fn(async (write: { sheet: string; anchor: string }) => `'${write.sheet}'!${write.anchor}`),
    findEmptyColumn: jest.fn(async (_s: string, after: number, _row: number, _rows: number) => after + 1),
  };
  if (mode === "file") {
    // outside Office a door reads, and nothing else
    for (const key of ["watch", "selectCell", "getSelection", "markFindings", "removeMarks", "writeReport", "writeCells", "findEmptyColumn"] as const) {
      delete (door as Partial<typeof door>)[key];
    }
  }
  return door as typeof door & WorkbookDoor;
}

export const outside = { inExcel: false, dark: false };
export const inExcel = { inExcel: true, dark: false };
