import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { StoredState } from "../../core/stored-state";
import type { Cell, CellValue, WorkbookModel } from "../../core/workbook";
import type { OpenFile, WorkbookDoor } from "../../ports/workbook-door";
import type { CheckRun } from "../check";

export interface PaneProps {
  door: WorkbookDoor | null;
  run: CheckRun | null;
  state: StoredState;
  onCheck: () => void;
  onSaveState: (state: StoredState) => Promise<void>;
  /** A check is running. */
  busy?: boolean;
  /** How a file is read in the page (a second file: the vastgestelde begroting); absent where none can be. */
  openFile?: OpenFile;
}

/** Shown by a pane that needs the workbook read first. */
export function NeedsWorkbook({ door, onCheck, busy }: Pick<PaneProps, "door" | "onCheck" | "busy">) {
  if (!door) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>Open eerst een werkmap op het tabblad Controle.</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>Lees de werkmap eerst in; daarna ziet u hier de tabellen.</MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" disabled={busy} onClick={onCheck}>
          Werkmap controleren
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Cells of a sheet by row and column, for looking up labels and amounts in the model. */
export function cellLookup(model: WorkbookModel, sheetName: string): (row: number, col: number) => CellValue {
  const sheet = model.sheets.find((s) => s.name === sheetName);
  const map = new Map<string, Cell>();
  for (const cell of sheet?.cells ?? []) map.set(`${cell.row}:${cell.col}`, cell);
  return (row, col) => map.get(`${row}:${col}`)?.value ?? { kind: "blank" };
}

/** A cell value as short text for a label. */
export function valueText(value: CellValue): string {
  if (value.kind === "blank") return "";
  if (value.kind === "boolean") return value.value ? "WAAR" : "ONWAAR";
  return String(value.value).trim();
}
