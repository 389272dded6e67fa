import { existsSync } from "node:fs";
import path from "node:path";

/** The full path of a program on PATH (soffice for LibreOffice), or null. */
export function onPath(program: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, program);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}
