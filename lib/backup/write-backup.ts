// Writes a logical backup of the whole database with Node only (no pg_dump):
// one consistent snapshot (REPEATABLE READ), every table streamed through a
// cursor into a gzip file, with each table's row count and SHA-256 so a
// restore can prove it lost nothing.
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { createGzip } from "node:zlib";
import pg from "pg";
import { getMigrationStatus } from "@/lib/db/migrations";
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, LINE, type BackupHeader, type BackupManifest } from "./backup-format";
import { prepareMaintenanceSession, readInBatches } from "./session";
import { canonicalRowsQuery, listDataTables } from "./table-catalog";

export async function writeBackup(connectionString: string, file: string, log: (line: string) => void = () => {}): Promise<BackupManifest> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const gzip = createGzip();
  const out = createWriteStream(file);
  const finished = once(out, "finish");
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, "drain");
  };
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await prepareMaintenanceSession(client);
    const status = await getMigrationStatus(client);
    if (status.problems.length) throw new Error(`La base de datos tiene migraciones con problemas: ${status.problems.join("; ")}`);
    const header: BackupHeader = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, createdAt: new Date().toISOString(), migrations: status.applied };
    await write(LINE.header + JSON.stringify(header));

    const manifest: BackupManifest = { tables: {} };
    for (const table of await listDataTables(client)) {
      await write(LINE.table + JSON.stringify({ table }));
      const hash = createHash("sha256");
      let rows = 0;
      for await (const batch of readInBatches(client, canonicalRowsQuery(table))) {
        for (const row of batch) {
          hash.update(`${row}\n`);
          await write(LINE.row + row);
        }
        rows += batch.length;
      }
      const digest = { rows, sha256: hash.digest("hex") };
      manifest.tables[table] = digest;
      await write(LINE.end + JSON.stringify({ table, ...digest }));
      log(`  ${table}: ${rows} filas`);
    }
    await write(LINE.manifest + JSON.stringify(manifest));
    await client.query("COMMIT");
    gzip.end();
    await finished;
    return manifest;
  } catch (error) {
    gzip.destroy();
    out.destroy();
    throw error;
  } finally {
    await client.end();
  }
}

/** Per-table counts and checksums of a live database, computed like the backup's. */
export async function digestDatabase(client: pg.ClientBase): Promise<BackupManifest> {
  const manifest: BackupManifest = { tables: {} };
  for (const table of await listDataTables(client)) {
    const hash = createHash("sha256");
    let rows = 0;
    for await (const batch of readInBatches(client, canonicalRowsQuery(table))) {
      for (const row of batch) hash.update(`${row}\n`);
      rows += batch.length;
    }
    manifest.tables[table] = { rows, sha256: hash.digest("hex") };
  }
  return manifest;
}
