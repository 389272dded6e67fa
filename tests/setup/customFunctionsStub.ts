/**
 * The global that Excel's custom functions runtime provides, as small as the functions need:
 * an Error class with a code and a message, and the error codes as Excel shows them. As in the
 * runtime (custom-functions-runtime.js of @microsoft/office-js, CustomFunctionError), the message
 * is "" when none is given: that is how an error cell reaches a function.
 */
class CustomFunctionsError {
  public message: string;
  constructor(
    public code: string,
    message?: string,
  ) {
    this.message = message || "";
  }
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
