// Applies the SQL migrations in prisma/migrations without Prisma's native
// schema engine (not downloadable offline). It records them in Prisma's own
// `_prisma_migrations` table with the same checksum (SHA-256 of the file), so
// `prisma migrate deploy` on a connected machine sees the same history.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
const MIGRATION_LOCK_ID = 72_707_369; // arbitrary, constant: serialises concurrent runners

export type MigrationFile = { name: string; sql: string; checksum: string };
export type MigrationStatus = {
  applied: string[];
  pending: string[];
  /** Applied migrations whose file changed afterwards, or that failed half-way. */
  problems: string[];
};

// The turbopackIgnore hints keep the bundler from tracing the whole project:
// only prisma/migrations is read, at run time.
export function readMigrationFiles(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(/*turbopackIgnore: true*/ path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

async function readApplied(client: pg.ClientBase): Promise<AppliedRow[] | null> {
  const exists = await client.query<{ t: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS t`);
  if (!exists.rows[0]?.t) return null;
  const res = await client.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  return res.rows;
}

export function compareMigrations(files: MigrationFile[], applied: AppliedRow[] | null): MigrationStatus {
  const byName = new Map((applied ?? []).map((r) => [r.migration_name, r]));
  const status: MigrationStatus = { applied: [], pending: [], problems: [] };
  for (const file of files) {
    const row = byName.get(file.name);
    if (!row) status.pending.push(file.name);
    else if (!row.finished_at) status.problems.push(`${file.name}: quedó a medias / did not finish`);
    else if (row.checksum !== file.checksum) status.problems.push(`${file.name}: el archivo cambió después de aplicarse / modified after it was applied`);
    else status.applied.push(file.name);
  }
  return status;
}

export async function getMigrationStatus(client: pg.ClientBase, files = readMigrationFiles()): Promise<MigrationStatus> {
  return compareMigrations(files, await readApplied(client));
}

/** Applies every pending migration, each in its own transaction. Returns the names applied. */
export async function applyMigrations(
  connectionString: string,
  options: { files?: MigrationFile[]; log?: (line: string) => void } = {},
): Promise<string[]> {
  const files = options.files ?? readMigrationFiles();
  const log = options.log ?? (() => {});
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // Back to the login role (see lib/db/prisma.ts on the embedded database's shared session).
    await client.query("RESET ROLE");
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
    await client.query(CREATE_TABLE);
    const status = await getMigrationStatus(client, files);
    if (status.problems.length > 0) {
      throw new Error(`Migraciones inconsistentes / inconsistent migrations:\n- ${status.problems.join("\n- ")}`);
    }
    const done: string[] = [];
    for (const file of files.filter((f) => status.pending.includes(f.name))) {
      log(`Aplicando migración ${file.name}…`);
      await client.query("BEGIN");
      try {
        await client.query(file.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), file.checksum, file.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`La migración ${file.name} falló y se revirtió / failed and was rolled back: ${(error as Error).message}`);
      }
      done.push(file.name);
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]).catch(() => {});
    await client.end();
  }
}
