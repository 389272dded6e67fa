import * as React from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import { parseAmountText } from "../../core/amounts";
import { Dec } from "../../core/decimal";
import { formatNumber } from "../../core/format";
import { fteDivisor } from "../../core/fte";
import { checkMaxPercentage } from "../../core/herverdeling";
import { defaultSettings } from "../../excel/state-format";
import type { PaneSettings } from "../door";
import { Notice, Problem, ProblemInfo, problemOf } from "../components/Problem";
import { usePaneStyles } from "../styles";
import type { PaneProps } from "./common";

interface Form {
  toekenning: string;
  grens: string;
  werkuren: string;
  deeltijd: string;
}

type Errors = Partial<Record<keyof Form, string>>;

function toForm(settings: PaneSettings): Form {
  return {
    toekenning: formatNumber(settings.toekenning, 0, 2),
    grens: formatNumber(settings.maxHerverdeling.times(100), 0, 4),
    werkuren: formatNumber(settings.werkurenPerJaar, 0, 2),
    deeltijd: formatNumber(settings.deeltijdfactor, 0, 4),
  };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The form as settings, or the Dutch message per field; the checks are the core's. */
export function parseForm(form: Form): { settings?: PaneSettings; errors: Errors } {
  const errors: Errors = {};
  const number = (field: keyof Form): { value: Dec; percent: boolean } | null => {
    const parsed = parseAmountText(form[field]);
    if (!parsed) errors[field] = "Typ een getal, bijvoorbeeld " + { toekenning: "4.747.850", grens: "20", werkuren: "2000", deeltijd: "0,68" }[field] + ".";
    return parsed;
  };
  const toekenning = number("toekenning");
  if (toekenning && !toekenning.value.gt(0)) errors.toekenning = "De toekenning moet groter zijn dan 0.";
  const grens = number("grens");
  let maxHerverdeling: Dec | undefined;
  if (grens) {
    try {
      maxHerverdeling = checkMaxPercentage(grens.value.dividedBy(100));
    } catch (error) {
      errors.grens = `Geef een percentage van 0 tot en met 100 (nu ${form.grens}).`;
      void error;
    }
  }
  const werkuren = number("werkuren");
  const deeltijdParsed = number("deeltijd");
  const deeltijd = deeltijdParsed ? (deeltijdParsed.percent ? deeltijdParsed.value.dividedBy(100) : deeltijdParsed.value) : null;
  if (werkuren && deeltijd) {
    try {
      fteDivisor(werkuren.value, deeltijd);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/werkuren/.test(message)) errors.werkuren = capital(message.replace("werkuren_per_jaar", "werkuren per jaar"));
      else errors.deeltijd = capital(message);
    }
  }
  if (Object.keys(errors).length > 0 || !toekenning || !maxHerverdeling || !werkuren || !deeltijd) return { errors };
  return {
    settings: { toekenning: toekenning.value, maxHerverdeling, werkurenPerJaar: werkuren.value, deeltijdfactor: deeltijd },
    errors,
  };
}

/** Instellingen: stored in the workbook, so every co-author checks with the same settings. */
export function InstellingenPane({ door, state, onSaveState }: PaneProps) {
  const pane = usePaneStyles();
  const [form, setForm] = React.useState<Form>(() => toForm(state.settings));
  const [errors, setErrors] = React.useState<Errors>({});
  const [notice, setNotice] = React.useState<string | null>(null);
  const [problem, setProblem] = React.useState<ProblemInfo | null>(null);
  const [saving, setSaving] = React.useState(false);
  const savedByMe = React.useRef(false);

  // New settings from the workbook (a co-author saved them): show them.
  React.useEffect(() => {
    setForm(toForm(state.settings));
    setErrors({});
    if (!savedByMe.current) setNotice(null);
    savedByMe.current = false;
  }, [state.settings]);

  const save = async () => {
    const parsed = parseForm(form);
    setErrors(parsed.errors);
    setNotice(null);
    setProblem(null);
    if (!parsed.settings) return;
    setSaving(true);
    try {
      savedByMe.current = true;
      await onSaveState({ ...state, settings: parsed.settings });
      setNotice(
        door?.mode === "excel"
          ? "Opgeslagen in de werkmap. Alle medeauteurs werken nu met deze instellingen."
          : "Toegepast voor deze sessie. Het bestand zelf wordt niet gewijzigd.",
      );
    } catch (error) {
      savedByMe.current = false;
      setProblem(problemOf(error, () => void save(), "Opslaan"));
    } finally {
      setSaving(false);
    }
  };

  const field = (key: keyof Form, label: string, hint: string) => (
    <Field
      label={label}
      hint={hint}
      validationState={errors[key] ? "error" : "none"}
      validationMessage={errors[key]}
    >
      <Input
        value={form[key]}
        inputMode="decimal"
        onChange={(_, data) => setForm({ ...form, [key]: data.value })}
        onKeyDown={(event) => {
          if (event.key === "Enter") void save();
        }}
      />
    </Field>
  );

  return (
    <div className={pane.pane}>
      <p className={pane.muted}>
        {door?.mode === "excel"
          ? "De instellingen staan in de werkmap zelf (verborgen blad IZA_instellingen), zodat iedereen die de werkmap deelt met dezelfde instellingen controleert."
          : "Buiten Excel gelden de instellingen voor deze sessie; een werkmap met het blad IZA_instellingen brengt zijn eigen instellingen mee."}
      </p>
      {field("toekenning", "Toekenning SPUK IZA (€ per jaar)", "Gebruikt als de werkmap geen cel Toekenning of Beschikbaar heeft.")}
      {field("grens", "Herverdelingsgrens (%)", "Per onderdeel, van het vastgestelde bedrag. Standaard 20.")}
      {field("werkuren", "Werkuren per jaar", "Van één voltijder. Standaard 2000.")}
      {field("deeltijd", "Deeltijdfactor", "1 geeft FTE; 0,68 geeft medewerkers in zorg en welzijn (regioplan).")}
      <div className={pane.row}>
        <Button appearance="primary" icon={<SaveRegular />} disabled={saving} onClick={() => void save()}>
          {door?.mode === "excel" ? "Opslaan in de werkmap" : "Toepassen"}
        </Button>
        <Button disabled={saving} onClick={() => setForm(toForm(defaultSettings()))}>
          Standaardwaarden
        </Button>
      </div>
      <Notice text={notice} onDismiss={() => setNotice(null)} />
      <Problem problem={problem} onDismiss={() => setProblem(null)} />
    </div>
  );
}
