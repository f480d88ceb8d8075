import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // the pure domain stays pure: no framework, database or environment
    files: ["lib/domain/**/*.ts", "lib/policy.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["next", "next/*", "react", "drizzle-orm", "drizzle-orm/*", "@/db", "@/db/*", "postgres", "@electric-sql/*"] }],
      "no-restricted-properties": ["error", { object: "process", property: "env" }],
    },
  },
  globalIgnores([".next/**", ".next-*/**", "node_modules/**", ".data/**", ".tmp/**", "test-results/**", "playwright-report/**", "reports/**", "next-env.d.ts", "db/migrations/**"]),
]);
