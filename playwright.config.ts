// End-to-end tests against a running server (E2E_BASE_URL). `npm test`
// builds the app, starts it with a seeded database and sets E2E_BASE_URL; run
// alone, point E2E_BASE_URL at your own `npm run dev` / `npm start`.
// Playwright cannot download its browsers here: we drive the system Chromium.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  throw new Error(
    `No se encontró Chromium en ${chromiumPath}. Instálelo con \`apt-get install -y chromium\` (paquete Debian \`chromium\`) o defina CHROMIUM_PATH. / Chromium not found: install the Debian package \`chromium\` or set CHROMIUM_PATH.`,
  );
}

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000",
    locale: "es-CO",
    timezoneId: "America/Bogota",
    screenshot: "only-on-failure",
    trace: "off",
    video: "off",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath,
          // Root in a container without network: no sandbox, no GPU, and
          // nothing that phones home (component updates, sync, QUIC probes).
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
          ],
        },
      },
    },
  ],
});
