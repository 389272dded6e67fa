import * as React from "react";
import { Button, Field, Input, Select, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { a1, CellBox, columnLetters, formatRange, parseCellRange, rangesOverlap } from "../../core/a1";
import { isGemeenteTable, MAX_GEMEENTE_ROWS, tableKind } from "../../core/detect/kind";
import { COLUMN_ROLES, ColumnRole, TABLE_KINDS, TableKind, VALUE_ROLES } from "../../core/detect/types";
import { classifyHeader } from "../../core/detect/vocabulary";
import { KIND_LABEL, ROLE_LABEL } from "../../core/labels";
import type { StoredState, StoredTable } from "../../core/stored-state";
import type { CellValue } from "../../core/workbook";
import type { WorkbookDoor } from "../../ports/workbook-door";
import { Problem, ProblemInfo, problemOf } from "./Problem";
import { usePaneStyles } from "../styles";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  columns: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
});

const MAX_COLUMNS = 30;

interface Draft {
  sheet: string;
  range: string;
  headers: string[];
  firstCol: number;
  roles: (ColumnRole | "")[];
  kind: TableKind;
}

function cellText(value: CellValue | undefined): string {
  if (!value || value.kind === "blank") return "";
  return String(value.value).trim();
}

/** Why a range cannot be a table the user points out, or null. */
function rangeProblem(box: CellBox | null): string | null {
  if (!box)
    return "Selecteer de hele tabel, met de kopregel, bijvoorbeeld B4:F14 (minstens twee rijen en twee kolommen).";
  const width = box.right - box.left + 1;
  if (box.bottom === box.top || width < 2)
    return "De selectie moet minstens twee rijen en twee kolommen hebben: de kopregel en de regels eronder.";
  if (width > MAX_COLUMNS)
    return `De selectie is ${width} kolommen breed; selecteer alleen de tabel (hoogstens ${MAX_COLUMNS} kolommen).`;
  return null;
}

/**
 * A draft of a table from its cells: roles from the headers (or kept from a stored choice), and
 * the kind core's detection would give it (core tableKind: the same rule, the same labels).
 */
function draftOf(sheet: string, box: CellBox, values: CellValue[][], stored: StoredTable | undefined): Draft {
  const width = box.right - box.left + 1;
  const headers = Array.from({ length: width }, (_, i) => cellText(values[0]?.[i]));
  const roles = headers.map((h, i): ColumnRole | "" => {
    const kept = stored?.roles[box.left + i];
    if (kept) return kept;
    return h ? (classifyHeader(h)?.role ?? "") : "";
  });
  if (!roles.includes("label") && roles[0] === "") roles[0] = "label";
  const labelIndex = roles.indexOf("label");
  const labels = values.slice(1).map((row) => cellText(row[labelIndex]) || null);
  const gemeenten = labelIndex >= 0 && isGemeenteTable(labels);
  return {
    sheet,
    range: formatRange(box),
    headers,
    firstCol: box.left,
    roles,
    kind: stored?.kind ?? tableKind(roles, gemeenten),
  };
}

function useSelectionCheck(door: WorkbookDoor, state: StoredState, onSave: (state: StoredState) => Promise<void>) {
  const [draft, setDraft] = React.useState<Draft | null>(null);
  const [problem, setProblem] = React.useState<ProblemInfo | null>(null);
  const [busy, setBusy] = React.useState(false);

  const start = async function start(target?: { sheet: string; range: string }): Promise<void> {
    setProblem(null);
    setBusy(true);
    try {
      let chosen = target;
      if (!chosen) {
        if (!door.excel) return;
        const selection = await door.excel.getSelection();
        chosen = { sheet: selection.sheet, range: selection.cell };
      }
      const box = parseCellRange(chosen.range);
      const refused = rangeProblem(box);
      if (refused || !box) {
        setProblem({ message: refused ?? "" });
        return;
      }
      // The header row and, for a table short enough to be one of the gemeenten, the rows below it.
      const rows = box.bottom - box.top > MAX_GEMEENTE_ROWS ? 0 : box.bottom - box.top;
      const values = await door.readRange(chosen.sheet, `${a1(box.top, box.left)}:${a1(box.top + rows, box.right)}`);
      const range = formatRange(box);
      const sheet = chosen.sheet;
      const stored = state.tables.find((t) => t.sheet === sheet && t.range === range);
      setDraft(draftOf(sheet, box, values, stored));
    } catch (error) {
      setProblem(problemOf(error, () => void start(target)));
    } finally {
      setBusy(false);
    }
  };

  const run = async function run(next: StoredState, done?: () => void): Promise<void> {
    setBusy(true);
    setProblem(null);
    try {
      await onSave(next);
      done?.();
    } catch (error) {
      setProblem(problemOf(error, () => void run(next, done)));
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (!draft) return;
    const roles: Record<number, ColumnRole> = {};
    draft.roles.forEach((role, i) => {
      if (role) roles[draft.firstCol + i] = role;
    });
    if (!Object.values(roles).some((r) => VALUE_ROLES.has(r))) {
      setProblem({ message: "Geef minstens één kolom met bedragen een rol (bijvoorbeeld Begroot / vastgesteld)." });
      return;
    }
    const table: StoredTable = { sheet: draft.sheet, range: draft.range, kind: draft.kind, roles };
    const others = state.tables.filter((t) => !rangesOverlap(t, table));
    await run({ ...state, tables: [...others, table] }, () => setDraft(null));
  };

  const remove = (table: StoredTable) => run({ ...state, tables: state.tables.filter((t) => t !== table) });

  return { draft, setDraft, problem, setProblem, busy, start, save, remove };
}

export interface SelectionCheckProps {
  door: WorkbookDoor;
  state: StoredState;
  /** Sheets to choose from outside Excel (there is no selection there). */
  sheets: string[];
  onSave: (state: StoredState) => Promise<void>;
}

/**
 * "Controleer selectie": a table the detection missed is checked anyway. The user selects it (in
 * Excel) or types its range (outside Excel), chooses the role of each column, and the choice is
 * stored in the workbook with the other settings.
 */
export function SelectionCheck({ door, state, sheets, onSave }: SelectionCheckProps) {
  const pane = usePaneStyles();
  const styles = useStyles();
  const { draft, setDraft, problem, setProblem, busy, start, save, remove } = useSelectionCheck(door, state, onSave);
  const [chosenSheet, setSheet] = React.useState(sheets[0] ?? "");
  const [rangeText, setRangeText] = React.useState("");
  // A sheet that is gone (another file, a new check) falls back to the first one.
  const sheet = sheets.includes(chosenSheet) ? chosenSheet : (sheets[0] ?? "");
  const inExcel = door.excel !== undefined;

  return (
    <div className={styles.root}>
      <p className={pane.muted}>
        Mist de controle een tabel?{" "}
        {inExcel
          ? "Selecteer in Excel de tabel met de kopregel en kies Controleer selectie."
          : "Geef het blad en het bereik van de tabel, met de kopregel."}{" "}
        {inExcel
          ? "De keuze wordt in de werkmap bewaard."
          : "De keuze geldt voor deze sessie; het bestand zelf wordt niet gewijzigd."}
      </p>
      {!inExcel && (
        <div className={pane.fieldRow}>
          <Field label="Blad" className={pane.grow}>
            <Select
              className={pane.select}
              select={{ className: pane.selectControl }}
              value={sheet}
              onChange={(_, data) => setSheet(data.value)}
            >
              {sheets.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Bereik" className={pane.grow}>
            <Input
              className={pane.select}
              input={{ className: pane.selectControl }}
              value={rangeText}
              placeholder="B4:F14"
              onChange={(_, data) => setRangeText(data.value)}
            />
          </Field>
        </div>
      )}
      <div className={pane.row}>
        <Button
          disabled={busy || (!inExcel && (!sheet || !rangeText))}
          onClick={() => void start(inExcel ? undefined : { sheet, range: rangeText })}
        >
          Controleer selectie
        </Button>
      </div>
      <Problem problem={problem} onDismiss={() => setProblem(null)} />
      {draft && (
        <div className={pane.card} role="group" aria-label={`Kolommen van ${draft.sheet}!${draft.range}`}>
          <p className={pane.subheading}>
            {draft.sheet}!{draft.range}
          </p>
          <Field label="Soort tabel">
            <Select
              className={pane.select}
              select={{ className: pane.selectControl }}
              value={draft.kind}
              onChange={(_, data) => setDraft({ ...draft, kind: data.value as TableKind })}
            >
              {TABLE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABEL[kind]}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.columns}>
            {draft.headers.map((header, i) => {
              const letter = columnLetters(draft.firstCol + i);
              return (
                <Field key={letter} label={`Kolom ${letter}${header ? `: ${header}` : ""}`}>
                  <Select
                    className={pane.select}
                    select={{ className: pane.selectControl }}
                    value={draft.roles[i]}
                    onChange={(_, data) => {
                      const roles = [...draft.roles];
                      roles[i] = data.value as ColumnRole | "";
                      setDraft({ ...draft, roles });
                    }}
                  >
                    <option value="">(niet gebruiken)</option>
                    {COLUMN_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {ROLE_LABEL[role]}
                      </option>
                    ))}
                  </Select>
                </Field>
              );
            })}
          </div>
          <div className={pane.row}>
            <Button appearance="primary" disabled={busy} onClick={() => void save()}>
              Opslaan en controleren
            </Button>
            <Button disabled={busy} onClick={() => setDraft(null)}>
              Annuleren
            </Button>
          </div>
        </div>
      )}
      {state.tables.length > 0 && (
        <section aria-label="Zelf aangewezen tabellen">
          <p className={pane.subheading}>Zelf aangewezen tabellen</p>
          <ul className={pane.list}>
            {state.tables.map((table) => (
              <li key={`${table.sheet}!${table.range}`} className={pane.row}>
                <span className={mergeClasses(pane.text, pane.grow)}>
                  {table.sheet}!{table.range} ({KIND_LABEL[table.kind]})
                </span>
                <Button
                  size="small"
                  disabled={busy}
                  onClick={() => void remove(table)}
                  aria-label={`Verwijder ${table.sheet}!${table.range}`}
                >
                  Verwijderen
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
