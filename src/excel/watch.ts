/* global Excel, OfficeExtension */
import { STATE_SHEET } from "../core/stored-state";

/**
 * Tell the pane when the workbook changes under it: "state" when the settings sheet changed (a
 * co-author saved other settings), "data" when any other sheet changed (the findings may be out of
 * date). Uses the workbook-wide worksheets.onChanged event (ExcelApi 1.9), which also fires for a
 * co-author's edits (source "Remote"). Changes this add-in made itself are ignored. Events are
 * collected for a moment, so typing in a sheet costs at most one look-up per pause.
 * Where the event is missing, the pane still re-reads its state when it gets the focus.
 */

const PAUSE_MS = 600;

type Listener = (what: "state" | "data") => void;

export function watchWorkbook(onChange: Listener): () => void {
  let stateSheetId: string | undefined;
  let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
  let stopped = false;
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = async () => {
    timer = undefined;
    const ids = [...pending];
    pending.clear();
    if (stopped || ids.length === 0) return;
    const unknown = ids.filter((id) => id !== stateSheetId);
    if (unknown.length > 0 && stateSheetId === undefined) {
      // The settings sheet may have been made after we started listening: look its id up.
      try {
        await Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
          sheet.load("isNullObject,id");
          await context.sync();
          if (!sheet.isNullObject) stateSheetId = sheet.id;
        });
      } catch {
        // try again at the next change
      }
    }
    if (ids.includes(stateSheetId ?? "\u0000")) onChange("state");
    if (ids.some((id) => id !== stateSheetId)) onChange("data");
  };

  Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const state = sheets.getItemOrNullObject(STATE_SHEET);
    state.load("isNullObject,id");
    registration = sheets.onChanged.add(async (event) => {
      if (event.triggerSource === "ThisLocalAddin") return;
      pending.add(event.worksheetId);
      if (timer === undefined) timer = setTimeout(() => void flush(), PAUSE_MS);
    });
    await context.sync();
    if (!state.isNullObject) stateSheetId = state.id;
  }).catch(() => {
    registration = undefined; // older Excel without the event: the pane re-reads on focus
  });

  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    const current = registration;
    registration = undefined;
    if (current) {
      Excel.run(current.context, async (context) => {
        current.remove();
        await context.sync();
      }).catch(() => undefined);
    }
  };
}
