/** `iza-controle`: checks IZA workbooks from the command line (see main.ts). */
import { main } from "./main";

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
}).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`iza-controle: onverwachte fout: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
