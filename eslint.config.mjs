import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", ".next-*/", "test-results*/", "generated/", ".data/", "test-results/", "playwright-report/", "next-env.d.ts", "**/.tmp*", "public/sw.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ["**/*.{js,mjs}"], languageOptions: { globals: { console: "readonly", process: "readonly", performance: "readonly" } } },
  // The generator marks answer spans in text with U+0001, which its patterns then match on purpose.
  { files: ["lib/generate/**/*.ts"], rules: { "no-control-regex": "off" } },
  // Patches Prisma's internal adapter objects, which have no public types.
  { files: ["prisma.config.ts"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
