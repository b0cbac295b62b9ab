// Two vitest projects: `unit` (fast, no I/O, beside the code or in tests/unit)
// and `integration` (a real PostgreSQL server: TEST_DATABASE_URL, set by
// `npm test`, or a throwaway cluster started by the global setup).
// jsdom is not installed: every test runs in the node environment.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    // Same `@/` alias as tsconfig.json.
    alias: [{ find: /^@\//, replacement: root }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.{ts,tsx}", "lib/**/*.test.{ts,tsx}"],
          exclude: ["**/node_modules/**", "lib/generated/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/setup/global-setup.ts"],
          setupFiles: ["tests/integration/setup/env.ts"],
          // Each test file makes its own databases, but 2 CPU cores are shared
          // with PostgreSQL itself: one file at a time is as fast and simpler to read.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
