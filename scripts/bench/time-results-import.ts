// The "import 6,000 official results" row: the real import function on a
// workbook in Función Pública's layout, against the national dataset. It
// re-imports the 2025 file of `npm run bench:seed` (the same rows, rebuilt
// from the entities and the seed number), so it times the worst case — every
// row matched to an entity and 6,000 earlier rows replaced in the same
// transaction — and leaves the dataset as it was. Timed: parse + validate +
// link + insert (what the operator waits for after the upload arrives).
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/prisma";
import { importResultsWorkbook } from "@/lib/results/import-results";
import type { LoadResult } from "./load";
import { benchResultRows, writeBenchResultsWorkbook, type ResultIdentity } from "./seed/seed-official-results";

const VIGENCIA = 2025;

async function rosterOf(databaseUrl: string): Promise<ResultIdentity[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Roster order = sigep order (B000001…): the same positions, so the same rows as the seed.
    const { rows } = await client.query<ResultIdentity>(
      `SELECT sigep_code AS "sigepCode", name, type::text AS type, department_name AS "departmentName", municipality_name AS "municipalityName", municipal_category::text AS "municipalCategory"
       FROM entities WHERE sigep_code LIKE 'B%' ORDER BY sigep_code`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

export async function timeResultsImport(databaseUrl: string, seed: number): Promise<LoadResult & { rows: number; replaced: number; megabytes: number }> {
  const bytes = await writeBenchResultsWorkbook(benchResultRows(await rosterOf(databaseUrl), VIGENCIA, seed), VIGENCIA);
  const client = createPrismaClient(databaseUrl);
  try {
    const started = performance.now();
    const summary = await importResultsWorkbook(null, { vigencia: VIGENCIA, scope: "territorio", fileName: `Resultados_vig${VIGENCIA}_territorio.xlsx`, bytes }, client);
    const ms = performance.now() - started;
    return { p50: ms, p95: ms, p99: ms, rps: 1000 / ms, requests: 1, non2xx: 0, errors: 0, rows: summary.rowCount, replaced: summary.replacedCount, megabytes: bytes.length / 1e6 };
  } finally {
    await client.$disconnect();
  }
}
