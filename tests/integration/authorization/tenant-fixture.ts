// Two entities, A and B, with one member per role in each, built with the
// same factories as the demo. Authorization tests act as these people.
import { createPrismaClient, setAppPrisma, type Db } from "@/lib/db/prisma";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { seedReferenceData } from "@/lib/reference-data/seed-reference-data";
import { addAdvisorTerritory, addMembership, createEntity, createUser } from "@/prisma/seed/factories";
import { createTestDatabase, type TestDatabase } from "../setup/database";
import { addSideEvidence, type SideEvidence } from "./evidence-fixture";
import { addFuragRows } from "./furag-fixture";
import { insertOfficialResults } from "../setup/official-results";

export const ROLES: MemberRole[] = ["ADMIN", "PLANEACION", "RESPONSABLE", "COMITE", "CONTROL_INTERNO", "LECTOR"];

export type Side = {
  entityId: string;
  users: Record<MemberRole, string>;
  memberships: Record<MemberRole, string>;
  /** A POL03 self-assessment for vigencia 2025 and two of its activities. */
  assessmentId: string;
  activityIds: string[];
  /** A committee session with one decision, one commitment and one linked approval, plus an approval not linked yet. */
  committee: { sessionId: string; decisionId: string; commitmentId: string; approvalId: string; unlinkedTransitionId: string };
  /** An evidence with one stored file, linked to activityIds[0], and a finding for the RESPONSABLE. */
  evidence: SideEvidence;
  /** A POL03 action plan (borrador) on that assessment, with two items. */
  planId: string;
  planItemId: string;
  /** A second item, for the case that deletes one. */
  spareItemId: string;
  /** A departmental advisor (ASESOR) of this side's department, not a member of the entity. */
  advisorId: string;
  departmentCode: string;
  sigepCode: string;
  /** An advisory request of the entity (state RECIBIDA) and a training offer of its department. */
  advisoryRequestId: string;
  trainingOfferId: string;
};

export type TenantFixture = {
  database: TestDatabase;
  owner: Db;
  app: Db;
  A: Side;
  B: Side;
  superadminId: string;
  /** A POL03 FURAG question (vigencia 2030) that both entities answered. */
  furagQuestionId: string;
  close(): Promise<void>;
};

async function makeSide(owner: Db, label: string, departmentCode: string): Promise<Side> {
  const entity = await createEntity(owner, {
    name: `Alcaldía ${label}`,
    type: "ALCALDIA",
    departmentCode,
    departmentName: `Departamento ${departmentCode}`,
    municipalityCode: `${departmentCode}001`,
    municipalityName: `Municipio ${label}`,
    municipalCategory: "SEXTA",
  });
  const users = {} as Record<MemberRole, string>;
  const memberships = {} as Record<MemberRole, string>;
  for (const role of ROLES) {
    const user = await createUser(owner, { name: `${role} de ${label}`, password: "Clave-de-prueba-2026" });
    users[role] = user.id;
    memberships[role] = (await addMembership(owner, user.id, entity.id, role)).id;
  }
  // The RESPONSABLE answers for POL03, the policy of the sample assessment.
  await owner.policyAssignment.create({ data: { entityId: entity.id, membershipId: memberships.RESPONSABLE, policyCode: "POL03" } });
  const instrument = await owner.instrument.findFirstOrThrow({ where: { policyCode: "POL03", source: "FARO_REFERENCE" }, select: { id: true } });
  const assessment = await owner.selfAssessment.create({ data: { entityId: entity.id, vigencia: 2025, policyCode: "POL03", instrumentId: instrument.id } });
  const activities = await owner.instrumentActivity.findMany({ where: { instrumentId: instrument.id }, orderBy: { sortOrder: "asc" }, take: 2, select: { id: true } });
  const activityIds = activities.map((a) => a.id);
  const committee = await makeCommitteeSession(owner, entity.id, assessment.id, users.COMITE);
  const evidence = await addSideEvidence(owner, { entityId: entity.id, users, assessmentId: assessment.id, activityId: activityIds[0]! });
  const plan = await makePlan(owner, entity.id, assessment.id, activityIds);
  const advisory = await makeAdvisory(owner, label, departmentCode, entity);
  return { entityId: entity.id, users, memberships, assessmentId: assessment.id, activityIds, committee, evidence, ...plan, ...advisory };
}

async function makeCommitteeSession(owner: Db, entityId: string, assessmentId: string, actorId: string): Promise<Side["committee"]> {
  const session = await owner.committeeSession.create({ data: { entityId, heldOn: new Date("2026-02-10T00:00:00Z"), agenda: ["Revisión de autodiagnósticos"] } });
  const ref = { entityId, sessionId: session.id };
  const decision = await owner.committeeDecision.create({ data: { ...ref, text: "Aprobar el cronograma" } });
  const commitment = await owner.committeeCommitment.create({ data: { ...ref, text: "Publicar el informe", responsible: "Planeación" } });
  const approved = (id: number) =>
    owner.assessmentTransition.create({ data: { entityId, assessmentId, fromState: "EN_REVISION", toState: "APROBADO", actorId, actorName: `Comité ${id}` } });
  const linked = await approved(1);
  const approval = await owner.committeeApproval.create({ data: { ...ref, kind: "SELF_ASSESSMENT", assessmentTransitionId: linked.id } });
  const unlinked = await approved(2);
  return { sessionId: session.id, decisionId: decision.id, commitmentId: commitment.id, approvalId: approval.id, unlinkedTransitionId: unlinked.id };
}

async function makePlan(owner: Db, entityId: string, assessmentId: string, activityIds: string[]) {
  const plan = await owner.actionPlan.create({ data: { entityId, vigencia: 2025, policyCode: "POL03", name: "Plan de prueba", sourceAssessmentId: assessmentId } });
  const [item, spare] = await Promise.all(
    activityIds.map((activityId, i) =>
      owner.actionPlanItem.create({
        data: {
          entityId,
          planId: plan.id,
          sourceKind: "ACTIVITY",
          sourceKey: `ACTIVITY:${assessmentId}:${activityId}`,
          assessmentId,
          activityId,
          gapLabel: `Actividad ${i + 1}`,
          policyCode: "POL03",
          action: `Acción de prueba ${i + 1}`,
          sortOrder: i,
        },
      }),
    ),
  );
  return { planId: plan.id, planItemId: item!.id, spareItemId: spare!.id };
}

async function makeAdvisory(owner: Db, label: string, departmentCode: string, entity: { id: string; sigepCode: string; name: string }) {
  const advisor = await createUser(owner, { name: `Asesor del departamento ${departmentCode}`, password: "Clave-de-prueba-2026" });
  await addAdvisorTerritory(owner, advisor.id, departmentCode);
  await insertOfficialResults(owner, 2024, [
    { sigepCode: entity.sigepCode, entityName: entity.name, entityId: entity.id, departmentCode, idi: 60, scores: { POL03: 40, POL05: 70 } },
  ], `prueba-${label}`);
  const request = await owner.advisoryRequest.create({
    data: { entityId: entity.id, departmentCode, policyCode: "POL03", baselineVigencia: 2024, subject: "Asesoría", description: "Prueba", requestedByName: "Planeación" },
  });
  const offer = await owner.trainingOffer.create({
    data: {
      departmentCode, policyCode: "POL03", vigencia: 2024, title: "Taller", description: "Prueba", scheduledOn: new Date("2026-03-01"),
      modality: "VIRTUAL", place: "Enlace", createdByName: "Asesor", invitees: { create: { sigepCode: entity.sigepCode, entityName: entity.name } },
    },
  });
  return { advisorId: advisor.id, departmentCode, sigepCode: entity.sigepCode, advisoryRequestId: request.id, trainingOfferId: offer.id };
}

export async function createTenantFixture(name: string): Promise<TenantFixture> {
  const database = await createTestDatabase(name);
  const owner = createPrismaClient(database.url, { asAppRole: false });
  const app = createPrismaClient(database.url);
  setAppPrisma(app);
  await seedReferenceData(owner);
  const A = await makeSide(owner, "A", "05");
  const B = await makeSide(owner, "B", "08");
  const superadminId = (await createUser(owner, { name: "Operador", isSuperadmin: true })).id;
  const furagQuestionId = await addFuragRows(owner, [A, B]);
  return {
    database,
    owner,
    app,
    A,
    B,
    superadminId,
    furagQuestionId,
    async close() {
      setAppPrisma(undefined);
      await owner.$disconnect();
      await app.$disconnect();
      await database.drop();
    },
  };
}
