// The benchmark's PostgreSQL. With BENCH_DATABASE_URL (a superuser URL of a
// real server) the bench uses database `faro_bench` on that server.
// Without it, a cluster of its own kept in .data/bench-postgres (created on
// first use with the local PostgreSQL binaries, started and stopped around
// each command; production-like durability, unlike the test cluster), so
// `npm run bench:seed && npm run bench` works on a fresh clone.
import { chownSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { findPostgresBinDir } from "@/scripts/test/find-postgres";
import { resolveRunAs, run } from "@/scripts/test/postgres-cluster";

export const BENCH_DATABASE = "faro_bench";
const CLUSTER_DIR = path.join(process.cwd(), ".data", "bench-postgres");
const PORT = Number(process.env.BENCH_PG_PORT ?? 55_477);
// Sized for a 2-core, few-GB machine: enough buffers to keep the working set
// in memory; connections for two app pools plus maintenance.
const SETTINGS = ["-c listen_addresses=127.0.0.1", `-p ${PORT}`, "-c shared_buffers=256MB", "-c max_connections=100", "-c work_mem=8MB"];

export type BenchServer = { adminUrl: string; databaseUrl: string; stop(): void };

function withDatabase(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function openBenchServer(log: (line: string) => void = console.log): BenchServer {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { adminUrl: given, databaseUrl: withDatabase(given, BENCH_DATABASE), stop: () => {} };

  const binDir = findPostgresBinDir();
  const runAs = resolveRunAs();
  const prefix = runAs?.prefix ?? [];
  const dataDir = path.join(CLUSTER_DIR, "data");
  const socketDir = path.join(CLUSTER_DIR, "socket");
  const logFile = path.join(CLUSTER_DIR, "postgres.log");
  if (!existsSync(dataDir)) {
    mkdirSync(socketDir, { recursive: true });
    if (runAs) for (const dir of [CLUSTER_DIR, socketDir]) chownSync(dir, runAs.uid, runAs.gid);
    log(`Creando el clúster de PostgreSQL del benchmark en ${CLUSTER_DIR}…`);
    const init = run(prefix, path.join(binDir, "initdb"), ["-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C"]);
    if (!init.ok) throw new Error(`initdb falló:\n${init.output}`);
  }
  const pgCtl = path.join(binDir, "pg_ctl");
  if (!existsSync(path.join(dataDir, "postmaster.pid"))) {
    const options = [...SETTINGS, `-k ${socketDir}`].join(" ");
    const start = run(prefix, pgCtl, ["-D", dataDir, "-l", logFile, "-w", "-t", "120", "-o", options, "start"]);
    if (!start.ok) throw new Error(`No se pudo iniciar PostgreSQL del benchmark (puerto ${PORT}; cambie BENCH_PG_PORT si está ocupado):\n${start.output}`);
  }
  const adminUrl = `postgresql://postgres@127.0.0.1:${PORT}/postgres`;
  return {
    adminUrl,
    databaseUrl: withDatabase(adminUrl, BENCH_DATABASE),
    stop: () => void run(prefix, pgCtl, ["-D", dataDir, "-m", "fast", "-w", "-t", "60", "stop"]),
  };
}
