// npm run bench:results-import [-- --rows 6000 --vigencias 5]
// Generates a results workbook in Función Pública's layout (6,000 entities by
// default), imports it into a fresh database on TEST_DATABASE_URL (or
// DATABASE_URL, as the admin connection that may create databases) and prints
// seconds and rows per second. With --vigencias N it imports N vigencias
// (the national scale: 6,000 × 5) and then times the department query and
// prints its EXPLAIN ANALYZE plan (docs/query-plans/official-results-department.md).
import { performance } from "node:perf_hooks";
import { applyMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { importResultsWorkbook } from "@/lib/results/import-results";
import { loadDepartmentOfficialResults } from "@/lib/results/queries/department-overview";
import { generateReferenceRows, writeResultsWorkbook } from "@/lib/results/testing/generate-results-workbook";
import { withSystem } from "@/lib/db/context";
import { createScratchDatabase } from "../test/test-database";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

async function main() {
  const adminUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!adminUrl) throw new Error("Defina TEST_DATABASE_URL o DATABASE_URL (conexión que pueda crear bases de datos).");
  const rowCount = option("rows", 6000);
  const vigencias = option("vigencias", 1);
  const database = await createScratchDatabase(adminUrl, "bench_results");
  const client = createPrismaClient(database.url);
  try {
    await applyMigrations(database.url);
    const timings: number[] = [];
    for (let v = 0; v < vigencias; v += 1) {
      const vigencia = 2025 - v;
      const workbook = await writeResultsWorkbook(generateReferenceRows(rowCount, 1000 + v), vigencia);
      const start = performance.now();
      const summary = await importResultsWorkbook(null, { vigencia, scope: "territorio", fileName: `Resultados_vig${vigencia}_territorio.xlsx`, bytes: workbook }, client);
      const seconds = (performance.now() - start) / 1000;
      timings.push(seconds);
      console.log(
        `vigencia ${vigencia}: ${summary.rowCount} filas (${(workbook.length / 1e6).toFixed(1)} MB) importadas en ${seconds.toFixed(2)} s — ${Math.round(summary.rowCount / seconds)} filas/s (leer + validar + insertar)`,
      );
    }
    // Re-import of the newest vigencia: replaces its rows atomically.
    const again = await writeResultsWorkbook(generateReferenceRows(rowCount, 1000), 2025);
    const start = performance.now();
    const replaced = await importResultsWorkbook(null, { vigencia: 2025, scope: "territorio", fileName: "Resultados_vig2025_territorio.xlsx", bytes: again }, client);
    console.log(`reimportación 2025 (reemplaza ${replaced.replacedCount} filas): ${((performance.now() - start) / 1000).toFixed(2)} s`);

    await withSystem(null, (db) => db.$executeRawUnsafe("ANALYZE"), client);
    const runs: number[] = [];
    let count = 0;
    for (let i = 0; i < 7; i += 1) {
      const t = performance.now();
      count = (await withSystem(null, (db) => loadDepartmentOfficialResults(db, "05", 2025), client)).length;
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    console.log(`consulta del departamento 05, vigencia 2025: ${count} entidades, mediana ${runs[3]!.toFixed(1)} ms (7 ejecuciones, incluye la transacción)`);
    const plan = await withSystem(
      null,
      (db) =>
        db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS)
          SELECT r.id AS result_id, r.sigep_code, r.entity_id, r.entity_name, r.municipality_code, r.municipality_name, r.peer_group, r.meci_only, r.idi,
            json_build_object('d1', r.d1, 'd2', r.d2, 'd3', r.d3, 'd4', r.d4, 'd5', r.d5, 'd6', r.d6, 'd7', r.d7) AS dimensions,
            (SELECT json_object_agg(s.policy_code, s.score) FROM "official_policy_scores" s WHERE s.result_id = r.id) AS policies
          FROM "official_entity_results" r WHERE r.vigencia = 2025 AND r.department_code = '05' ORDER BY r.entity_name, r.sigep_code`),
      client,
    );
    console.log(plan.map((p) => p["QUERY PLAN"]).join("\n"));
    const slowest = Math.max(...timings);
    console.log(`\nimportación más lenta: ${slowest.toFixed(2)} s (objetivo ≤ 15 s para 6.000 filas en 2 núcleos)`);
  } finally {
    await client.$disconnect();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
