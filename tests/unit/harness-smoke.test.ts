// The counting rules of the test harness (scripts/test/summary.ts): the CI
// trusts the summary line, so a run that did not really run must not look green.
import { describe, expect, it } from "vitest";
import {
  checkResult,
  countPlaywrightReport,
  countVitestReport,
  formatReport,
  summaryLine,
} from "@/scripts/test/summary";
import { databaseUrl, uniqueDatabaseName } from "@/scripts/test/test-database";

describe("countVitestReport", () => {
  it("counts passed and failed tests", () => {
    const report = { numPassedTests: 3, numFailedTests: 1, testResults: [{ status: "failed", assertionResults: [{ status: "failed" }] }] };
    expect(countVitestReport("unit", report, 1)).toMatchObject({ passed: 3, failed: 1 });
  });

  it("counts a run with zero tests as a failure", () => {
    expect(countVitestReport("unit", { numPassedTests: 0, numFailedTests: 0, testResults: [] }, 0)).toMatchObject({ passed: 0, failed: 1 });
  });

  it("counts a test file that failed to load", () => {
    const report = { numPassedTests: 2, numFailedTests: 0, testResults: [{ status: "failed", assertionResults: [] }, { status: "passed" }] };
    expect(countVitestReport("unit", report, 1)).toMatchObject({ passed: 2, failed: 1 });
  });

  it("counts a non-zero exit without failing tests, and a missing report", () => {
    expect(countVitestReport("unit", { numPassedTests: 2, numFailedTests: 0 }, 1)).toMatchObject({ passed: 2, failed: 1 });
    expect(countVitestReport("unit", null, 1)).toMatchObject({ passed: 0, failed: 1 });
  });
});

describe("countPlaywrightReport", () => {
  it("counts expected as passed and unexpected plus global errors as failed", () => {
    const report = { stats: { expected: 4, unexpected: 1, flaky: 0, skipped: 0 }, errors: [{ message: "boom" }] };
    expect(countPlaywrightReport("e2e", report, 1)).toMatchObject({ passed: 4, failed: 2 });
  });

  it("counts a run with zero tests as a failure", () => {
    expect(countPlaywrightReport("e2e", { stats: { expected: 0, unexpected: 0 }, errors: [] }, 0)).toMatchObject({ failed: 1 });
  });
});

describe("summary", () => {
  it("ends with the exact line the CI parses", () => {
    const results = [checkResult("tsc", 0), checkResult("eslint", 2), { name: "e2e", passed: 0, failed: 0, skipped: true }];
    expect(summaryLine(results)).toBe("1 passed, 1 failed");
    const lines = formatReport(results).split("\n");
    expect(lines.at(-1)).toMatch(/^\d+ passed, \d+ failed$/);
  });
});

describe("test database names", () => {
  it("are valid unique identifiers and keep the server in the URL", () => {
    const a = uniqueDatabaseName("Mi Prueba!");
    expect(a).toMatch(/^faro_mi_prueba_[a-z0-9_]+$/);
    expect(a.length).toBeLessThanOrEqual(63);
    expect(uniqueDatabaseName("x")).not.toBe(uniqueDatabaseName("x"));
    expect(databaseUrl("postgresql://postgres@127.0.0.1:5555/postgres", a)).toBe(`postgresql://postgres@127.0.0.1:5555/${a}`);
  });
});
