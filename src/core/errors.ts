/**
 * Errors of the domain, independent of Excel. The custom-functions door maps each kind to the
 * Excel error it stands for; other doors show the message.
 */
export type DomainErrorKind = "value" | "num" | "div0" | "na";

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** The function argument or setting the error is about ("deeltijdfactor", "max_percentage", "toekenning"). */
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
