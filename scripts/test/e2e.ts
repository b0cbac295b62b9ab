// Production build, then the app as users get it: a fresh migrated and seeded
// database on the test cluster, `next start` on a free port, Playwright
// against it. Each prerequisite counts as one check, so a broken seed or a
// server that never becomes healthy shows up in the summary by name.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { runCheck } from "./check-step";
import { getFreePort } from "./free-port";
import { serverLogTail, startNextServer, waitForHealth } from "./next-server";
import { readJsonReport } from "./read-json";
import { localBin, runCommand } from "./run-command";
import { section } from "./section";
import { countPlaywrightReport, type StepResult } from "./summary";
import { createScratchDatabase, type ScratchDatabase } from "./test-database";

const E2E_STEP = "Pruebas end-to-end (Playwright)";

function skipped(note: string): StepResult {
  return { name: E2E_STEP, passed: 0, failed: 0, skipped: true, note };
}

function printServerLog(logFile: string): void {
  console.log(`\n--- Últimas líneas del registro de next start (${logFile}) ---\n${serverLogTail(logFile)}\n--- fin del registro ---`);
}

export async function runBuildAndEndToEnd(options: {
  adminUrl: string | null;
  reportDir: string;
  env: NodeJS.ProcessEnv;
  /** Only these spec files (default: all of tests/e2e). */
  specs?: string[];
  /** Reuse the build already in NEXT_DIST_DIR (a developer's quick re-run). */
  reuseBuild?: boolean;
}): Promise<StepResult[]> {
  const results: StepResult[] = [];
  // The production server refuses to start without a secret; a random one per
  // run keeps real secrets out of tests.
  const secret = randomBytes(32).toString("base64url");
  const env: NodeJS.ProcessEnv = { ...options.env, AUTH_SECRET: secret, NEXTAUTH_SECRET: secret };

  if (!options.reuseBuild) {
    const build = await runCheck("Compilación (next build)", localBin("next"), ["build"], env, "Compilación de producción (next build)");
    results.push(build);
    if (build.failed > 0) return [...results, skipped("la compilación falló")];
  }
  if (!options.adminUrl) return [...results, skipped("no hay servidor PostgreSQL de pruebas")];

  let database: ScratchDatabase;
  try {
    database = await createScratchDatabase(options.adminUrl, "e2e");
  } catch (error) {
    results.push({ name: "Base de datos e2e", passed: 0, failed: 1, note: (error as Error).message });
    return [...results, skipped("no se pudo crear la base de datos e2e")];
  }
  const dbEnv: NodeJS.ProcessEnv = { ...env, DATABASE_URL: database.url };
  try {
    const migrate = await runCheck("Migraciones e2e (npm run db:migrate)", "npm", ["run", "db:migrate"], dbEnv);
    results.push(migrate);
    if (migrate.failed > 0) return [...results, skipped("las migraciones fallaron")];
    // A failed seed is counted but does not stop the e2e run: smoke tests
    // (login page, health, 404) still tell us something.
    results.push(await runCheck("Datos de demostración (npm run db:seed)", "npm", ["run", "db:seed"], dbEnv));

    const port = await getFreePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const logFile = path.join(options.reportDir, "next-start.log");
    section(`Servidor de producción (next start en ${baseUrl})`);
    const server = startNextServer(port, { ...dbEnv, PORT: String(port), NEXTAUTH_URL: baseUrl }, logFile);
    try {
      const healthError = await waitForHealth(server);
      if (healthError) {
        results.push({ name: "Servidor listo (/api/health)", passed: 0, failed: 1, note: healthError });
        console.log(`✖ ${healthError}`);
        printServerLog(logFile);
        return [...results, skipped("el servidor no quedó listo")];
      }
      results.push({ name: "Servidor listo (/api/health)", passed: 1, failed: 0 });
      console.log("✔ /api/health respondió 200");

      section("Pruebas end-to-end (Playwright + Chromium)");
      const reportFile = path.join(options.reportDir, "playwright.json");
      const exitCode = await runCommand(localBin("playwright"), ["test", "--reporter=list,json", ...(options.specs ?? [])], {
        // TEST_DATABASE_URL: specs that start their own server (e.g. with
        // pending migrations) make their own databases on the test cluster.
        env: { ...dbEnv, E2E_BASE_URL: baseUrl, TEST_DATABASE_URL: options.adminUrl, PLAYWRIGHT_JSON_OUTPUT_FILE: reportFile },
      });
      const e2e = countPlaywrightReport(E2E_STEP, readJsonReport(reportFile), exitCode);
      results.push(e2e);
      if (e2e.failed > 0) printServerLog(logFile);
      return results;
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop().catch(() => {});
  }
}
