import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// The Office add-in rules (eslint-plugin-office-addins, with its React settings). Its own config
// names no parser for TypeScript in this version, so typescript-eslint's parser is given here, and
// its @typescript-eslint plugin (registered for .ts only) is reused, the same object, for .tsx.
const typescriptPlugin = officeAddins.configs.react.find((config) => config.plugins?.["@typescript-eslint"])?.plugins[
  "@typescript-eslint"
];

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "tests/output/**"] },
  ...officeAddins.configs.react,
  { files: ["**/*.tsx"], plugins: { "@typescript-eslint": typescriptPlugin } },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaFeatures: { jsx: true }, sourceType: "module" },
    },
    rules: {
      "no-undef": "off", // TypeScript checks names itself, including the Office and jest globals
      "no-redeclare": "off", // a value and a type of the same name (Dec) are one TypeScript idiom
      "no-unused-vars": "off", // the TypeScript rule below understands type signatures
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // React as React people write it: the rules of hooks, complete dependencies, no refs read or
    // written during render, no state set in an effect (reset state with a key instead).
    files: ["src/taskpane/**/*.{ts,tsx}", "tests/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "react-hooks/refs": "error",
      "react-hooks/set-state-in-effect": "error",
      "react-hooks/set-state-in-render": "error",
      "react-hooks/no-deriving-state-in-effects": "error",
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: {
      ecmaVersion: "latest",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
      },
    },
  },
];
