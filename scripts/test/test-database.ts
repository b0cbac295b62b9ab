// Creates and drops uniquely named databases on a test server. Shared by the
// integration-test helpers and the e2e step, so both name and clean up their
// databases the same way.
import { randomBytes } from "node:crypto";
import pg from "pg";

export type ScratchDatabase = { name: string; url: string; drop(): Promise<void> };

/** A valid, unquoted-safe Postgres identifier (<= 63 bytes) unique per call. */
export function uniqueDatabaseName(hint = "test"): string {
  const cleanHint = hint.toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 30) || "test";
  return `faro_${cleanHint}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}

/** The same server and credentials as `adminUrl`, pointing at `database`. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(adminUrl: string, hint?: string): Promise<ScratchDatabase> {
  const name = uniqueDatabaseName(hint);
  // template0: a pristine template, immune to anything left in template1.
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`));
  let dropped = false;
  return {
    name,
    url: databaseUrl(adminUrl, name),
    async drop() {
      if (dropped) return;
      dropped = true;
      // FORCE: a test that forgot to close its pool must not make cleanup fail.
      await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
