// npm run test:e2e:only -- [--reuse-build] [spec files…]
// The e2e part of npm test alone, for a developer iterating on a few specs:
// (build,) a fresh migrated + seeded database on TEST_DATABASE_URL's server,
// next start, Playwright on the given specs. npm test stays the judge.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { onCleanup, runAllCleanups } from "./cleanup";
import { runBuildAndEndToEnd } from "./e2e";
import { formatReport, totals } from "./summary";

async function main(): Promise<number> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("Defina TEST_DATABASE_URL (servidor PostgreSQL de pruebas, superusuario).");
  const args = process.argv.slice(2);
  const reportDir = mkdtempSync(path.join(os.tmpdir(), "faro-e2e-only-"));
  onCleanup("los informes temporales", () => rmSync(reportDir, { recursive: true, force: true }));
  // As in npm test: no developer DATABASE_URL, each tool sets its NODE_ENV.
  const kept = Object.entries(process.env).filter(([key]) => key !== "DATABASE_URL" && key !== "NODE_ENV");
  const env: NodeJS.ProcessEnv = {
    ...(Object.fromEntries(kept) as NodeJS.ProcessEnv),
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-test",
  };
  const results = await runBuildAndEndToEnd({
    adminUrl,
    reportDir,
    env,
    reuseBuild: args.includes("--reuse-build"),
    specs: args.filter((a) => !a.startsWith("--")),
  });
  runAllCleanups();
  console.log(formatReport(results));
  return totals(results).failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    runAllCleanups();
    console.error(`✖ ${(error as Error).message}`);
    process.exit(1);
  },
);
