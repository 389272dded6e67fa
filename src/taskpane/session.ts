import * as React from "react";
import type { Settings } from "../core/settings";
import { defaultState, stateToRows, StoredState } from "../core/stored-state";
import type { OpenFile, ReadProgress, WorkbookDoor } from "../ports/workbook-door";
import type { CheckRun } from "./check";
import { runCheck } from "./check";
import { ProblemInfo, problemOf } from "./components/Problem";

/**
 * The pane's session: the workbooks open in it (in Excel the one open workbook; outside Excel any
 * number of files), which one is shown, the last check of each, the settings chosen for the whole
 * session, and what is going on. One reducer, so every change is one step and nothing is kept in
 * refs; async results that arrive after a newer action for the same workbook are dropped by their
 * ticket.
 *
 * Outside Excel the files are read one after another, and of each only its model is kept (in its
 * door and its check), never its bytes: fourteen workbooks of a few thousand cells each stay small.
 * A file that cannot be read is listed with its reason, beside the others.
 */
export interface OpenWorkbook {
  id: number;
  /** The file's name; "" for the workbook in Excel (its name comes with the check). */
  name: string;
  /** null while it is being read, and for a file that could not be read. */
  door: WorkbookDoor | null;
  /** What the check used of the workbook's stored state (settings and table roles). */
  state: StoredState;
  run: CheckRun | null;
  progress: ReadProgress | null;
  /** Why it could not be read or checked. */
  problem: ProblemInfo | null;
  /** The file could not be read at all: listed with its reason only. */
  refused: boolean;
  /** Why the findings may be out of date, or null. */
  stale: string | null;
}

export interface Session {
  workbooks: OpenWorkbook[];
  /** The workbook whose findings are shown; null outside Excel while several are open and none is chosen. */
  activeId: number | null;
  /** Outside Excel: the settings chosen in the page, for every file of the session until changed. */
  choices: Partial<Settings>;
  /** A problem of no one workbook (a sample that would not load). */
  problem: ProblemInfo | null;
  /** Files of the last batch still to read: "3 van 14". */
  batch: { done: number; total: number } | null;
  /** Where the keyboard focus goes after the user opened or chose something. */
  focus: { target: "results" | "overview"; n: number } | null;
}

type Action =
  | { type: "added"; workbooks: OpenWorkbook[]; activate: boolean }
  | { type: "reading"; id: number; progress: ReadProgress }
  | { type: "opened"; id: number; door: WorkbookDoor }
  | { type: "checked"; id: number; run: CheckRun }
  | { type: "failed"; id: number; problem: ProblemInfo; refused: boolean }
  | { type: "batch"; batch: Session["batch"] }
  | { type: "focus"; target: "results" | "overview" }
  | { type: "activate"; id: number | null; focus: boolean }
  | { type: "choices"; choices: Partial<Settings> }
  | { type: "state-loaded"; id: number; state: StoredState }
  | { type: "state-saved"; id: number; state: StoredState }
  | { type: "data-changed"; id: number }
  | { type: "problem"; problem: ProblemInfo | null }
  | { type: "dismiss-problem"; id: number | null };

export const STATE_CHANGED =
  "De instellingen in de werkmap zijn gewijzigd (door u of een medeauteur). Controleer opnieuw om ze te gebruiken.";
export const DATA_CHANGED = "De werkmap is gewijzigd sinds de controle.";

export function sameState(a: StoredState, b: StoredState): boolean {
  return JSON.stringify(stateToRows(a)) === JSON.stringify(stateToRows(b));
}

function update(session: Session, id: number, change: (w: OpenWorkbook) => OpenWorkbook): Session {
  return { ...session, workbooks: session.workbooks.map((w) => (w.id === id ? change(w) : w)) };
}

function nextFocus(session: Session, target: "results" | "overview"): Session["focus"] {
  return { target, n: (session.focus?.n ?? 0) + 1 };
}

function reduce(session: Session, action: Action): Session {
  switch (action.type) {
    case "added": {
      // A file opened again replaces the one of the same name, in its place in the list.
      const byName = new Map(action.workbooks.map((w) => [w.name, w]));
      const kept = session.workbooks.map((w) => byName.get(w.name) ?? w);
      const fresh = action.workbooks.filter((w) => !session.workbooks.some((old) => old.name === w.name));
      return {
        ...session,
        workbooks: [...kept, ...fresh],
        activeId: action.activate ? (action.workbooks[0]?.id ?? null) : session.activeId,
        problem: null,
      };
    }
    case "reading":
      return update(session, action.id, (w) => ({ ...w, progress: action.progress, problem: null }));
    case "opened":
      return update(session, action.id, (w) => ({ ...w, door: action.door }));
    case "checked":
      return update(session, action.id, (w) => ({
        ...w,
        run: action.run,
        state: action.run.state,
        stale: null,
        progress: null,
        problem: null,
      }));
    case "failed":
      return update(session, action.id, (w) => ({
        ...w,
        problem: action.problem,
        progress: null,
        ...(action.refused ? { refused: true, door: null, run: null } : {}),
      }));
    case "batch":
      return { ...session, batch: action.batch };
    case "focus":
      return { ...session, focus: nextFocus(session, action.target) };
    case "activate":
      return {
        ...session,
        activeId: action.id,
        focus: action.focus ? nextFocus(session, action.id === null ? "overview" : "results") : session.focus,
      };
    case "choices":
      return { ...session, choices: action.choices };
    case "state-loaded":
      return update(session, action.id, (w) =>
        sameState(action.state, w.state) ? w : { ...w, state: action.state, stale: w.run ? STATE_CHANGED : w.stale },
      );
    case "state-saved":
      return update(session, action.id, (w) => ({ ...w, state: action.state }));
    case "data-changed":
      return update(session, action.id, (w) => (w.run ? { ...w, stale: DATA_CHANGED } : w));
    case "problem":
      return { ...session, problem: action.problem };
    case "dismiss-problem":
      return action.id === null
        ? { ...session, problem: null }
        : update(session, action.id, (w) => (w.refused ? w : { ...w, problem: null }));
  }
}

/** A file to open: its name and how to get its bytes (which may refuse it, with the Dutch reason). */
export interface FileSource {
  name: string;
  load: () => Promise<ArrayBuffer>;
}

export interface SessionOptions {
  /** The open workbook in Excel; absent outside Office. */
  excelDoor?: WorkbookDoor;
  /** Outside Office: how a file becomes a door. */
  openFile: OpenFile;
  /** In Excel: check as soon as the pane opens. */
  checkOnOpen: boolean;
}

function newWorkbook(id: number, name: string, door: WorkbookDoor | null): OpenWorkbook {
  return {
    id,
    name,
    door,
    state: defaultState(),
    run: null,
    progress: null,
    problem: null,
    refused: false,
    stale: null,
  };
}

/** The id of the workbook in Excel. */
const EXCEL_ID = 0;

export function useSession({ excelDoor, openFile, checkOnOpen }: SessionOptions) {
  const [session, dispatch] = React.useReducer(reduce, undefined, (): Session => ({
    workbooks: excelDoor ? [newWorkbook(EXCEL_ID, "", excelDoor)] : [],
    activeId: excelDoor ? EXCEL_ID : null,
    choices: {},
    problem: null,
    batch: null,
    focus: null,
  }));
  /** The latest ticket per workbook, and the last id given out. */
  const tickets = React.useRef(new Map<number, number>());
  const lastId = React.useRef(EXCEL_ID);
  const choicesRef = React.useRef<Partial<Settings>>({});
  React.useEffect(() => {
    choicesRef.current = session.choices;
  }, [session.choices]);

  const check = React.useCallback(async (id: number, door: WorkbookDoor, choices?: Partial<Settings>) => {
    const ticket = (tickets.current.get(id) ?? 0) + 1;
    tickets.current.set(id, ticket);
    const current = () => tickets.current.get(id) === ticket;
    dispatch({ type: "reading", id, progress: { phase: "Werkmap lezen", fraction: 0 } });
    try {
      const run = await runCheck(
        door,
        (progress) => {
          if (current()) dispatch({ type: "reading", id, progress });
        },
        undefined,
        door.excel ? undefined : (choices ?? choicesRef.current),
      );
      if (current()) dispatch({ type: "checked", id, run });
    } catch (error) {
      const retry = () => void check(id, door);
      if (current())
        dispatch({
          type: "failed",
          id,
          problem: problemOf(error, retry, "De controle is niet gelukt"),
          refused: false,
        });
    }
  }, []);

  /** Re-read the stored state (a co-author may have saved other settings). */
  const reloadState = React.useCallback(async (door: WorkbookDoor) => {
    if (!door.excel) return;
    try {
      dispatch({ type: "state-loaded", id: EXCEL_ID, state: await door.excel.readState() });
    } catch {
      // Excel busy (cell-edit mode): the next focus or change tries again
    }
  }, []);

  // In Excel: the stored state, a first check, and listening for changes by co-authors.
  React.useEffect(() => {
    const excel = excelDoor?.excel;
    if (!excelDoor || !excel) return;
    if (checkOnOpen) void check(EXCEL_ID, excelDoor);
    else void reloadState(excelDoor);
    const stop = excel.watch((what) => {
      if (what === "state") void reloadState(excelDoor);
      else dispatch({ type: "data-changed", id: EXCEL_ID });
    });
    const onFocus = () => void reloadState(excelDoor);
    window.addEventListener("focus", onFocus);
    return () => {
      stop();
      window.removeEventListener("focus", onFocus);
    };
  }, [excelDoor, checkOnOpen, check, reloadState]);

  /**
   * Outside Excel: open files, one after another (only one file's bytes in memory at a time).
   * One file is shown at once; of several, the overview is shown and the focus goes to it.
   */
  const openFiles = React.useCallback(
    async (sources: readonly FileSource[]) => {
      if (sources.length === 0) return;
      const entries = sources.map((source) => newWorkbook(++lastId.current, source.name, null));
      const single = sources.length === 1;
      dispatch({ type: "added", workbooks: entries, activate: single });
      if (!single) dispatch({ type: "activate", id: null, focus: false });
      dispatch({ type: "batch", batch: { done: 0, total: sources.length } });
      for (let i = 0; i < sources.length; i++) {
        const { id, name } = entries[i];
        tickets.current.set(id, (tickets.current.get(id) ?? 0) + 1);
        const ticket = tickets.current.get(id);
        dispatch({ type: "reading", id, progress: { phase: `${name} lezen` } });
        try {
          let data: ArrayBuffer | null = await sources[i].load();
          const door = await openFile(data, name);
          data = null; // the model is in the door now; the bytes can go
          if (tickets.current.get(id) !== ticket) continue;
          dispatch({ type: "opened", id, door });
          await check(id, door);
        } catch (error) {
          if (tickets.current.get(id) === ticket)
            dispatch({
              type: "failed",
              id,
              problem: problemOf(error, undefined, `${name} kon niet worden gelezen`),
              refused: true,
            });
        }
        dispatch({ type: "batch", batch: i + 1 < sources.length ? { done: i + 1, total: sources.length } : null });
      }
      dispatch({ type: "focus", target: single ? "results" : "overview" });
    },
    [openFile, check],
  );

  const active = session.workbooks.find((w) => w.id === session.activeId) ?? null;
  const activeDoor = active?.door ?? null;
  const activeRun = active?.run ?? null;
  const activeId = active?.id ?? null;

  /** Store table roles (and in Excel the settings) for the workbook shown, then check it again. */
  const saveState = React.useCallback(
    async (next: StoredState) => {
      if (activeId === null) return;
      if (activeDoor) await activeDoor.saveState(next);
      dispatch({ type: "state-saved", id: activeId, state: next });
      if (activeDoor && activeRun) await check(activeId, activeDoor);
    },
    [activeId, activeDoor, activeRun, check],
  );

  /**
   * Outside Excel: settings for every file of the session (until changed); every open file is
   * checked again with them.
   */
  const { workbooks } = session;
  const chooseSettings = React.useCallback(
    async (choices: Partial<Settings>) => {
      dispatch({ type: "choices", choices });
      for (const w of workbooks) if (w.door && !w.refused) await check(w.id, w.door, choices);
    },
    [workbooks, check],
  );

  /** Check the workbook shown again (the user asked: the focus goes to the results). */
  const recheck = React.useCallback(async () => {
    if (!activeDoor || activeId === null) return;
    await check(activeId, activeDoor);
    dispatch({ type: "focus", target: "results" });
  }, [activeDoor, activeId, check]);

  /** Show one workbook's findings (or, with null, the overview); the focus follows. */
  const activate = React.useCallback((id: number | null) => dispatch({ type: "activate", id, focus: true }), []);
  const showProblem = React.useCallback((problem: ProblemInfo) => dispatch({ type: "problem", problem }), []);
  const dismissProblem = React.useCallback(() => dispatch({ type: "dismiss-problem", id: activeId }), [activeId]);

  return {
    session,
    active,
    recheck,
    openFiles,
    activate,
    showProblem,
    saveState,
    chooseSettings,
    dismissProblem,
  };
}
