import { readFileSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

/**
 * functions.json is what Excel reads to know IZA.FTE, IZA.VERDEEL and IZA.CHECKREALLOC. Ids and
 * parameter names never change once released (workbooks hold them); Excel caches this metadata,
 * so a change here also needs a new manifest version.
 */
interface Parameter {
  name: string;
  description: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { dimensionality?: string };
}

const source = join(__dirname, "../../src/functions/functions.ts");
const golden = JSON.parse(readFileSync(join(__dirname, "functions.golden.json"), "utf8"));

describe("functions.json metadata", () => {
  let metadata: { functions: FunctionMetadata[] };

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata([source], true);
    expect(result.errors).toEqual([]);
    metadata = JSON.parse(result.metadataJson);
  }, 60000);

  it("has the three functions with their released ids", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(["FTE", "VERDEEL", "CHECKREALLOC"]);
  });

  it("keeps parameter names, optional flags and matrix dimensions", () => {
    const shape = metadata.functions.map((f) => ({
      id: f.id,
      parameters: f.parameters.map(
        (p) => `${p.name}${p.optional ? "?" : ""}${p.dimensionality === "matrix" ? "[][]" : ""}`,
      ),
      result: f.result.dimensionality,
    }));
    expect(shape).toEqual([
      {
        id: "FTE",
        parameters: ["uren[][]", "werkuren_per_jaar?", "deeltijdfactor?"],
        result: "matrix",
      },
      {
        id: "VERDEEL",
        parameters: ["bedrag", "sleutel[][]", "decimalen?"],
        result: "matrix",
      },
      {
        id: "CHECKREALLOC",
        parameters: ["vastgesteld[][]", "gewijzigd[][]", "max_percentage?", "budgetplafond?"],
        result: "matrix",
      },
    ]);
  });

  it("describes every function and parameter in Dutch", () => {
    for (const f of metadata.functions) {
      expect(f.description).toMatch(/\b(een|de|het|per|en)\b/);
      for (const p of f.parameters) expect(p.description).toMatch(/\b(een|de|het|van|per|of)\b/i);
    }
  });

  it("matches the golden functions.json exactly", () => {
    expect(metadata).toEqual(golden);
  });
});
