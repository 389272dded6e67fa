/**
 * Errors of the domain, independent of Excel. The custom-functions door maps each kind to the
 * Excel error it stands for; other doors show the message.
 */
export type DomainErrorKind = "value" | "num" | "div0" | "na";

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const valueError = (message: string) => new DomainError("value", message);
export const numError = (message: string) => new DomainError("num", message);
export const div0Error = (message: string) => new DomainError("div0", message);
export const naError = (message: string) => new DomainError("na", message);
