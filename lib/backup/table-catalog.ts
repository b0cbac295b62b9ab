// What a backup covers, discovered from the catalog rather than listed by
// hand, so tables added by later migrations are included automatically.
import type pg from "pg";
import { SKIPPED_TABLES } from "./backup-format";

/** Every ordinary table of the public schema, sorted by name. */
export async function listDataTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  return rows.map((r) => r.name).filter((name) => !SKIPPED_TABLES.has(name));
}

/** The columns an INSERT may set: generated columns are computed again. */
export async function insertableColumns(client: pg.ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.name);
}

export type ForeignKey = { table: string; name: string; definition: string };

/** Every foreign key of the public schema, with the SQL that recreates it. */
export async function listForeignKeys(client: pg.ClientBase): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(
    `SELECT t.relname AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
     FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE c.contype = 'f' AND n.nspname = 'public' ORDER BY t.relname, c.conname`,
  );
  return rows;
}

/** Sequences behind serial/identity columns, to move past the restored ids. */
export async function listSequenceColumns(client: pg.ClientBase): Promise<{ table: string; column: string; sequence: string }[]> {
  const { rows } = await client.query<{ table: string; column: string; sequence: string | null }>(
    `SELECT table_name AS table, column_name AS column, pg_get_serial_sequence(format('%I', table_name), column_name) AS sequence
     FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  return rows.filter((r): r is { table: string; column: string; sequence: string } => Boolean(r.sequence));
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * One canonical text per row, in a canonical order: the checksum of a table
 * is the same for the same rows whatever their physical order or the server.
 */
export function canonicalRowsQuery(table: string): string {
  return `SELECT r.j AS j FROM (SELECT row_to_json(t)::text AS j FROM ${quoteIdent(table)} t) r ORDER BY r.j COLLATE "C"`;
}
