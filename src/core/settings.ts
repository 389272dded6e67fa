import { Dec } from "./decimal";
import { numError } from "./errors";
import { CheckSettings } from "./findings";
import { formatEuro } from "./format";
import { DEFAULT_DEELTIJDFACTOR, DEFAULT_WERKUREN_PER_JAAR, fteDivisor } from "./fte";
import { TOEKENNING_NML } from "./gemeenten";
import { checkMaxPercentage, DEFAULT_MAX_PERCENTAGE } from "./herverdeling";

/** The settings of a check and of the functions, stored in the workbook so that all co-authors share them. */
export interface Settings extends CheckSettings {
  /** Werkuren per jaar of one full-timer (regioplan: 2000). */
  werkurenPerJaar: Dec;
  /** Average part-time factor, 0 < f ≤ 1 (1 gives FTE; 0,68 the regioplan's "medewerkers"). */
  deeltijdfactor: Dec;
}

export type SettingKey = keyof Settings;
export const SETTING_KEYS: readonly SettingKey[] = [
  "toekenning",
  "maxHerverdeling",
  "werkurenPerJaar",
  "deeltijdfactor",
];

/** The function argument a setting is (DomainError.argument names these). */
export const SETTING_ARGUMENT: Readonly<Record<SettingKey, string>> = {
  toekenning: "toekenning",
  maxHerverdeling: "max_percentage",
  werkurenPerJaar: "werkuren_per_jaar",
  deeltijdfactor: "deeltijdfactor",
};

export function defaultSettings(): Settings {
  return {
    toekenning: new Dec(TOEKENNING_NML),
    maxHerverdeling: DEFAULT_MAX_PERCENTAGE,
    werkurenPerJaar: DEFAULT_WERKUREN_PER_JAAR,
    deeltijdfactor: DEFAULT_DEELTIJDFACTOR,
  };
}

/**
 * The value of one setting after the same checks the functions make (IZA.CHECKREALLOC's
 * max_percentage, IZA.FTE's werkuren_per_jaar and deeltijdfactor); a DomainError whose
 * `argument` names the setting's argument (SETTING_ARGUMENT) otherwise.
 */
export function checkSetting(key: SettingKey, value: Dec): Dec {
  switch (key) {
    case "toekenning":
      if (!value.gt(0)) throw numError(`toekenning moet groter zijn dan 0 (nu ${formatEuro(value)})`, "toekenning");
      return value;
    case "maxHerverdeling":
      return checkMaxPercentage(value);
    case "werkurenPerJaar":
      fteDivisor(value, DEFAULT_DEELTIJDFACTOR);
      return value;
    case "deeltijdfactor":
      fteDivisor(DEFAULT_WERKUREN_PER_JAAR, value);
      return value;
  }
}
