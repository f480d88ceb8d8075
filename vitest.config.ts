import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url)).replace(/\/$/, "");

export default defineConfig({
  // "server-only" throws outside a React server bundle; tests import services directly
  resolve: { alias: { "@": root, "server-only": `${root}/lib/testing/server-only-stub.ts` } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.itest.ts"],
          exclude: ["node_modules/**"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // one PGlite instance per file is heavy; two cores here
          maxWorkers: 2,
        },
      },
    ],
  },
});
