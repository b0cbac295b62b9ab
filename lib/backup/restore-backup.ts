// Restores a backup into an EMPTY database, as the owner of the tables (the
// login role of DATABASE_URL; superuser is not needed, so it works on PGlite
// and on a managed PostgreSQL alike):
// 1. refuse a database that already holds data;
// 2. apply the migrations the backup was taken at (no more, no fewer);
// 3. in ONE transaction: drop foreign keys (re-added after, which validates
//    every reference, in any load order, self-references included), disable
//    the tables' own triggers (audit would log the restore as new changes;
//    append-only and frozen-catalog guards would refuse the rows), load the
//    rows, re-enable triggers, move sequences past the restored ids, and
//    compare every table's count and SHA-256 with the manifest. Any
//    difference rolls everything back.
import pg from "pg";
import { applyMigrations, getMigrationStatus, readMigrationFiles } from "@/lib/db/migrations";
import { LINE, type BackupManifest } from "./backup-format";
import { parseHeader, readBackupLines } from "./read-backup";
import { prepareMaintenanceSession } from "./session";
import { insertableColumns, listDataTables, listForeignKeys, listSequenceColumns, quoteIdent } from "./table-catalog";
import { digestDatabase } from "./write-backup";

const BATCH_ROWS = 1_000;

/**
 * Empty = no table holds a row. A database with the schema but no rows is
 * accepted (a fresh `CREATE DATABASE` plus migrations, or a restore that
 * failed and rolled back its data), so a failed attempt can simply be retried.
 */
export async function assertEmptyDatabase(client: pg.ClientBase): Promise<void> {
  for (const table of await listDataTables(client)) {
    const { rows } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table)}) AS any`);
    if (rows[0]?.any) {
      throw new Error(
        `La base de datos de destino no está vacía (la tabla «${table}» tiene filas): la restauración solo se hace en una base de datos nueva, para no mezclar ni sobrescribir datos. Cree una base vacía (o, con la base embebida, mueva la carpeta .data) y apunte DATABASE_URL a ella.`,
      );
    }
  }
}

export async function restoreBackup(connectionString: string, file: string, log: (line: string) => void = () => {}): Promise<BackupManifest> {
  const lines = readBackupLines(file);
  const header = parseHeader((await lines.next()).value || undefined);

  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await assertEmptyDatabase(client);
    const applied = (await getMigrationStatus(client)).applied;
    const newer = applied.filter((name) => !header.migrations.includes(name));
    if (newer.length) throw new Error(`La base de destino ya tiene migraciones posteriores a la copia (${newer.join(", ")}): use una base vacía.`);
    const available = readMigrationFiles();
    const missing = header.migrations.filter((name) => !available.some((m) => m.name === name));
    if (missing.length) throw new Error(`La copia se hizo con migraciones que esta versión no tiene (${missing.join(", ")}): restaure con la versión de la aplicación que la creó.`);
    log(`Aplicando ${header.migrations.length} migraciones de la copia…`);
    await applyMigrations(connectionString, { files: available.filter((m) => header.migrations.includes(m.name)) });

    await client.query("BEGIN");
    await prepareMaintenanceSession(client);
    const tables = await listDataTables(client);
    const foreignKeys = await listForeignKeys(client);
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${quoteIdent(fk.table)} DROP CONSTRAINT ${quoteIdent(fk.name)}`);
    for (const table of tables) {
      await client.query(`ALTER TABLE ${quoteIdent(table)} DISABLE TRIGGER USER`);
      // Migrations may insert rows of their own; the backup holds them too.
      await client.query(`DELETE FROM ${quoteIdent(table)}`);
    }

    const manifest = await loadRows(client, lines, new Set(tables), log);

    for (const table of tables) await client.query(`ALTER TABLE ${quoteIdent(table)} ENABLE TRIGGER USER`);
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${quoteIdent(fk.table)} ADD CONSTRAINT ${quoteIdent(fk.name)} ${fk.definition}`);
    for (const s of await listSequenceColumns(client)) {
      await client.query(`SELECT setval($1::regclass, coalesce((SELECT max(${quoteIdent(s.column)}) FROM ${quoteIdent(s.table)}), 0) + 1, false)`, [s.sequence]);
    }
    await verify(client, manifest);
    await client.query("COMMIT");
    return manifest;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

async function loadRows(client: pg.ClientBase, lines: AsyncGenerator<{ tag: string; body: string }>, tables: Set<string>, log: (line: string) => void) {
  let table: string | null = null;
  let columns: string[] = [];
  let batch: string[] = [];
  const flush = async () => {
    if (!table || batch.length === 0) return;
    const list = columns.map(quoteIdent).join(", ");
    await client.query(
      `INSERT INTO ${quoteIdent(table)} (${list}) OVERRIDING SYSTEM VALUE SELECT ${list} FROM json_populate_recordset(NULL::${quoteIdent(table)}, $1::json)`,
      [`[${batch.join(",")}]`],
    );
    batch = [];
  };
  for await (const line of lines) {
    if (line.tag === LINE.table) {
      table = (JSON.parse(line.body) as { table: string }).table;
      if (!tables.has(table)) throw new Error(`La copia trae la tabla «${table}», que no existe en el esquema restaurado.`);
      columns = await insertableColumns(client, table);
    } else if (line.tag === LINE.row) {
      batch.push(line.body);
      if (batch.length >= BATCH_ROWS) await flush();
    } else if (line.tag === LINE.end) {
      await flush();
      const end = JSON.parse(line.body) as { table: string; rows: number };
      log(`  ${end.table}: ${end.rows} filas`);
      table = null;
    } else if (line.tag === LINE.manifest) {
      return JSON.parse(line.body) as BackupManifest;
    }
  }
  throw new Error("La copia está incompleta (falta el manifiesto final): el archivo se cortó al escribirse o copiarse.");
}

async function verify(client: pg.ClientBase, expected: BackupManifest): Promise<void> {
  const actual = await digestDatabase(client);
  const differences = Object.keys({ ...expected.tables, ...actual.tables }).filter(
    (t) => expected.tables[t]?.rows !== actual.tables[t]?.rows || expected.tables[t]?.sha256 !== actual.tables[t]?.sha256,
  );
  if (differences.length) {
    throw new Error(`La verificación falló: ${differences.map((t) => `${t} (copia ${expected.tables[t]?.rows ?? 0} filas, restaurado ${actual.tables[t]?.rows ?? 0})`).join("; ")}. No se guardó nada.`);
  }
}
