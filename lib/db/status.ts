// Whether the database answers and every migration is applied. Used by the
// health route and by the start-up check (instrumentation.ts).
import pg from "pg";
import { getMigrationStatus } from "./migrations";

export type DatabaseStatus =
  | { ok: true; db: "ok"; migrations: "up-to-date" }
  | { ok: false; db: "ok" | "unreachable"; migrations: "up-to-date" | "pending" | "inconsistent" | "unknown"; reason: string };

export async function checkDatabase(connectionString: string): Promise<DatabaseStatus> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
  } catch (error) {
    return {
      ok: false,
      db: "unreachable",
      migrations: "unknown",
      reason: `No se pudo conectar a la base de datos (${(error as Error).message}). Verifique DATABASE_URL o inicie la aplicación con \`npm run demo\`. / Database unreachable: check DATABASE_URL.`,
    };
  }
  try {
    const status = await getMigrationStatus(client);
    if (status.problems.length > 0) {
      return { ok: false, db: "ok", migrations: "inconsistent", reason: `Migraciones inconsistentes: ${status.problems.join("; ")}` };
    }
    if (status.pending.length > 0) {
      return {
        ok: false,
        db: "ok",
        migrations: "pending",
        reason: `Hay ${status.pending.length} migraciones pendientes (${status.pending.join(", ")}). Ejecute \`npm run db:migrate\`. / Pending migrations: run \`npm run db:migrate\`.`,
      };
    }
    return { ok: true, db: "ok", migrations: "up-to-date" };
  } finally {
    await client.end().catch(() => {});
  }
}
