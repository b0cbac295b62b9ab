// Runs one vitest project (see vitest.config.ts) with the normal terminal
// reporter plus the JSON reporter whose counts go into the summary.
import path from "node:path";
import { readJsonReport } from "./read-json";
import { localBin, runCommand } from "./run-command";
import { countVitestReport, type StepResult } from "./summary";

export async function runVitestProject(
  project: "unit" | "integration",
  stepName: string,
  reportDir: string,
  env: NodeJS.ProcessEnv,
): Promise<StepResult> {
  const reportFile = path.join(reportDir, `vitest-${project}.json`);
  const exitCode = await runCommand(
    localBin("vitest"),
    ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${reportFile}`],
    { env },
  );
  return countVitestReport(stepName, readJsonReport(reportFile), exitCode);
}
