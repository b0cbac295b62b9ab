// The embedded PostgreSQL used when DATABASE_URL is not set: PGlite (real
// Postgres compiled to WASM) persisted under .data/pglite and served on a
// loopback port, so the app talks to it through the same `pg` driver path as
// to a real server. Only one process may open the data folder; others find the
// running server through .data/embedded.json and connect to it instead.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import net from "node:net";

export const DATA_DIR = path.join(process.cwd(), ".data");
const PGLITE_DIR = path.join(DATA_DIR, "pglite");
const LOCK_FILE = path.join(DATA_DIR, "embedded.json");
export const DEFAULT_EMBEDDED_PORT = 54329;

export type EmbeddedDatabase = { url: string; stop: () => Promise<void>; ownedByThisProcess: boolean };

export function embeddedUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** The embedded server another process of ours is running, if any. */
export async function findRunningEmbedded(): Promise<{ pid: number; port: number } | null> {
  if (!existsSync(LOCK_FILE)) return null;
  try {
    const lock = JSON.parse(readFileSync(LOCK_FILE, "utf8")) as { pid: number; port: number };
    if (lock.pid !== process.pid && isAlive(lock.pid) && (await portAnswers(lock.port))) return lock;
  } catch {
    // unreadable lock: treated as stale below
  }
  return null;
}

export async function startEmbeddedDatabase(port = Number(process.env.FARO_EMBEDDED_DB_PORT ?? DEFAULT_EMBEDDED_PORT)): Promise<EmbeddedDatabase> {
  const running = await findRunningEmbedded();
  if (running) return { url: embeddedUrl(running.port), stop: async () => {}, ownedByThisProcess: false };

  if (await portAnswers(port)) {
    throw new Error(
      `El puerto ${port} ya está en uso: defina FARO_EMBEDDED_DB_PORT con otro puerto. / Port ${port} is busy: set FARO_EMBEDDED_DB_PORT.`,
    );
  }
  // Imported lazily: the production server never loads PGlite itself.
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  mkdirSync(PGLITE_DIR, { recursive: true });
  const db = await PGlite.create({ dataDir: PGLITE_DIR });
  // PGlite is single-connection; the socket server multiplexes clients and
  // keeps each transaction on its own connection until it ends.
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 32 });
  await server.start();
  writeFileSync(LOCK_FILE, JSON.stringify({ pid: process.pid, port }));
  let stopped = false;
  return {
    url: embeddedUrl(port),
    ownedByThisProcess: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      rmSync(LOCK_FILE, { force: true });
    },
  };
}

/** DATABASE_URL when set; otherwise the embedded database (started here if needed). */
export async function resolveDatabase(): Promise<EmbeddedDatabase & { embedded: boolean }> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, stop: async () => {}, ownedByThisProcess: false, embedded: false };
  return { ...(await startEmbeddedDatabase()), embedded: true };
}
