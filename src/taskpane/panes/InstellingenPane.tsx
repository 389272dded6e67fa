import * as React from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import { parseAmountText } from "../../core/amounts";
import { Dec } from "../../core/decimal";
import { DomainError } from "../../core/errors";
import { formatNumber } from "../../core/format";
import { checkSetting, defaultSettings, SETTING_ARGUMENT, SettingKey, Settings } from "../../core/settings";
import { capitalize } from "../../core/text";
import { Notice, Problem, ProblemInfo, problemOf } from "../components/Problem";
import { VastgesteldChoice } from "../components/VastgesteldChoice";
import { stateToRows } from "../../core/stored-state";
import { usePaneStyles } from "../styles";
import type { PaneProps } from "./common";

interface Form {
  toekenning: string;
  grens: string;
  werkuren: string;
  deeltijd: string;
}

type FormField = keyof Form;
type Errors = Partial<Record<FormField, string>>;

/** The form field of each setting. */
const FIELD: Record<SettingKey, FormField> = {
  toekenning: "toekenning",
  maxHerverdeling: "grens",
  werkurenPerJaar: "werkuren",
  deeltijdfactor: "deeltijd",
};

/** The field a domain error is about, by the argument it names (never by its message text). */
const FIELD_OF_ARGUMENT: Record<string, FormField> = Object.fromEntries(
  (Object.keys(FIELD) as SettingKey[]).map((key) => [SETTING_ARGUMENT[key], FIELD[key]]),
);

const EXAMPLE: Record<FormField, string> = { toekenning: "4.747.850", grens: "20", werkuren: "2000", deeltijd: "0,68" };

function toForm(settings: Settings): Form {
  return {
    toekenning: formatNumber(settings.toekenning, 0, 2),
    grens: formatNumber(settings.maxHerverdeling.times(100), 0, 4),
    werkuren: formatNumber(settings.werkurenPerJaar, 0, 2),
    deeltijd: formatNumber(settings.deeltijdfactor, 0, 4),
  };
}

/** The form's text as the value of a setting: the limit in percent, the deeltijdfactor also as "68%". */
function fieldValue(field: FormField, text: string): Dec | null {
  const parsed = parseAmountText(text);
  if (!parsed) return null;
  if (field === "grens") return parsed.value.dividedBy(100);
  if (field === "deeltijd" && parsed.percent) return parsed.value.dividedBy(100);
  return parsed.value;
}

/** The message at a field for a setting the core refuses. */
function fieldMessage(field: FormField, form: Form, error: DomainError): string {
  if (field === "grens") return `Geef een percentage van 0 tot en met 100 (nu ${form.grens}).`;
  if (field === "toekenning") return "De toekenning moet groter zijn dan 0.";
  return capitalize(error.message.replace("werkuren_per_jaar", "werkuren per jaar"));
}

/** The form as settings, or the Dutch message per field; the checks are the core's (checkSetting). */
export function parseForm(form: Form): { settings?: Settings; errors: Errors } {
  const errors: Errors = {};
  const settings: Partial<Settings> = {};
  for (const key of Object.keys(FIELD) as SettingKey[]) {
    const field = FIELD[key];
    const value = fieldValue(field, form[field]);
    if (!value) {
      errors[field] = `Typ een getal, bijvoorbeeld ${EXAMPLE[field]}.`;
      continue;
    }
    try {
      settings[key] = checkSetting(key, value);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const target = (error.argument && FIELD_OF_ARGUMENT[error.argument]) || field;
      errors[target] = fieldMessage(target, form, error);
    }
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { settings: settings as Settings, errors };
}

/** A key of the settings: a new one when a co-author (or the user) stored other settings. */
export function settingsKey(settings: Settings): string {
  return (Object.keys(FIELD) as SettingKey[]).map((key) => settings[key].toString()).join("|");
}

/** Instellingen: stored in the workbook, so every co-author checks with the same settings. */
export function InstellingenPane({ door, run, state, onSaveState, openFile }: PaneProps) {
  const pane = usePaneStyles();
  const inExcel = door?.excel !== undefined;
  const current = settingsKey(state.settings);
  // The confirmation belongs to the settings just saved (and those it replaced): gone when others arrive.
  const [saved, setSaved] = React.useState<{ keys: string[]; text: string } | null>(null);
  const [problem, setProblem] = React.useState<ProblemInfo | null>(null);

  const save = React.useCallback(
    async function save(settings: Settings): Promise<void> {
      setSaved(null);
      setProblem(null);
      try {
        await onSaveState({ ...state, settings });
        setSaved({
          keys: [current, settingsKey(settings)],
          text: inExcel
            ? "Opgeslagen in de werkmap. Alle medeauteurs werken nu met deze instellingen."
            : "Toegepast voor deze sessie. Het bestand zelf wordt niet gewijzigd.",
        });
      } catch (error) {
        setProblem(problemOf(error, () => void save(settings), "Opslaan"));
      }
    },
    [onSaveState, state, inExcel, current],
  );

  return (
    <div className={pane.pane}>
      <p className={pane.muted}>
        {inExcel
          ? "De instellingen staan in de werkmap zelf (verborgen blad IZA_instellingen), zodat iedereen die de werkmap deelt met dezelfde instellingen controleert."
          : "Buiten Excel gelden de instellingen voor deze sessie; een werkmap met het blad IZA_instellingen brengt zijn eigen instellingen mee."}
      </p>
      {/* New settings from the workbook (a co-author saved them) give a fresh form: keyed by them. */}
      <SettingsForm key={current} settings={state.settings} inExcel={inExcel} onSave={save} />
      <Notice text={saved?.keys.includes(current) ? saved.text : null} onDismiss={() => setSaved(null)} />
      <Problem problem={problem} onDismiss={() => setProblem(null)} />
      <VastgesteldChoice
        key={JSON.stringify(stateToRows(state).find((r) => r[0] === "vastgesteld") ?? null)}
        door={door}
        run={run}
        state={state}
        onSaveState={onSaveState}
        openFile={openFile}
      />
    </div>
  );
}

interface SettingsFormProps {
  settings: Settings;
  inExcel: boolean;
  onSave: (settings: Settings) => Promise<void>;
}

function useSettingsForm(settings: Settings, onSave: (settings: Settings) => Promise<void>) {
  const [form, setForm] = React.useState<Form>(() => toForm(settings));
  const [errors, setErrors] = React.useState<Errors>({});
  const [saving, setSaving] = React.useState(false);
  const save = async () => {
    const parsed = parseForm(form);
    setErrors(parsed.errors);
    if (!parsed.settings) return;
    setSaving(true);
    try {
      await onSave(parsed.settings);
    } finally {
      setSaving(false);
    }
  };
  return {
    form,
    errors,
    saving,
    save,
    change: (field: FormField, value: string) => setForm((f) => ({ ...f, [field]: value })),
    reset: () => setForm(toForm(defaultSettings())),
  };
}

function SettingsForm({ settings, inExcel, onSave }: SettingsFormProps) {
  const pane = usePaneStyles();
  const { form, errors, saving, save, change, reset } = useSettingsForm(settings, onSave);

  const field = (key: FormField, label: string, hint: string) => (
    <Field label={label} hint={hint} validationState={errors[key] ? "error" : "none"} validationMessage={errors[key]}>
      <Input
        value={form[key]}
        inputMode="decimal"
        onChange={(_, data) => change(key, data.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") void save();
        }}
      />
    </Field>
  );

  return (
    <>
      {field(
        "toekenning",
        "Toekenning SPUK IZA (€ per jaar)",
        "Gebruikt als de werkmap geen cel Toekenning of Beschikbaar heeft.",
      )}
      {field("grens", "Herverdelingsgrens (%)", "Per onderdeel, van het vastgestelde bedrag. Standaard 20.")}
      {field("werkuren", "Werkuren per jaar", "Van één voltijder. Standaard 2000.")}
      {field("deeltijd", "Deeltijdfactor", "1 geeft FTE; 0,68 geeft medewerkers in zorg en welzijn (regioplan).")}
      <div className={pane.row}>
        <Button appearance="primary" icon={<SaveRegular />} disabled={saving} onClick={() => void save()}>
          {inExcel ? "Opslaan in de werkmap" : "Toepassen"}
        </Button>
        <Button disabled={saving} onClick={reset}>
          Standaardwaarden
        </Button>
      </div>
    </>
  );
}
