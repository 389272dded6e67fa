import * as React from "react";
import { Button, Field, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { DeleteRegular, FolderOpenRegular, SaveRegular } from "@fluentui/react-icons";
import { WORKBOOK_ACCEPT } from "../../core/file-formats";
import { isPaneSheet, StoredState } from "../../core/stored-state";
import { encodeStoredVastgesteld, StoredVastgesteld, vastgesteldLines, VastgesteldCheck } from "../../core/vastgesteld";
import { findVastgesteld } from "../../core/vastgesteld-source";
import type { OpenFile, WorkbookDoor } from "../../ports/workbook-door";
import type { CheckRun } from "../check";
import { usePaneStyles } from "../styles";
import { Notice, Problem, ProblemInfo, problemOf } from "./Problem";

/** Excel keeps at most this many characters in a cell: the stored form of a file's begroting must fit. */
const MAX_CELL_TEXT = 32767;

export interface VastgesteldChoiceProps {
  door: WorkbookDoor | null;
  run: CheckRun | null;
  state: StoredState;
  onSaveState: (state: StoredState) => Promise<void>;
  /** How a chosen file is read (the reader in the page, through the port). */
  openFile?: OpenFile;
}

const NONE = "";

/** What is chosen now, in words: "Blad "Vastgesteld"", "Bestand 'x.xlsx' (zoals gelezen)", "Geen". */
function choiceText(chosen: StoredVastgesteld | undefined): string {
  if (!chosen) return "Geen: de begrotingen worden alleen met zichzelf gecontroleerd.";
  if (chosen.kind === "blad") return `Blad "${chosen.sheet}" van deze werkmap.`;
  const b = chosen.begroting;
  return `Bestand '${b.workbook}', blad "${b.sheet}" (${b.onderdelen.length} onderdelen, zoals gelezen toen het werd gekozen).`;
}

/**
 * The choice of the vastgestelde begroting (issue 16 §2), as a hook: a sheet of this workbook, or a
 * file read now and kept as its onderdelen and amounts; saving goes through the door like every
 * stored setting (in Excel into IZA_instellingen, outside Excel for this session).
 */
export function useVastgesteldChoice({ run, state, onSaveState, openFile }: VastgesteldChoiceProps) {
  const [sheet, setSheet] = React.useState<string>(state.vastgesteld?.kind === "blad" ? state.vastgesteld.sheet : NONE);
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<ProblemInfo | null>(null);
  const [saved, setSaved] = React.useState<string | null>(null);

  const store = async (vastgesteld: StoredVastgesteld | undefined, done: string): Promise<void> => {
    setProblem(null);
    setSaved(null);
    if (vastgesteld && encodeStoredVastgesteld(vastgesteld).length > MAX_CELL_TEXT) {
      setProblem({
        title: "Niet opgeslagen",
        message: `Deze begroting is te groot om in de werkmap te bewaren (meer dan ${MAX_CELL_TEXT} tekens). Kies een blad van deze werkmap, of gebruik iza-controle --vastgesteld.`,
      });
      return;
    }
    const next: StoredState = { settings: state.settings, tables: state.tables };
    if (vastgesteld) next.vastgesteld = vastgesteld;
    setBusy(true);
    try {
      await onSaveState(next);
      setSaved(done);
    } catch (error) {
      setProblem(problemOf(error, () => void store(vastgesteld, done), "Opslaan"));
    } finally {
      setBusy(false);
    }
  };

  const chooseSheet = () =>
    store(
      sheet === NONE ? undefined : { kind: "blad", sheet },
      sheet === NONE ? "Geen vastgestelde begroting meer." : `Blad "${sheet}" is de vastgestelde begroting.`,
    );

  const chooseFile = async (data: ArrayBuffer, name: string): Promise<void> => {
    setProblem(null);
    setSaved(null);
    if (!openFile) return;
    setBusy(true);
    let found;
    try {
      const { model } = await (await openFile(data, name)).read();
      found = findVastgesteld({ kind: "werkmap", model }, model);
    } catch (error) {
      setProblem(problemOf(error, undefined, `${name} kon niet worden gelezen`));
      return;
    } finally {
      setBusy(false);
    }
    if ("problem" in found) {
      setProblem({ title: `${name} is niet gebruikt`, message: `Er is ${found.problem}.` });
      return;
    }
    setSheet(NONE);
    await store({ kind: "vast", begroting: found.begroting }, `${name} is de vastgestelde begroting.`);
  };

  // The pane's own sheets (IZA_instellingen, reports) hold no begroting.
  const sheets = run ? run.model.sheets.filter((s) => !isPaneSheet(s.name)).map((s) => s.name) : [];
  return { sheet, setSheet, sheets, busy, problem, setProblem, saved, setSaved, chooseSheet, chooseFile, store };
}

/** The report of the last check about the vastgestelde begroting, line by line. */
function CheckLines({ check, workbook }: { check: VastgesteldCheck; workbook: string }) {
  const pane = usePaneStyles();
  const lines = vastgesteldLines(check, workbook);
  if (check.problem) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{lines[0]}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <ul className={pane.list} aria-label="Zo zijn de onderdelen gekoppeld">
      {lines.map((line, i) => (
        <li key={i} className={pane.muted}>
          {line.trim()}
        </li>
      ))}
    </ul>
  );
}

/** "Vastgestelde begroting": choose a sheet of the workbook or a file; see what the last check compared. */
export function VastgesteldChoice(props: VastgesteldChoiceProps) {
  const pane = usePaneStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const { door, run, state, openFile } = props;
  const choice = useVastgesteldChoice(props);
  const inExcel = door?.excel !== undefined;
  const chosen = state.vastgesteld;
  const canRead = openFile !== undefined && door !== null && run !== null;
  const take = (file: File) =>
    void file.arrayBuffer().then(
      (data) => choice.chooseFile(data, file.name),
      () =>
        choice.setProblem({
          title: `${file.name} kon niet worden gelezen`,
          message: "Het bestand kon niet worden geopend.",
        }),
    );
  // A file dropped on the card is chosen as a file picked with the button.
  const dropProps = canRead
    ? {
        onDragOver: (event: React.DragEvent) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = "copy";
        },
        onDrop: (event: React.DragEvent) => {
          event.preventDefault();
          const file = event.dataTransfer.files?.[0];
          if (file) take(file);
        },
      }
    : {};

  return (
    <section className={pane.card} aria-labelledby="vastgesteld-kop" {...dropProps}>
      <h2 id="vastgesteld-kop" className={pane.heading}>
        Vastgestelde begroting
      </h2>
      <p className={pane.muted}>
        De 20%-regel meet vanaf de begroting die de PhO heeft vastgesteld. Staat die op een ander blad of in een ander
        bestand, kies die dan hier: elke begroting in de werkmap wordt per onderdeel daarmee vergeleken.
      </p>
      <p className={pane.text}>{choiceText(chosen)}</p>
      {run?.vastgesteld && <CheckLines check={run.vastgesteld} workbook={run.model.name} />}
      {!door || !run ? (
        <p className={pane.muted}>Controleer eerst de werkmap; daarna kunt u hier een blad kiezen.</p>
      ) : (
        <>
          <div className={pane.fieldRow}>
            <Field label="Blad van deze werkmap" className={pane.grow}>
              <Select className={pane.select} value={choice.sheet} onChange={(_, data) => choice.setSheet(data.value)}>
                <option value={NONE}>Geen</option>
                {choice.sheets.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
            <Button icon={<SaveRegular />} disabled={choice.busy} onClick={() => void choice.chooseSheet()}>
              Blad gebruiken
            </Button>
          </div>
          <div className={pane.row}>
            {openFile && (
              <>
                <Button icon={<FolderOpenRegular />} disabled={choice.busy} onClick={() => input.current?.click()}>
                  Ander bestand kiezen…
                </Button>
                <span className={pane.muted}>of sleep het hierheen</span>
                <input
                  ref={input}
                  type="file"
                  accept={WORKBOOK_ACCEPT}
                  hidden
                  aria-label="Bestand met de vastgestelde begroting"
                  onChange={(event) => {
                    const file = event.target.files?.[0];
                    event.target.value = "";
                    if (file) take(file);
                  }}
                />
              </>
            )}
            {chosen && (
              <Button
                icon={<DeleteRegular />}
                disabled={choice.busy}
                onClick={() => {
                  choice.setSheet(NONE);
                  void choice.store(undefined, "Geen vastgestelde begroting meer.");
                }}
              >
                Geen vastgestelde begroting
              </Button>
            )}
          </div>
          <p className={pane.muted}>
            {inExcel
              ? "De keuze wordt in de werkmap bewaard. Van een blad de naam; van een ander bestand niet het bestand zelf, maar de naam, de plaats van de tabel en de onderdelen met hun bedragen zoals ze nu gelezen worden. Kies het bestand opnieuw als het is gewijzigd."
              : "Buiten Excel geldt de keuze voor deze sessie; het bestand zelf wordt niet gewijzigd."}
          </p>
        </>
      )}
      <Notice text={choice.saved} onDismiss={() => choice.setSaved(null)} />
      <Problem problem={choice.problem} onDismiss={() => choice.setProblem(null)} />
    </section>
  );
}
