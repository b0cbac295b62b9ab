// npm run db:backup / db:restore: a populated database (reference data, the
// demo tenants, audit trail, frozen catalogs) survives a round trip into a
// fresh database with every table's count and checksum equal, and the
// restored database still enforces its rules (triggers back on).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { digestDatabase, writeBackup } from "@/lib/backup/write-backup";
import { readMigrationFiles } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { seedReferenceData } from "@/lib/reference-data/seed-reference-data";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { createEmptyDatabase, createTestDatabase, type TestDatabase } from "./setup/database";

async function digest(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN READ ONLY");
    await client.query("SET TIME ZONE 'UTC'");
    return await digestDatabase(client);
  } finally {
    await client.query("COMMIT");
    await client.end();
  }
}

describe("copia de seguridad y restauración", () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "faro-backup-"));
    file = path.join(dir, "demo.backup.gz");
    source = await createTestDatabase("backup_source");
    target = await createEmptyDatabase("backup_target");
    const owner = createPrismaClient(source.url, { asAppRole: false });
    try {
      await seedReferenceData(owner);
      await seedDemo(owner);
      // Text that tests the encoding: accents, quotes, newlines, JSON-looking text.
      await owner.entity.updateMany({ where: { sigepCode: "900615" }, data: { peerGroup: 'Grupo "A"\nañoñería {"x":1} \\ fin' } });
    } finally {
      await owner.$disconnect();
    }
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await source?.drop();
    await target?.drop();
  });

  it("restaura en una base vacía con los mismos conteos y SHA-256 por tabla", async () => {
    const written = await writeBackup(source.url, file);
    expect(written.tables.entities!.rows).toBeGreaterThanOrEqual(3);
    expect(written.tables.audit_log!.rows).toBeGreaterThan(0);
    expect(written.tables.instrument_activities!.rows).toBeGreaterThan(0);
    expect(written.tables).not.toHaveProperty("_prisma_migrations");

    const restored = await restoreBackup(target.url, file);
    expect(restored).toEqual(written);
    expect(await digest(target.url)).toEqual(await digest(source.url));
  });

  it("la base restaurada vuelve a aplicar sus reglas: auditoría, secuencias y claves foráneas", async () => {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      const before = await client.query<{ n: string }>("SELECT count(*) AS n FROM audit_log");
      await client.query("UPDATE entities SET peer_group = 'Cambiado después de restaurar' WHERE sigep_code = '900615'");
      const after = await client.query<{ n: string }>("SELECT count(*) AS n FROM audit_log");
      expect(Number(after.rows[0]!.n)).toBe(Number(before.rows[0]!.n) + 1);
      await expect(client.query("DELETE FROM audit_log")).rejects.toThrow();
      await expect(client.query("INSERT INTO memberships (id, entity_id, user_id, role) VALUES (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'LECTOR')")).rejects.toThrow(/foreign key/);
    } finally {
      await client.end();
    }
  });

  it("se niega a restaurar en una base con datos, con un mensaje en español", async () => {
    await expect(restoreBackup(source.url, file)).rejects.toThrow(/no está vacía/);
  });

  it("rechaza un archivo cortado o ajeno sin dejar nada a medias, y se puede reintentar", async () => {
    const fresh = await createEmptyDatabase("backup_truncated");
    try {
      const cut = path.join(dir, "cut.backup.gz");
      const migrations = readMigrationFiles().map((m) => m.name);
      const header = JSON.stringify({ format: "faro-mipg-backup", formatVersion: 1, createdAt: "", migrations });
      writeFileSync(cut, gzipSync(`H${header}\nT{"table":"entities"}\n`));
      await expect(restoreBackup(fresh.url, cut)).rejects.toThrow(/incompleta/);
      // Nothing was kept, so the real backup can be restored right after.
      await expect(restoreBackup(fresh.url, file)).resolves.toMatchObject({ tables: { entities: { rows: 3 } } });
      writeFileSync(path.join(dir, "other.gz"), gzipSync("hola\n"));
      await expect(restoreBackup(fresh.url, path.join(dir, "other.gz"))).rejects.toThrow(/no es una copia/);
    } finally {
      await fresh.drop();
    }
  });
});
