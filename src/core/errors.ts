/**
 * Errors of the domain, independent of Excel. The custom-functions door maps each kind to the
 * Excel error it stands for; other doors show the message.
 *
 * Excel shows the message of a custom function's error only for #VALUE! and #N/A
 * (office-js-docs-pr, docs/excel/custom-functions-errors.md: "The #VALUE! and #N/A errors also
 * support custom error messages"). So every error the user can fix is a "value" (or "na") error
 * whose message names the argument and what is allowed; "num" and "div0" are kept for what
 * Excel's own functions answer the same way and needs no explanation (a result beyond a double,
 * a division by a total of 0).
 */
export type DomainErrorKind = "value" | "num" | "div0" | "na";

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** The function argument or setting the error is about ("deeltijdfactor", "max_percentage"). */
    readonly argument?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const valueError = (message: string, argument?: string) => new DomainError("value", message, argument);
export const numError = (message: string, argument?: string) => new DomainError("num", message, argument);
export const div0Error = (message: string, argument?: string) => new DomainError("div0", message, argument);
export const naError = (message: string, argument?: string) => new DomainError("na", message, argument);
