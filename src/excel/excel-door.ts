/* global Office */
import { isPaneSheet, isReportSheet } from "../core/stored-state";
import type { ExcelActions, WorkbookDoor } from "../ports/workbook-door";

import { findEmptyColumn, getSelection, readRange, selectCell, writeCells } from "./cells-io";
import { markFindings, removeMarks } from "./marks";
import { readWorkbook } from "./read";
import { writeReport } from "./report";
import { retryWhileEditing, runExcel } from "./run";
import { loadState, saveState } from "./state";
import { createOwnWrites, watchWorkbook } from "./watch";

/** The Excel door: a workbook door that has the Excel capability, and says how many syncs its last read took. */
export type ExcelDoor = WorkbookDoor & { readonly excel: ExcelActions; lastReadSyncs?: number };

/** RangeAreas (one conditional format for many cells) need ExcelApi 1.9. */
function hasRangeAreas(): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.9");
  } catch {
    return false;
  }
}

/**
 * A page in a browser window outside Office: Office.context.ui.openBrowserWindow (requirement set
 * OpenBrowserWindowApi 1.1; office-js-docs-pr docs/develop/dialog-api-in-office-add-ins.md: "To open
 * external URLs in a separate browser window ... use the Office.context.ui.openBrowserWindow(url)
 * method"), else a new window as a browser opens it.
 */
function openInBrowser(url: string): void {
  try {
    if (Office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1")) {
      Office.context.ui.openBrowserWindow(url);
      return;
    }
  } catch {
    // an Office without the requirement set, or without context.ui: the browser's own way
  }
  window.open(url, "_blank", "noopener");
}

/**
 * The open workbook in Excel as the pane's door. Every method is one Excel.run; reads are safe to
 * repeat, so they are retried for a moment while Excel is in cell-edit mode; writes are not
 * retried automatically (the user chooses "Opnieuw proberen"). Writes go through `ownWrites`, so
 * the changes they cause do not mark the check out of date in Excel below ExcelApi 1.14.
 */
export function createExcelDoor(): ExcelDoor {
  const ownWrites = createOwnWrites();
  const ownWrite = <T>(write: () => Promise<T>) => ownWrites.run(write);
  const door: ExcelDoor = {
    read: (onProgress) =>
      retryWhileEditing(() =>
        runExcel(async (context) => {
          // The settings sheet is read with the rest (one pass: the check always uses what a
          // co-author saved last); report sheets are not read at all, the policy drops them anyway.
          const result = await readWorkbook(context, { onProgress, skip: isReportSheet });
          door.lastReadSyncs = result.syncs;
          return { model: result.model };
        }),
      ),
    saveState: (state) => ownWrite(() => runExcel((context) => saveState(context, state))),
    readRange: (sheet, address) => retryWhileEditing(() => runExcel((context) => readRange(context, sheet, address))),
    excel: {
      readState: () => retryWhileEditing(() => runExcel((context) => loadState(context))),
      watch: (onChange) => watchWorkbook(onChange, ownWrites),
      selectCell: (target) => retryWhileEditing(() => runExcel((context) => selectCell(context, target))),
      getSelection: () => retryWhileEditing(() => runExcel((context) => getSelection(context))),
      markFindings: (findings) =>
        ownWrite(() =>
          runExcel((context) =>
            markFindings(
              context,
              findings.filter((f) => !isPaneSheet(f.sheet)),
              !hasRangeAreas(),
            ),
          ),
        ),
      removeMarks: () => ownWrite(() => runExcel((context) => removeMarks(context))),
      writeReport: (input) => ownWrite(() => runExcel((context) => writeReport(context, input))),
      writeCells: (write) => ownWrite(() => runExcel((context) => writeCells(context, write))),
      findEmptyColumn: (sheet, afterColumn, firstRow, rows) =>
        retryWhileEditing(() => runExcel((context) => findEmptyColumn(context, sheet, afterColumn, firstRow, rows))),
      openInBrowser,
    },
  };
  return door;
}
