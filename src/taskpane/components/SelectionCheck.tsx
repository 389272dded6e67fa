import * as React from "react";
import { Button, Field, Input, Select, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ColumnRole, TableKind } from "../../core/engine";
import { classifyHeader } from "../../core/detect/vocabulary";
import { a1, parseA1 } from "../../core/workbook";
import type { CellValue } from "../../core/workbook";
import type { StoredState, StoredTable, WorkbookDoor } from "../door";
import { KIND_LABEL, ROLE_LABEL } from "../labels";
import { rangeBox } from "../check";
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

const ROLES = Object.keys(ROLE_LABEL) as ColumnRole[];
const KINDS = Object.keys(KIND_LABEL) as TableKind[];
const MAX_COLUMNS = 30;

interface Draft {
  sheet: string;
  range: string;
  headers: string[];
  firstCol: number;
  roles: (ColumnRole | "")[];
  kind: TableKind;
}

function normaliseRange(text: string): string | null {
  const clean = text.trim().toUpperCase().replace(/\$/g, "");
  if (!/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/.test(clean)) return null;
  const [from, to] = clean.split(":").map(parseA1);
  const top = Math.min(from.row, to.row);
  const bottom = Math.max(from.row, to.row);
  const left = Math.min(from.col, to.col);
  const right = Math.max(from.col, to.col);
  return `${a1(top, left)}:${a1(bottom, right)}`;
}

function headerText(value: CellValue | undefined): string {
  if (!value || value.kind === "blank") return "";
  return String(value.value).trim();
}

/** The kind a set of roles suggests; the user can change it. */
function guessKind(roles: readonly (ColumnRole | "")[]): TableKind {
  if (roles.includes("changed")) return "herverdeling";
  if (roles.includes("key")) return "verdeling";
  if (roles.includes("actual") || roles.includes("invoiced")) return "realisatie";
  return "begroting";
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
  const [draft, setDraft] = React.useState<Draft | null>(null);
  const [problem, setProblem] = React.useState<ProblemInfo | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [sheet, setSheet] = React.useState(sheets[0] ?? "");
  const [rangeText, setRangeText] = React.useState("");

  React.useEffect(() => {
    if (!sheets.includes(sheet)) setSheet(sheets[0] ?? "");
  }, [sheets, sheet]);

  const start = async (target?: { sheet: string; range: string }) => {
    setProblem(null);
    setBusy(true);
    try {
      let chosen = target;
      if (!chosen) {
        if (!door.getSelection) return;
        const selection = await door.getSelection();
        chosen = { sheet: selection.sheet, range: selection.cell };
      }
      const range = normaliseRange(chosen.range);
      if (!range) {
        setProblem({ message: "Selecteer de hele tabel, met de kopregel, bijvoorbeeld B4:F14 (minstens twee rijen en twee kolommen)." });
        return;
      }
      const box = rangeBox(chosen.sheet, range);
      const width = box.right - box.left + 1;
      if (box.bottom === box.top || width < 2) {
        setProblem({ message: "De selectie moet minstens twee rijen en twee kolommen hebben: de kopregel en de regels eronder." });
        return;
      }
      if (width > MAX_COLUMNS) {
        setProblem({ message: `De selectie is ${width} kolommen breed; selecteer alleen de tabel (hoogstens ${MAX_COLUMNS} kolommen).` });
        return;
      }
      const headerRow = await door.readRange(chosen.sheet, `${a1(box.top, box.left)}:${a1(box.top, box.right)}`);
      const headers = Array.from({ length: width }, (_, i) => headerText(headerRow[0]?.[i]));
      const stored = state.tables.find((t) => t.sheet === chosen!.sheet && t.range === range);
      const roles = headers.map((h, i): ColumnRole | "" => {
        const kept = stored?.roles[box.left + i];
        if (kept) return kept;
        return h ? (classifyHeader(h)?.role ?? "") : "";
      });
      if (!roles.includes("label") && roles[0] === "") roles[0] = "label";
      setDraft({ sheet: chosen.sheet, range, headers, firstCol: box.left, roles, kind: stored?.kind ?? guessKind(roles) });
    } catch (error) {
      setProblem(problemOf(error, () => void start(target)));
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
    if (!Object.values(roles).some((r) => r !== "label" && r !== "notes")) {
      setProblem({ message: "Geef minstens één kolom met bedragen een rol (bijvoorbeeld Begroot / vastgesteld)." });
      return;
    }
    const table: StoredTable = { sheet: draft.sheet, range: draft.range, kind: draft.kind, roles };
    const box = rangeBox(table.sheet, table.range);
    const others = state.tables.filter((t) => {
      const b = rangeBox(t.sheet, t.range);
      return !(b.sheet === box.sheet && b.top <= box.bottom && box.top <= b.bottom && b.left <= box.right && box.left <= b.right);
    });
    setBusy(true);
    setProblem(null);
    try {
      await onSave({ ...state, tables: [...others, table] });
      setDraft(null);
    } catch (error) {
      setProblem(problemOf(error, () => void save()));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (table: StoredTable) => {
    setBusy(true);
    setProblem(null);
    try {
      await onSave({ ...state, tables: state.tables.filter((t) => t !== table) });
    } catch (error) {
      setProblem(problemOf(error, () => void remove(table)));
    } finally {
      setBusy(false);
    }
  };

  const inExcel = door.mode === "excel";
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
            <Select className={pane.select} select={{ className: pane.selectControl }} value={sheet} onChange={(_, data) => setSheet(data.value)}>
              {sheets.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Bereik" className={pane.grow}>
            <Input className={pane.select} input={{ className: pane.selectControl }} value={rangeText} placeholder="B4:F14" onChange={(_, data) => setRangeText(data.value)} />
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
            <Select className={pane.select} select={{ className: pane.selectControl }} value={draft.kind} onChange={(_, data) => setDraft({ ...draft, kind: data.value as TableKind })}>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABEL[kind]}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.columns}>
            {draft.headers.map((header, i) => {
              const letter = a1(1, draft.firstCol + i).replace(/\d+$/, "");
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
                    {ROLES.map((role) => (
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
