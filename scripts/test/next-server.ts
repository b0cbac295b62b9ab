// Starts the production build (`next start`) for the e2e tests and waits until
// /api/health says the database is reachable and migrated. Its output goes to
// a log file, shown only when something goes wrong, to keep the CI log readable.
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { onCleanup } from "./cleanup";
import { localBin } from "./run-command";

export type NextServer = { baseUrl: string; logFile: string; pid: number | undefined; isRunning(): boolean; stop(): Promise<void> };

const HEALTH_TIMEOUT_MS = 90_000;

export function serverLogTail(logFile: string, lines = 80): string {
  if (!existsSync(logFile)) return "(sin registro)";
  return readFileSync(logFile, "utf8").split("\n").slice(-lines).join("\n");
}

export function startNextServer(port: number, env: NodeJS.ProcessEnv, logFile: string): NextServer {
  const out = openSync(logFile, "a");
  // detached: own process group, so stopping it also stops any worker it forks.
  const child = spawn(localBin("next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    env,
    detached: true,
    stdio: ["ignore", out, out],
  });
  closeSync(out);

  const alive = () => child.exitCode === null && child.signalCode === null;
  const killGroup = (signal: NodeJS.Signals) => {
    if (!child.pid || !alive()) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  // Emergency path (Ctrl-C, crash): no time to wait for a graceful exit.
  const emergency = onCleanup("el servidor Next", () => killGroup("SIGKILL"));

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    logFile,
    pid: child.pid,
    isRunning: alive,
    async stop() {
      if (alive()) {
        const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
        killGroup("SIGTERM");
        const timeout = new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref());
        await Promise.race([exited, timeout]);
      }
      emergency(); // SIGKILL whatever is left, then unregister
    },
  };
}

/** Polls GET /api/health until 200; returns an error description on timeout. */
export async function waitForHealth(server: NextServer): Promise<string | null> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let last = "sin respuesta";
  while (Date.now() < deadline) {
    if (!server.isRunning()) return "el proceso de `next start` terminó antes de estar listo";
    try {
      const response = await fetch(`${server.baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return null;
      last = `HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return `/api/health no respondió 200 en ${HEALTH_TIMEOUT_MS / 1000} s (último: ${last})`;
}
