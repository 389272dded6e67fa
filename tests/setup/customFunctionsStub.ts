/**
 * The global that Excel's custom functions runtime provides, as small as the functions need:
 * an Error class with a code and a message, and the error codes as Excel shows them.
 */
class CustomFunctionsError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
};
