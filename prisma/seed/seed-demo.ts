// Seeds the demo tenants once. Each step is recorded in seed_runs, so running
// it again adds nothing and leaves what people changed in the demo untouched.
import type { Db, DbClient } from "@/lib/db/prisma";
import { addAdvisorTerritory, addMembership, createEntity, createUser } from "./factories";
import {
  DEMO_ADVISOR_EMAIL,
  DEMO_ENTITIES,
  DEMO_MULTI_ENTITY_EMAIL,
  DEMO_PASSWORD,
  DEMO_ROLES,
  DEMO_SUPERADMIN_EMAIL,
  demoEmail,
} from "./demo-data";

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
  return client.$transaction(async (db) => {
    if (await db.seedRun.findUnique({ where: { name: STEP } })) return { applied: false };
    await assertNotAProductionDatabase(db);
    await createDemoTenants(db);
    await db.seedRun.create({ data: { name: STEP } });
    return { applied: true };
  }, { timeout: 120_000 });
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
