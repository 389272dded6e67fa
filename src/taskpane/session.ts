import * as React from "react";
import { defaultState, stateToRows, StoredState } from "../core/stored-state";
import type { OpenFile, ReadProgress, WorkbookDoor } from "../ports/workbook-door";
import type { CheckRun } from "./check";
import { runCheck } from "./check";
import { ProblemInfo, problemOf } from "./components/Problem";

/**
 * The pane's session: which workbook is open (through which door), the last check, the settings
 * in force, and what is going on. One reducer, so every change is one step and nothing is kept in
 * refs; async results that arrive after a newer action are dropped by their ticket.
 */
export interface Session {
  door: WorkbookDoor | null;
  /** Outside Excel: the name of the open file. */
  fileName: string | null;
  state: StoredState;
  run: CheckRun | null;
  progress: ReadProgress | null;
  problem: ProblemInfo | null;
  /** Why the findings may be out of date, or null. */
  stale: string | null;
}

type Action =
  | { type: "reading"; progress: ReadProgress }
  | { type: "checked"; run: CheckRun }
  | { type: "failed"; problem: ProblemInfo }
  | { type: "file-opened"; door: WorkbookDoor; name: string }
  | { type: "file-refused"; problem: ProblemInfo }
  | { type: "state-loaded"; state: StoredState }
  | { type: "state-saved"; state: StoredState }
  | { type: "data-changed" }
  | { type: "dismiss-problem" };

export const STATE_CHANGED =
  "De instellingen in de werkmap zijn gewijzigd (door u of een medeauteur). Controleer opnieuw om ze te gebruiken.";
export const DATA_CHANGED = "De werkmap is gewijzigd sinds de controle.";

export function sameState(a: StoredState, b: StoredState): boolean {
  return JSON.stringify(stateToRows(a)) === JSON.stringify(stateToRows(b));
}

function reduce(session: Session, action: Action): Session {
  switch (action.type) {
    case "reading":
      return { ...session, progress: action.progress, problem: null };
    case "checked":
      return { ...session, run: action.run, state: action.run.state, stale: null, progress: null };
    case "failed":
      return { ...session, problem: action.problem, progress: null };
    case "file-opened":
      return { ...session, door: action.door, fileName: action.name, run: null, progress: null };
    case "file-refused":
      // A file that could not be read: its reason, and no findings of an earlier file beneath it.
      return { ...session, door: null, fileName: null, run: null, progress: null, problem: action.problem };
    case "state-loaded":
      if (sameState(action.state, session.state)) return session;
      return { ...session, state: action.state, stale: session.run ? STATE_CHANGED : session.stale };
    case "state-saved":
      return { ...session, state: action.state };
    case "data-changed":
      return session.run ? { ...session, stale: DATA_CHANGED } : session;
    case "dismiss-problem":
      return { ...session, problem: null };
  }
}

export interface SessionOptions {
  /** The open workbook in Excel; absent outside Office. */
  excelDoor?: WorkbookDoor;
  /** Outside Office: how a file becomes a door. */
  openFile: OpenFile;
  /** In Excel: check as soon as the pane opens. */
  checkOnOpen: boolean;
}

export function useSession({ excelDoor, openFile, checkOnOpen }: SessionOptions) {
  const [session, dispatch] = React.useReducer(reduce, undefined, (): Session => ({
    door: excelDoor ?? null,
    fileName: null,
    state: defaultState(),
    run: null,
    progress: null,
    problem: null,
    stale: null,
  }));
  const latest = React.useRef(0);

  const check = React.useCallback(async (door: WorkbookDoor) => {
    const ticket = ++latest.current;
    const current = () => ticket === latest.current;
    dispatch({ type: "reading", progress: { phase: "Werkmap lezen", fraction: 0 } });
    try {
      const run = await runCheck(door, (progress) => {
        if (current()) dispatch({ type: "reading", progress });
      });
      if (current()) dispatch({ type: "checked", run });
    } catch (error) {
      const retry = () => void check(door);
      if (current()) dispatch({ type: "failed", problem: problemOf(error, retry, "De controle is niet gelukt") });
    }
  }, []);

  /** Re-read the stored state (a co-author may have saved other settings). */
  const reloadState = React.useCallback(async (door: WorkbookDoor) => {
    if (!door.excel) return;
    try {
      dispatch({ type: "state-loaded", state: await door.excel.readState() });
    } catch {
      // Excel busy (cell-edit mode): the next focus or change tries again
    }
  }, []);

  // In Excel: the stored state, a first check, and listening for changes by co-authors.
  React.useEffect(() => {
    const excel = excelDoor?.excel;
    if (!excelDoor || !excel) return;
    if (checkOnOpen) void check(excelDoor);
    else void reloadState(excelDoor);
    const stop = excel.watch((what) => {
      if (what === "state") void reloadState(excelDoor);
      else dispatch({ type: "data-changed" });
    });
    const onFocus = () => void reloadState(excelDoor);
    window.addEventListener("focus", onFocus);
    return () => {
      stop();
      window.removeEventListener("focus", onFocus);
    };
  }, [excelDoor, checkOnOpen, check, reloadState]);

  const refuseFile = React.useCallback((problem: ProblemInfo) => {
    ++latest.current;
    dispatch({ type: "file-refused", problem });
  }, []);

  const openFileData = React.useCallback(
    async (data: ArrayBuffer, name: string) => {
      const ticket = ++latest.current;
      dispatch({ type: "reading", progress: { phase: `${name} lezen` } });
      try {
        const door = await openFile(data, name);
        if (ticket !== latest.current) return;
        dispatch({ type: "file-opened", door, name });
        await check(door);
      } catch (error) {
        if (ticket === latest.current) refuseFile(problemOf(error, undefined, `${name} kon niet worden gelezen`));
      }
    },
    [openFile, check, refuseFile],
  );

  const { door, run } = session;
  const saveState = React.useCallback(
    async (next: StoredState) => {
      if (door) await door.saveState(next);
      dispatch({ type: "state-saved", state: next });
      if (door && run) await check(door);
    },
    [door, run, check],
  );

  const recheck = React.useCallback(() => {
    if (door) void check(door);
  }, [door, check]);

  const dismissProblem = React.useCallback(() => dispatch({ type: "dismiss-problem" }), []);

  return { session, recheck, openFile: openFileData, refuseFile, saveState, dismissProblem };
}
