// Seeds the demo tenants once. Each step is recorded in seed_runs, so running
// it again adds nothing and leaves what people changed in the demo untouched.
import { seedCatalogReferenceIn } from "@/lib/catalog/seed-catalog-reference";
import type { Db, DbClient } from "@/lib/db/prisma";
import { seedDemoEvidence } from "./seed-demo-evidence";
import { seedDemoFurag } from "./seed-demo-furag";
import { seedDemoOfficialResults } from "./seed-official-results";
import { addAdvisorTerritory, addMembership, createEntity, createUser } from "./factories";
import { seedDemoAdvisory, seedDemoTrainingOffer } from "./seed-demo-advisory";
import {
  DEMO_ADVISOR_EMAIL,
  DEMO_ENTITIES,
  DEMO_MULTI_ENTITY_EMAIL,
  DEMO_PASSWORD,
  DEMO_ROLES,
  DEMO_SUPERADMIN_EMAIL,
  demoEmail,
} from "./demo-data";
import { seedDemoSelfAssessments } from "./demo-self-assessments";
import { seedDemoActionPlan } from "./seed-demo-plan";

const STEP = "demo-tenants-v1";

/** Refuses to put demo people into a database that holds real entities. */
async function assertNotAProductionDatabase(db: DbClient) {
  const demoCodes: string[] = DEMO_ENTITIES.map((d) => d.entity.sigepCode);
  const foreign = await db.entity.count({ where: { sigepCode: { notIn: demoCodes } } });
  if (foreign > 0 && process.env.FARO_ALLOW_DEMO_SEED !== "1") {
    throw new Error(
      `La base de datos ya tiene ${foreign} entidades reales: no se cargan datos de demostración. (FARO_ALLOW_DEMO_SEED=1 para forzarlo.)`,
    );
  }
}

export async function seedDemo(client: Db): Promise<{ applied: boolean }> {
  // One transaction: an interrupted seed leaves nothing half-done behind.
  const tenants = await client.$transaction(async (db) => {
    if (await db.seedRun.findUnique({ where: { name: STEP } })) return { applied: false };
    await assertNotAProductionDatabase(db);
    await createDemoTenants(db);
    await db.seedRun.create({ data: { name: STEP } });
    return { applied: true };
  }, { timeout: 120_000 });
  const catalogVersions = await client.$transaction((db) => assignDemoCatalogVersions(db), { timeout: 60_000 });
  const assessments = await client.$transaction((db) => addDemoSelfAssessments(db), { timeout: 120_000 });
  // Only where the demo tenants are (never into a real database).
  const isDemo = Boolean(await client.seedRun.findUnique({ where: { name: STEP } }));
  if (!isDemo) return { applied: tenants.applied || catalogVersions || assessments };
  const officialResults = await seedDemoOfficialResults(client);
  const furag = await seedDemoFurag(client);
  if (furag.message) console.log(furag.message);
  const evidence = await seedDemoEvidence(client);
  const actionPlan = await client.$transaction((db) => seedDemoActionPlan(db), { timeout: 60_000 });
  // After the official results: the training offer groups Antioquia's municipalities by their weakest policy.
  const advisory = await client.$transaction((db) => seedDemoAdvisory(db), { timeout: 60_000 });
  const training = await client.$transaction((db) => seedDemoTrainingOffer(db), { timeout: 60_000 });
  const applied = [assessments, officialResults, furag.applied, evidence, actionPlan, advisory, training];
  return { applied: tenants.applied || catalogVersions || applied.some(Boolean) };
}

const ASSESSMENTS_STEP = "demo-self-assessments-v1";
/** Rionegro's 2025 autodiagnósticos (see demo-self-assessments.ts). */
async function addDemoSelfAssessments(db: DbClient): Promise<boolean> {
  if (await db.seedRun.findUnique({ where: { name: ASSESSMENTS_STEP } })) return false;
  const rionegro = await db.entity.findUnique({ where: { sigepCode: "900615" }, select: { id: true } });
  if (!rionegro || !(await db.seedRun.findUnique({ where: { name: STEP } }))) return false; // no demo tenants here
  // The reference instruments come with db:migrate; without them, try again next run.
  if (!(await db.instrument.count({ where: { source: "FARO_REFERENCE", entityId: null } }))) return false;
  await seedDemoSelfAssessments(db, rionegro.id);
  await db.seedRun.create({ data: { name: ASSESSMENTS_STEP } });
  return true;
}

const CATALOG_STEP = "demo-catalog-versions-v1";
/** Vigencia -> catalog version code: the 2022 manual for 2022, Manual Operativo v6 from 2024 on. */
const DEMO_CATALOG_VERSIONS: Record<number, string> = { 2022: "A", 2024: "B", 2025: "B", 2026: "B" };

/** A separate step, so a demo database seeded before it existed gets it too. */
async function assignDemoCatalogVersions(db: DbClient): Promise<boolean> {
  if (await db.seedRun.findUnique({ where: { name: CATALOG_STEP } })) return false;
  if (!(await db.seedRun.findUnique({ where: { name: STEP } }))) return false; // no demo tenants here
  await seedCatalogReferenceIn(db); // normally done by db:migrate already
  const versions = await db.catalogVersion.findMany({ where: { code: { in: ["A", "B"] } }, select: { id: true, code: true } });
  const versionId = (code: string) => versions.find((v) => v.code === code)!.id;
  const entities = await db.entity.findMany({ where: { sigepCode: { in: DEMO_ENTITIES.map((d) => d.entity.sigepCode) } }, select: { id: true } });
  await db.entityCatalogVersion.createMany({
    data: entities.flatMap((entity) =>
      Object.entries(DEMO_CATALOG_VERSIONS).map(([vigencia, code]) => ({ entityId: entity.id, vigencia: Number(vigencia), versionId: versionId(code) })),
    ),
    skipDuplicates: true, // keeps a choice someone already made in the demo
  });
  await db.seedRun.create({ data: { name: CATALOG_STEP } });
  return true;
}

async function createDemoTenants(db: DbClient) {
  const entities: Record<string, string> = {};
  for (const { slug, entity } of DEMO_ENTITIES) {
    entities[slug] = (await createEntity(db, entity)).id;
    for (const { role, person } of DEMO_ROLES) {
      const user = await createUser(db, { email: demoEmail(role, slug), name: `${person} (${entity.name})`, password: DEMO_PASSWORD });
      await addMembership(db, user.id, entities[slug], role);
    }
  }
  const advisor = await createUser(db, { email: DEMO_ADVISOR_EMAIL, name: "Alba Asesora Departamental", password: DEMO_PASSWORD });
  await addAdvisorTerritory(db, advisor.id, "05");
  await createUser(db, { email: DEMO_SUPERADMIN_EMAIL, name: "Óscar Operador de la plataforma", password: DEMO_PASSWORD, isSuperadmin: true });
  const multi = await createUser(db, { email: DEMO_MULTI_ENTITY_EMAIL, name: "Mariela Multientidad", password: DEMO_PASSWORD });
  await addMembership(db, multi.id, entities.rionegro!, "PLANEACION");
  await addMembership(db, multi.id, entities.guarne!, "CONTROL_INTERNO");
}
