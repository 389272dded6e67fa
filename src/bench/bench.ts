import { benchFunctions } from "./functions-bench";

// The custom functions runtime's global, as small as the functions need outside Excel.
class BenchError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: BenchError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
};

async function main(): Promise<void> {
  const functions = benchFunctions();
  console.log(JSON.stringify(functions, null, 1));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
