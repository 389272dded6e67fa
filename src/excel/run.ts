/* global Excel */

/**
 * Every Office.js batch of the pane goes through `runExcel`: one Excel.run per user action, with
 * Excel's errors turned into a Dutch message the pane can show. The one that matters most in daily
 * use: while the user is typing in a cell, Excel refuses every API call
 * (InvalidOperationInCellEditMode). Nothing is written then (the whole batch is refused), so the
 * pane says so and offers "Opnieuw proberen", which simply runs the same action again.
 */

export type ExcelActionErrorKind =
  "cell-edit" | "not-found" | "protected" | "conflict" | "payload" | "not-empty" | "unsupported" | "other";

export class ExcelActionError extends Error {
  constructor(
    readonly kind: ExcelActionErrorKind,
    message: string,
    /** True when trying the same action again can succeed (after the user did something). */
    readonly retryable: boolean,
    readonly code?: string,
  ) {
    super(message);
    this.name = "ExcelActionError";
  }
}

export const CELL_EDIT_MESSAGE =
  "Excel is nog bezig met het bewerken van een cel. Druk in Excel op Enter of Esc om de cel af te sluiten en kies dan Opnieuw proberen. Er is niets gewijzigd.";

/** The Office error code of a rejected batch ("InvalidOperationInCellEditMode", ...), if any. */
export function officeErrorCode(error: unknown): string | undefined {
  if (error && typeof error === "object" && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/** Excel's error as the pane's error, with a Dutch message. */
export function toActionError(error: unknown): ExcelActionError {
  if (error instanceof ExcelActionError) return error;
  const code = officeErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new ExcelActionError("cell-edit", CELL_EDIT_MESSAGE, true, code);
    case "ItemNotFound":
      return new ExcelActionError(
        "not-found",
        "Het blad of de cel bestaat niet meer (hernoemd of verwijderd?). Controleer de werkmap opnieuw.",
        false,
        code,
      );
    case "AccessDenied":
      return new ExcelActionError(
        "protected",
        "Excel staat deze wijziging niet toe: het blad of de werkmap is beveiligd of alleen-lezen. Er is niets gewijzigd.",
        false,
        code,
      );
    case "Conflict":
    case "InsertDeleteConflict":
    case "ItemAlreadyExists": // two co-authors created the settings sheet at the same moment
      return new ExcelActionError(
        "conflict",
        "Een medeauteur wijzigde tegelijk hetzelfde deel van de werkmap. Kies Opnieuw proberen.",
        true,
        code,
      );
    case "ResponsePayloadSizeLimitExceeded":
    case "RequestPayloadSizeLimitExceeded":
      return new ExcelActionError(
        "payload",
        "De werkmap is te groot om in één keer te lezen. Kies Opnieuw proberen; blijft dit gebeuren, verwijder dan lege opmaak onder en naast de tabellen.",
        true,
        code,
      );
    case "ApiNotFound":
    case "NotImplemented":
    case "UnsupportedOperation":
      return new ExcelActionError(
        "unsupported",
        "Deze versie van Excel kent deze functie nog niet. Werk Excel bij of gebruik Excel op het web.",
        false,
        code,
      );
    default:
      return new ExcelActionError("other", `Excel meldt een fout: ${detail}`, false, code);
  }
}

/** Run one batch in Excel; any failure comes out as an ExcelActionError. */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toActionError(error);
  }
}

/**
 * Try an action again while Excel is in cell-edit mode, a few times with a pause, before giving
 * up with the cell-edit message. For actions the user just started (a click on a finding), so that
 * the common case (the user clicked the pane while still in a cell, Excel leaves edit mode on the
 * click) works without a message.
 */
export async function retryWhileEditing<T>(
  action: () => Promise<T>,
  attempts = 3,
  pauseMs = 400,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      const actionError = toActionError(error);
      if (actionError.kind !== "cell-edit" || attempt >= attempts) throw actionError;
      await sleep(pauseMs);
    }
  }
}
