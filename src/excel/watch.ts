/* global Excel, Office, OfficeExtension */
import { STATE_SHEET } from "../core/stored-state";

/**
 * Tell the pane when the workbook changes under it: "state" when the settings sheet changed (a
 * co-author saved other settings), "data" when any other sheet changed (the findings may be out of
 * date). Uses the workbook-wide worksheets.onChanged event (ExcelApi 1.9), which also fires for a
 * co-author's edits (source "Remote"). Changes this add-in made itself are ignored. Events are
 * collected for a moment, so typing in a sheet costs at most one look-up per pause.
 * Where the event is missing, the pane still re-reads its state when it gets the focus.
 *
 * Which changes are our own: `WorksheetChangedEventArgs.triggerSource` says "ThisLocalAddin", but
 * only from ExcelApi 1.14 (its reference page in @types/office-js: "[Api set: ExcelApi 1.14]").
 * Below that every change looks like anyone's, so the door wraps each of its writes in its
 * `OwnWrites`, and changes that arrive during a write or within OWN_WRITE_GRACE_MS after it are
 * taken as ours.
 * (A co-author's edit in that moment is missed by the event; the pane still re-reads on focus.)
 */

const PAUSE_MS = 600;
/** How long after an own write its change events may still arrive. */
export const OWN_WRITE_GRACE_MS = 2000;

/** The writes of one door: running one, and whether a change now may be one of ours. */
export interface OwnWrites {
  run<T>(write: () => Promise<T>): Promise<T>;
  now(): boolean;
}

export function createOwnWrites(): OwnWrites {
  let running = 0;
  let until = 0;
  return {
    async run(write) {
      running++;
      try {
        return await write();
      } finally {
        running--;
        until = Date.now() + OWN_WRITE_GRACE_MS;
      }
    },
    now: () => running > 0 || Date.now() < until,
  };
}

/** WorksheetChangedEventArgs.triggerSource exists from ExcelApi 1.14. */
function knowsTriggerSource(): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.14");
  } catch {
    return false;
  }
}

type Listener = (what: "state" | "data") => void;

export function watchWorkbook(onChange: Listener, ownWrites?: OwnWrites): () => void {
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

  const precise = knowsTriggerSource();
  Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const state = sheets.getItemOrNullObject(STATE_SHEET);
    state.load("isNullObject,id");
    registration = sheets.onChanged.add(async (event) => {
      if (precise ? event.triggerSource === "ThisLocalAddin" : ownWrites?.now()) return;
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
