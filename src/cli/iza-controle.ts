/** `iza-controle`: checks IZA workbooks from the command line (see main.ts). */
import { wantsJson } from "./args";
import { main } from "./main";

const argv = process.argv.slice(2);
main(argv, {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
}).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    const message = `onverwachte fout: ${error instanceof Error ? error.message : String(error)}`;
    // With --json stdout holds one JSON document whatever happens; main() wrote nothing yet.
    if (wantsJson(argv)) process.stdout.write(`${JSON.stringify({ error: message })}\n`);
    process.stderr.write(`iza-controle: ${message}\n`);
    process.exitCode = 2;
  },
);
