// A throwaway PostgreSQL cluster for the tests: initdb into a fresh temp dir,
// start it on a free loopback port with its unix socket inside that dir (so it
// never clashes with a system cluster on 5432 or /var/run/postgresql), and
// delete everything on stop. Durability is switched off: the data is thrown
// away anyway, and fsync dominates the cost of CREATE DATABASE and migrations.
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { onCleanup } from "./cleanup";
import { findPostgresBinDir } from "./find-postgres";
import { getFreePort } from "./free-port";

export type PostgresCluster = {
  /** Superuser connection to the `postgres` database of the cluster. */
  url: string;
  port: number;
  dir: string;
  /** Stops the server and deletes its directory. Idempotent, synchronous. */
  stop(): void;
  /** Stops the server but keeps its data (a database restart in tests). */
  halt(): void;
  /** Starts a halted server again on the same port. */
  resume(): void;
};

type Log = (line: string) => void;

const SPEED_SETTINGS = ["-c fsync=off", "-c full_page_writes=off", "-c synchronous_commit=off"];

/**
 * PostgreSQL refuses to run as root, so as root every server command runs as
 * the `postgres` OS user (created by the Debian package) and the temp dir is
 * handed over to it.
 */
export function resolveRunAs(): { prefix: string[]; uid: number; gid: number } | null {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return null;
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { prefix: ["runuser", "-u", "postgres", "--"], uid, gid };
  } catch {
    throw new Error(
      "Se ejecuta como root y no existe el usuario `postgres` del sistema: instale el paquete `postgresql` (apt-get install -y postgresql). / Running as root without a `postgres` OS user.",
    );
  }
}

export function run(prefix: string[], binary: string, args: string[]): { ok: boolean; output: string } {
  const [command, ...rest] = [...prefix, binary, ...args];
  if (!command) return { ok: false, output: "empty command" };
  const result = spawnSync(command, rest, { encoding: "utf8" });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}${result.error ? result.error.message : ""}`;
  return { ok: result.status === 0, output };
}

function tail(file: string, lines = 40): string {
  if (!existsSync(file)) return "(sin registro)";
  return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
}

export async function startPostgresCluster(log: Log = () => {}): Promise<PostgresCluster> {
  const binDir = findPostgresBinDir();
  const runAs = resolveRunAs();
  const prefix = runAs?.prefix ?? [];

  const dir = mkdtempSync(path.join(os.tmpdir(), "faro-pg-"));
  const dataDir = path.join(dir, "data");
  const socketDir = path.join(dir, "socket");
  const logFile = path.join(dir, "postgres.log");
  mkdirSync(socketDir);
  if (runAs) {
    chownSync(dir, runAs.uid, runAs.gid);
    chownSync(socketDir, runAs.uid, runAs.gid);
  }

  let stopped = false;
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    // postmaster.pid exists while a server may be running, even one whose
    // `pg_ctl start` timed out: stop it in that case too.
    if (existsSync(path.join(dataDir, "postmaster.pid"))) {
      const fast = run(prefix, path.join(binDir, "pg_ctl"), ["-D", dataDir, "-m", "fast", "-w", "-t", "30", "stop"]);
      if (!fast.ok) run(prefix, path.join(binDir, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const stop = onCleanup(`el clúster de PostgreSQL en ${dir}`, stopNow);

  try {
    log(`Creando clúster temporal con ${binDir} en ${dir}…`);
    // trust auth: the cluster listens on loopback only and lives for one run.
    const init = run(prefix, path.join(binDir, "initdb"), [
      "-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync",
    ]);
    if (!init.ok) throw new Error(`initdb falló / failed:\n${init.output}`);

    // The free port can be taken between our probe and the server's bind:
    // retry a couple of times with a new one.
    for (let attempt = 1; ; attempt++) {
      const port = await getFreePort();
      const options = ["-c listen_addresses=127.0.0.1", `-p ${port}`, `-k ${socketDir}`, ...SPEED_SETTINGS].join(" ");
      const start = run(prefix, path.join(binDir, "pg_ctl"), ["-D", dataDir, "-l", logFile, "-w", "-t", "60", "-o", options, "start"]);
      if (start.ok) {
        log(`PostgreSQL escuchando en 127.0.0.1:${port}`);
        const pgCtl = (args: string[]) => {
          const result = run(prefix, path.join(binDir, "pg_ctl"), ["-D", dataDir, ...args]);
          if (!result.ok) throw new Error(`pg_ctl ${args.at(-1)} falló / failed:\n${result.output}\n${tail(logFile)}`);
        };
        const halt = () => pgCtl(["-m", "fast", "-w", "-t", "30", "stop"]);
        const resume = () => pgCtl(["-l", logFile, "-w", "-t", "60", "-o", options, "start"]);
        return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, port, dir, stop, halt, resume };
      }
      if (attempt >= 3) throw new Error(`pg_ctl start falló / failed:\n${start.output}\n--- postgres.log ---\n${tail(logFile)}`);
    }
  } catch (error) {
    stop();
    throw error;
  }
}
