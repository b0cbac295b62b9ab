// Settings shared by backup and restore sessions: row texts (and so the
// checksums) must not depend on the server's time zone, and the tenant
// policies must let the maintenance role see and write every row.
import type pg from "pg";

export async function prepareMaintenanceSession(client: pg.ClientBase): Promise<void> {
  await client.query("SET TIME ZONE 'UTC'");
  await client.query("SET datestyle = 'ISO, YMD'");
  await client.query("SET extra_float_digits = 3");
  await client.query("SELECT set_config('faro.system', 'on', false)");
}

/** Reads a query in batches through a cursor: big tables never sit in memory whole. */
export async function* readInBatches(client: pg.ClientBase, sql: string, batchSize = 2_000): AsyncGenerator<string[]> {
  await client.query(`DECLARE faro_backup_cursor NO SCROLL CURSOR FOR ${sql}`);
  try {
    for (;;) {
      const { rows } = await client.query<{ j: string }>(`FETCH ${batchSize} FROM faro_backup_cursor`);
      if (rows.length === 0) return;
      yield rows.map((r) => r.j);
    }
  } finally {
    await client.query("CLOSE faro_backup_cursor");
  }
}
