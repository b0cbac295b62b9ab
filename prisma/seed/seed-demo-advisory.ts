// Demo data of the departmental advisory: Rionegro shares its autodiagnóstico
// with the advisor and Guarne does not; two requests at different steps; and,
// once official results of Antioquia are loaded, a training offer for the
// largest group of municipalities with the same lowest-scoring policy.
import type { DbClient } from "@/lib/db/prisma";
import { readDepartmentRows, readDepartmentVigencias } from "@/lib/advisor/read-department-rows";
import { groupByLowestPolicy } from "@/lib/advisor/lowest-policy";
import { DEMO_ADVISOR_EMAIL, DEMO_ENTITIES, demoEmail } from "./demo-data";

export const ADVISORY_STEP = "demo-advisory-v1";
export const TRAINING_STEP = "demo-training-offer-v1";

const sigep = (slug: string) => DEMO_ENTITIES.find((d) => d.slug === slug)!.entity.sigepCode;

/** Tables with forced row-level security: the seed acts in system scope. */
async function asSystem(db: DbClient) {
  await db.$queryRaw`SELECT set_config('faro.system', 'on', true)`;
}

async function latestVigencia(db: DbClient, sigepCode: string) {
  const row = await db.officialEntityResult.findFirst({ where: { sigepCode }, orderBy: { vigencia: "desc" }, select: { vigencia: true } });
  return row?.vigencia ?? new Date().getFullYear() - 1;
}

export async function seedDemoAdvisory(db: DbClient): Promise<boolean> {
  if (await db.seedRun.findUnique({ where: { name: ADVISORY_STEP } })) return false;
  const rionegro = await db.entity.findUnique({ where: { sigepCode: sigep("rionegro") } });
  const guarne = await db.entity.findUnique({ where: { sigepCode: sigep("guarne") } });
  const advisor = await db.user.findUnique({ where: { email: DEMO_ADVISOR_EMAIL } });
  if (!rionegro || !guarne || !advisor) return false; // no demo tenants here
  await asSystem(db);
  await db.entity.update({ where: { id: rionegro.id }, data: { sharesWithAdvisor: true } });
  await db.entity.update({ where: { id: guarne.id }, data: { sharesWithAdvisor: false } });
  const planner = await db.user.findUniqueOrThrow({ where: { email: demoEmail("PLANEACION", "rionegro") } });
  const request = await db.advisoryRequest.create({
    data: {
      entityId: rionegro.id,
      departmentCode: "05",
      policyCode: "POL04",
      baselineVigencia: await latestVigencia(db, rionegro.sigepCode),
      subject: "Apoyo para el plan anual de talento humano",
      description: "Queremos revisar el plan estratégico de talento humano y el plan de capacitación antes del comité de marzo.",
      requestedById: planner.id,
      requestedByName: planner.name,
      state: "EN_EJECUCION",
      createdAt: new Date("2026-02-02T16:30:00Z"),
      responsibleId: advisor.id,
      responsibleName: advisor.name,
      assignedAt: new Date("2026-02-03T14:00:00Z"),
      assistancePlan: "1. Revisar el diagnóstico de talento humano.\n2. Taller virtual con la oficina de personal.\n3. Acompañar la actualización del plan de capacitación.",
      plannedAt: new Date("2026-02-05T15:00:00Z"),
    },
  });
  await db.advisorySession.create({
    data: {
      entityId: rionegro.id,
      requestId: request.id,
      heldOn: new Date("2026-02-12T00:00:00Z"),
      modality: "VIRTUAL",
      attendees: "Jefe de talento humano; profesional de planeación",
      topics: "Diagnóstico de talento humano y cronograma del plan de capacitación.",
      recordedByName: advisor.name,
    },
  });
  const guarnePlanner = await db.user.findUniqueOrThrow({ where: { email: demoEmail("PLANEACION", "guarne") } });
  await db.advisoryRequest.create({
    data: {
      entityId: guarne.id,
      departmentCode: "05",
      policyCode: "POL10",
      baselineVigencia: await latestVigencia(db, guarne.sigepCode),
      subject: "Rendición de cuentas",
      description: "Necesitamos orientación para la estrategia de rendición de cuentas de este año.",
      requestedById: guarnePlanner.id,
      requestedByName: guarnePlanner.name,
    },
  });
  await db.seedRun.create({ data: { name: ADVISORY_STEP } });
  return true;
}

/** Only when official results of Antioquia exist: the offer is built from them. */
export async function seedDemoTrainingOffer(db: DbClient): Promise<boolean> {
  if (await db.seedRun.findUnique({ where: { name: TRAINING_STEP } })) return false;
  const advisor = await db.user.findUnique({ where: { email: DEMO_ADVISOR_EMAIL } });
  if (!advisor) return false;
  await asSystem(db);
  const [vigencia] = await readDepartmentVigencias(db, "05");
  if (vigencia === undefined) return false;
  const groups = groupByLowestPolicy(await readDepartmentRows(db, "05", vigencia));
  const largest = [...groups].sort((a, b) => b.entities.length - a.entities.length)[0];
  if (!largest) return false;
  await db.trainingOffer.create({
    data: {
      departmentCode: "05",
      policyCode: largest.policyCode,
      vigencia,
      title: `Taller de fortalecimiento de ${largest.policyCode}`,
      description: "Taller práctico con herramientas y documentos de apoyo para la política con el puntaje más bajo del grupo.",
      scheduledOn: new Date("2026-03-18T00:00:00Z"),
      modality: "PRESENCIAL",
      place: "Centro Administrativo Departamental, Medellín",
      createdByName: advisor.name,
      invitees: { create: largest.entities.map((e) => ({ sigepCode: e.sigepCode, entityName: e.entityName })) },
    },
  });
  await db.seedRun.create({ data: { name: TRAINING_STEP } });
  return true;
}
