// The one Prisma client configuration of the app. Prisma 7 is Rust-free: it
// talks to PostgreSQL through the `pg` driver, so the embedded database and a
// real server use the same path.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { requireDatabaseUrl } from "./database-url";

/** The role the web app works as (created by the migrations, subject to row-level security). */
export const APP_ROLE = "faro_app";

/**
 * The pg pool under each client, kept on the client itself under a global
 * symbol: Next bundles this module into several chunks, and a module-level
 * map in one would not know the clients another created.
 */
const POOL = Symbol.for("faro.pgPool");

/**
 * A client for one database. `asAppRole` (the app's default) switches every
 * connection to faro_app, so row-level security applies whoever logged in;
 * maintenance scripts (migrate, seed, imports) keep the login role.
 */
export function createPrismaClient(connectionString: string, { asAppRole = true }: { asAppRole?: boolean } = {}) {
  // Runs on every new connection before it is handed out. If the app role is
  // missing (migrations not applied) the connection is closed and the query
  // fails, instead of running without row-level security. Maintenance
  // clients RESET instead: the embedded PGlite serves every client from one
  // session, so a role set by the app's connections would otherwise leak
  // into them (the app itself does not rely on the session role: withScope
  // sets the role again in every transaction).
  const roleStatement = asAppRole ? `SET ROLE ${APP_ROLE}` : "RESET ROLE";
  const pool = new pg.Pool({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 5_000,
    onConnect: async (client) => {
      await client.query(roleStatement);
    },
  });
  // An idle connection dropped by the server (restart, failover) must not
  // crash the process: the pool opens a new one on the next query.
  pool.on("error", (error) => console.warn(`Conexión a la base de datos cerrada: ${error.message}`));
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // Secrets never leave the database layer unless a query asks for them.
  const client = new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
  Object.defineProperty(client, POOL, { value: pool });
  return client;
}

/** The pool the hot paths (lib/db/sql.ts) query directly. */
export function poolOf(client: object): pg.Pool {
  const pool = (client as { [POOL]?: pg.Pool })[POOL];
  if (!pool) throw new Error("Este cliente de Prisma no se creó con createPrismaClient: no tiene un pool de conexiones propio.");
  return pool;
}

export type Db = ReturnType<typeof createPrismaClient>;

/** What both the client and an interactive transaction offer: write helpers take this. */
export type DbClient = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForPrisma = globalThis as unknown as { faroPrisma?: Db };

export function getPrisma(): Db {
  globalForPrisma.faroPrisma ??= createPrismaClient(requireDatabaseUrl());
  return globalForPrisma.faroPrisma;
}

/** Integration tests point the app's code at their own database. */
export function setAppPrisma(client: Db | undefined): void {
  globalForPrisma.faroPrisma = client;
}
