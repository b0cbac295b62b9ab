// npm test — the whole suite, in the order a failure is cheapest to find:
// generate → typecheck → lint → unit → integration (real PostgreSQL) → build →
// e2e. Every step runs even when an earlier one failed (unless it needs what
// failed), so one run shows everything that is broken. The last line is
// `N passed, N failed` for the CI; the exit code is non-zero on any failure.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { onCleanup, runAllCleanups } from "./cleanup";
import { runBuildAndEndToEnd } from "./e2e";
import { startPostgresCluster } from "./postgres-cluster";
import { runCheck } from "./check-step";
import { localBin } from "./run-command";
import { section } from "./section";
import { formatReport, totals, type StepResult } from "./summary";
import { runVitestProject } from "./vitest-step";

/**
 * The children's environment. DATABASE_URL is removed so that no step can
 * touch the developer's own database by accident: each step that needs a
 * database gets one from the test cluster explicitly.
 */
function baseEnv(): NodeJS.ProcessEnv {
  // NODE_ENV too: each tool sets its own (vitest: test, next: production).
  const dropped = new Set(["DATABASE_URL", "NODE_ENV"]);
  const kept = Object.entries(process.env).filter(([key]) => !dropped.has(key));
  return {
    ...(Object.fromEntries(kept) as NodeJS.ProcessEnv),
    NEXT_TELEMETRY_DISABLED: "1",
    // Its own build folder: a demo running from .next is left alone.
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-test",
    // vitest.config.ts is ESM in a package without "type": "module"; Vite 8
    // warns about it three times per run, which only buries real output.
    VITE_CONFIG_NATIVE_IGNORE_WARNING: "true",
  };
}

// Module level so that a crash of the harness itself still reports what ran.
const results: StepResult[] = [];

async function main(): Promise<number> {
  const started = Date.now();
  const env = baseEnv();
  const reportDir = mkdtempSync(path.join(os.tmpdir(), "faro-test-reports-"));
  onCleanup("los informes temporales", () => rmSync(reportDir, { recursive: true, force: true }));

  results.push(
    await runCheck("Cliente de Prisma (generate)", process.execPath, ["scripts/prisma-generate.mjs"], env, "Cliente de Prisma (prisma generate)"),
    await runCheck("Tipos (tsc --noEmit)", localBin("tsc"), ["--noEmit"], env, "Verificación de tipos (tsc --noEmit)"),
    await runCheck("Lint (eslint)", localBin("eslint"), ["--max-warnings=0", "."], env, "Lint (eslint --max-warnings=0)"),
  );

  section("Pruebas unitarias (vitest, proyecto unit)");
  results.push(await runVitestProject("unit", "Pruebas unitarias", reportDir, env));

  section("Pruebas de integración (PostgreSQL real)");
  let adminUrl: string | null = process.env.TEST_DATABASE_URL ?? null;
  if (adminUrl) {
    console.log("Usando el servidor de TEST_DATABASE_URL.");
  } else {
    try {
      adminUrl = (await startPostgresCluster((line) => console.log(line))).url;
    } catch (error) {
      console.error(`✖ ${(error as Error).message}`);
      results.push({ name: "Pruebas de integración", passed: 0, failed: 1, note: "no se pudo iniciar PostgreSQL" });
    }
  }
  if (adminUrl) {
    results.push(await runVitestProject("integration", "Pruebas de integración", reportDir, { ...env, TEST_DATABASE_URL: adminUrl }));
  }

  results.push(...(await runBuildAndEndToEnd({ adminUrl, reportDir, env })));

  // Stop the cluster and delete temp dirs before the summary, so that the
  // summary really is the last line of the output.
  runAllCleanups();
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(`\n${"═".repeat(70)}\nDuración total: ${minutes} min`);
  console.log(formatReport(results));
  return totals(results).failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A bug in the harness itself: still clean up and still print a summary
    // line the CI can read, counting the crash as a failure.
    runAllCleanups();
    console.error(`✖ Error inesperado del arnés de pruebas: ${(error as Error).stack ?? String(error)}`);
    results.push({ name: "Arnés de pruebas", passed: 0, failed: 1, note: "error inesperado" });
    console.log(formatReport(results));
    process.exit(1);
  },
);
