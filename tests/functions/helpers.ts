/** Helpers to read what a custom function returned, as Excel would show it. */
export interface ExcelErrorLike {
  code: string;
  message?: string;
}

export function isExcelError(value: unknown): value is ExcelErrorLike {
  return (
    value instanceof (globalThis as unknown as { CustomFunctions: { Error: new () => unknown } }).CustomFunctions.Error
  );
}

export function expectError(value: unknown, code: string, messagePart?: string | RegExp): void {
  expect(isExcelError(value)).toBe(true);
  const error = value as ExcelErrorLike;
  expect(error.code).toBe(code);
  if (messagePart !== undefined) expect(error.message ?? "").toMatch(messagePart);
}

/** A column range as Excel passes it. */
export const column = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
/** A row range as Excel passes it. */
export const row = (...values: unknown[]): unknown[][] => [values];
