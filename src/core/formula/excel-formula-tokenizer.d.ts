/**
 * The package's own index.d.ts declares `tokenize` without exporting it; this augmentation exports
 * what its index.js does export (`module.exports.tokenize`).
 */
import "excel-formula-tokenizer";

declare module "excel-formula-tokenizer" {
  export function tokenize(formula: string, options?: Options): Token[];
}
