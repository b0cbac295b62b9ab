// npm run bench:seed [-- <seed number>] — the national-scale dataset for the
// benchmark, always the same for the same seed: 6,000 entities, 3 people
// each, full autodiagnósticos (19 policies, two vigencias) and evidence
// metadata and action plans for 10 % of them, official results (5 vigencias) for all.
// It recreates the database `faro_bench` (never any other) from scratch.
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { seedReferenceData } from "@/lib/reference-data/seed-reference-data";
import { BENCH_DATABASE, openBenchServer } from "../bench-database";
import { generateEntities } from "./national-entities";
import { createRandom } from "./prng";
import { pickAssessedEntities, seedAssessments } from "./seed-assessments";
import { seedEntities } from "./seed-entities";
import { seedEvidence } from "./seed-evidence";
import { seedPlans } from "./seed-plans";
import { RESULT_VIGENCIAS, seedOfficialResults } from "./seed-official-results";
import { benchEmail, seedPeople } from "./seed-people";

export const DEFAULT_SEED = 20_261_122;

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  console.log(`  ✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

async function recreateDatabase(adminUrl: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  } finally {
    await admin.end();
  }
}

async function main() {
  const seed = Number(process.argv[2] ?? process.env.BENCH_SEED ?? DEFAULT_SEED);
  if (!Number.isInteger(seed)) throw new Error("La semilla debe ser un número entero.");
  const started = Date.now();
  const server = openBenchServer();
  try {
    console.log(`Datos nacionales de benchmark (semilla ${seed}) en la base ${BENCH_DATABASE}…`);
    await timed("base de datos nueva y migraciones", async () => {
      await recreateDatabase(server.adminUrl);
      await applyMigrations(server.databaseUrl);
      const owner = createPrismaClient(server.databaseUrl, { asAppRole: false });
      await seedReferenceData(owner).finally(() => owner.$disconnect());
    });

    const random = createRandom(seed);
    const client = new pg.Client({ connectionString: server.databaseUrl });
    await client.connect();
    try {
      await client.query("BEGIN");
      // Bulk load: audit triggers off for this session only (the load is not
      // a change anyone made; 300,000 audit rows would only slow it down).
      // Needs a superuser, which the bench server is.
      await client.query("SET LOCAL session_replication_role = replica");
      const entities = generateEntities(random);
      await timed(`${entities.length} entidades`, () => seedEntities(client, entities));
      const people = await timed("personas (3 por entidad), asesor y operador", () => seedPeople(client, random, entities));
      const assessed = pickAssessedEntities(random, entities);
      const plannerOf = (e: (typeof entities)[number]) => people.userIdOf.get(benchEmail("planeacion", e))!;
      const counts = await timed(`autodiagnósticos de ${assessed.length} entidades`, () => seedAssessments(client, random, assessed, plannerOf));
      const ownerOf = (e: (typeof entities)[number]) => people.userIdOf.get(benchEmail("responsable", e))!;
      const evidence = await timed(`metadatos de evidencias de ${assessed.length} entidades`, () => seedEvidence(client, random, assessed, counts.seeded, ownerOf));
      const plannerByEntity = new Map(assessed.map((e) => [e.id, plannerOf(e)]));
      const plans = await timed(`planes de acción de ${assessed.length} entidades (brechas reales)`, () =>
        seedPlans(client, random, counts.seeded, { plannerOf: (entityId) => plannerByEntity.get(entityId)! }),
      );
      await client.query("COMMIT");
      const results = await timed(`resultados oficiales ${RESULT_VIGENCIAS[0]}–${RESULT_VIGENCIAS.at(-1)} por la importación real`, () => seedOfficialResults(server.databaseUrl, entities, seed));
      // Written last: a seed that failed half-way is never taken for a complete one.
      await client.query(`INSERT INTO seed_runs (name) VALUES ($1)`, [`bench:${seed}`]);
      await timed("estadísticas del planificador (ANALYZE)", () => client.query("ANALYZE"));
      console.log(`  ${people.users} personas, ${counts.assessments} autodiagnósticos, ${counts.responses} respuestas.`);
      console.log(
        `  ${evidence.evidences} evidencias, ${evidence.revisions} revisiones, ${evidence.files} archivos, ${evidence.links} vínculos a actividades: solo metadatos (los archivos no existen en el almacenamiento; la verificación de integridad y las descargas los reportan como faltantes).`,
      );
      console.log(`  ${plans.plans} planes de acción (2024 en seguimiento, 2025 en borrador) con ${plans.items} acciones sobre brechas reales.`);
      console.log(
        `  ${results.rows} resultados oficiales (${results.vigencias} vigencias, ${results.matched} enlazados a entidades); importación por vigencia: ${results.importSeconds.map((s) => s.toFixed(1).replace(".", ",")).join(" · ")} s.`,
      );
    } finally {
      await client.end();
    }
    console.log(`Listo en ${((Date.now() - started) / 1000).toFixed(0)} s. Siga con: npm run bench`);
  } finally {
    server.stop();
  }
}

main().catch((error) => {
  console.error(`✖ ${(error as Error).stack ?? error}`);
  process.exit(1);
});
