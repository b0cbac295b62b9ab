// Reads a runner's JSON report; null when it was not written (runner crashed
// or refused to start) or is not valid JSON, which the counters treat as a failure.
import { existsSync, readFileSync } from "node:fs";

export function readJsonReport(file: string): unknown {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as unknown;
  } catch {
    return null;
  }
}
