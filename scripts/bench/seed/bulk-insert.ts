// Bulk loading for the national dataset: one INSERT … SELECT FROM unnest(…)
// per chunk of rows, typed column arrays as parameters. Tens of thousands of
// rows per statement, no per-row round trips, no ORM.
import type pg from "pg";

/** One fixed timestamp for every seeded row: the dataset is the same on every run. */
export const SEEDED_AT = "2026-01-15T12:00:00Z";

export type Column = { name: string; type: string };
const CHUNK = 10_000;

export async function bulkInsert(client: pg.ClientBase, table: string, columns: Column[], rows: unknown[][]): Promise<number> {
  const list = columns.map((c) => `"${c.name}"`).join(", ");
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
  const sql = `INSERT INTO "${table}" (${list}) SELECT * FROM unnest(${arrays})`;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    await client.query(sql, columns.map((_c, i) => chunk.map((row) => row[i])));
  }
  return rows.length;
}
