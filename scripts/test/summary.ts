// Turns each step's outcome into passed/failed counts and prints the final
// summary. The CI reads the last line, `N passed, N failed`, so its format is
// fixed. Pure functions: unit-tested in tests/unit/harness-smoke.test.ts.

export type StepResult = {
  name: string;
  passed: number;
  failed: number;
  /** Not run because an earlier step failed; counts nothing by itself. */
  skipped?: boolean;
  note?: string;
};

/** typecheck, lint, build…: one check that passed or failed. */
export function checkResult(name: string, exitCode: number, note?: string): StepResult {
  return exitCode === 0 ? { name, passed: 1, failed: 0 } : { name, passed: 0, failed: 1, note: note ?? `código de salida ${exitCode}` };
}

/**
 * Never let a test run look green when it did not really run: no tests at all,
 * or a non-zero exit with no failing test (a file that failed to load, an
 * unhandled error, a crashed runner) count as one more failure.
 */
function guard(name: string, passed: number, failed: number, exitCode: number, note?: string): StepResult {
  if (passed + failed === 0) return { name, passed: 0, failed: 1, note: note ?? "no se ejecutó ninguna prueba / ran no test" };
  if (exitCode !== 0 && failed === 0) {
    return { name, passed, failed: 1, note: note ?? `el ejecutor terminó con código ${exitCode} sin pruebas fallidas` };
  }
  return { name, passed, failed, note };
}

type VitestJson = {
  numPassedTests?: number;
  numFailedTests?: number;
  testResults?: { name?: string; status?: string; message?: string; assertionResults?: { status?: string }[] }[];
};

/** Counts from vitest's jest-compatible JSON reporter (null: no report written). */
export function countVitestReport(name: string, report: unknown, exitCode: number): StepResult {
  if (report === null || typeof report !== "object") {
    return { name, passed: 0, failed: 1, note: `vitest no produjo informe (código ${exitCode})` };
  }
  const json = report as VitestJson;
  const passed = json.numPassedTests ?? 0;
  // A test file that throws while loading has status "failed" but no failed
  // assertion: each counts as one failure.
  const brokenFiles = (json.testResults ?? []).filter(
    (file) => file.status === "failed" && !(file.assertionResults ?? []).some((a) => a.status === "failed"),
  );
  const failed = (json.numFailedTests ?? 0) + brokenFiles.length;
  const note = brokenFiles.length > 0 ? `${brokenFiles.length} archivo(s) de prueba no cargaron` : undefined;
  return guard(name, passed, failed, exitCode, note);
}

type PlaywrightJson = {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  errors?: unknown[];
};

/** Counts from Playwright's JSON reporter (null: no report written). */
export function countPlaywrightReport(name: string, report: unknown, exitCode: number): StepResult {
  if (report === null || typeof report !== "object") {
    return { name, passed: 0, failed: 1, note: `Playwright no produjo informe (código ${exitCode})` };
  }
  const json = report as PlaywrightJson;
  // retries are 0, so "flaky" cannot happen; if someone enables retries, a
  // test that passed on retry still passed.
  const passed = (json.stats?.expected ?? 0) + (json.stats?.flaky ?? 0);
  // Global errors (broken config, a spec that fails to import) are failures too.
  const globalErrors = json.errors?.length ?? 0;
  const failed = (json.stats?.unexpected ?? 0) + globalErrors;
  return guard(name, passed, failed, exitCode, globalErrors > 0 ? `${globalErrors} error(es) fuera de las pruebas` : undefined);
}

export function totals(results: StepResult[]): { passed: number; failed: number } {
  return results.reduce((sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed }), { passed: 0, failed: 0 });
}

/** The exact last line the CI parses. */
export function summaryLine(results: StepResult[]): string {
  const { passed, failed } = totals(results);
  return `${passed} passed, ${failed} failed`;
}

export function formatReport(results: StepResult[]): string {
  const width = Math.max(...results.map((r) => r.name.length), 10);
  const rows = results.map((r) => {
    const mark = r.skipped ? "–" : r.failed > 0 ? "✖" : "✔";
    const counts = r.skipped ? "omitido" : `${r.passed} ok, ${r.failed} con fallas`;
    return `  ${mark} ${r.name.padEnd(width)}  ${counts}${r.note ? `  (${r.note})` : ""}`;
  });
  return ["Resumen:", ...rows, "", summaryLine(results)].join("\n");
}
