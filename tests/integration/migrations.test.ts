// The offline migration runner against a real PostgreSQL server: creates the
// schema, is idempotent, and rolls a failing migration back completely.
import { createHash } from "node:crypto";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, readMigrationFiles, type MigrationFile } from "@/lib/db/migrations";
import { createEmptyDatabase, type TestDatabase } from "./setup/database";

const created: TestDatabase[] = [];

afterEach(async () => {
  await Promise.all(created.splice(0).map((db) => db.drop()));
});

async function emptyDatabase(hint: string): Promise<TestDatabase> {
  const db = await createEmptyDatabase(hint);
  created.push(db);
  return db;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function tableExists(url: string, table: string): Promise<boolean> {
  const rows = await query<{ t: string | null }>(url, "SELECT to_regclass($1)::text AS t", [`public."${table}"`]);
  return rows[0]?.t != null;
}

async function migrationRows(url: string): Promise<string[]> {
  const rows = await query<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`);
  return rows.map((r) => r.migration_name);
}

function fakeMigration(name: string, sql: string): MigrationFile {
  return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
}

describe("applyMigrations", () => {
  it("creates the schema on an empty database, and a second run applies nothing", async () => {
    const db = await emptyDatabase("migrations");
    const files = readMigrationFiles();
    expect(files.length).toBeGreaterThan(0);

    const first = await applyMigrations(db.url);
    expect(first).toEqual(files.map((f) => f.name));
    for (const table of ["entities", "users", "memberships", "_prisma_migrations"]) {
      expect(await tableExists(db.url, table), `table ${table}`).toBe(true);
    }
    const rowsAfterFirst = await migrationRows(db.url);
    expect(rowsAfterFirst).toEqual(files.map((f) => f.name));

    const second = await applyMigrations(db.url);
    expect(second).toEqual([]);
    expect(await migrationRows(db.url)).toEqual(rowsAfterFirst);
  });

  it("rolls back a failing migration entirely and does not record it", async () => {
    const db = await emptyDatabase("migration_rollback");
    const good = fakeMigration("20000101000000_good", `CREATE TABLE "good_table" ("id" INTEGER PRIMARY KEY);`);
    const bad = fakeMigration(
      "20000102000000_bad",
      `CREATE TABLE "bad_table" ("id" INTEGER PRIMARY KEY);\nSELECT * FROM "this_table_does_not_exist";`,
    );

    await expect(applyMigrations(db.url, { files: [good, bad] })).rejects.toThrow(/20000102000000_bad/);

    expect(await tableExists(db.url, "good_table")).toBe(true);
    expect(await tableExists(db.url, "bad_table")).toBe(false);
    expect(await migrationRows(db.url)).toEqual(["20000101000000_good"]);
  });
});
