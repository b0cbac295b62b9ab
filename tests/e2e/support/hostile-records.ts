// The records html-as-text.spec.ts fills with hostile text, written with the
// owner client (the UI paths are covered once per feature in the spec): one
// entity in department 91 with an evidence, a finding, a FURAG answer, an
// action plan, a committee session, an advisory request and official results.
import type { Db } from "@/lib/db/prisma";
import { insertOfficialResults } from "@/tests/integration/setup/official-results";
import { FORMULA, PAYLOAD } from "./hostile-text";

export const DEPARTMENT = "91";
export const RESULTS_VIGENCIA = 2024;
export const FURAG_VIGENCIA = 2025;

export type HostileIds = {
  entityId: string;
  sigepCode: string;
  userId: string;
  assessmentId: string;
  activityId: string;
  evidenceId: string;
  findingId: string;
  furagQuestionId: string;
  furagModule: string;
  planId: string;
  itemId: string;
  cancelledItemId: string;
  sessionId: string;
  requestId: string;
};

type Base = Pick<HostileIds, "entityId" | "sigepCode" | "userId" | "assessmentId" | "activityId">;

async function storeEvidence(owner: Db, b: Base, furagAnswer: { id: string }) {
  const evidence = await owner.evidence.create({
    data: {
      entityId: b.entityId, vigencia: 2025, title: `Acta ${PAYLOAD}`, description: PAYLOAD, documentDate: new Date("2025-03-14"), ownerId: b.userId, policyCode: "POL03",
      reviewState: "CON_OBSERVACIONES", reviewComment: PAYLOAD, reviewedAt: new Date(), reviewedByName: PAYLOAD, createdById: b.userId,
    },
  });
  const revision = await owner.evidenceRevision.create({ data: { entityId: b.entityId, evidenceId: evidence.id, number: 1, note: PAYLOAD, createdById: b.userId, createdByName: "Planeación HTML" } });
  await owner.evidenceFile.create({
    data: { entityId: b.entityId, revisionId: revision.id, storageKey: `e2e-html/${evidence.id}`, originalName: `${PAYLOAD}.csv`, mediaType: "text/csv", sizeBytes: 10, sha256: "a".repeat(64) },
  });
  // Stored straight in the database (the forms refuse it): must be shown, never become a link.
  await owner.evidenceUrl.create({ data: { entityId: b.entityId, revisionId: revision.id, url: "javascript:alert(3)" } });
  await owner.evidenceReview.create({
    data: { entityId: b.entityId, evidenceId: evidence.id, revisionNumber: 1, state: "CON_OBSERVACIONES", comment: PAYLOAD, reviewerId: b.userId, reviewerName: "Control HTML" },
  });
  await owner.evidenceLink.create({
    data: { entityId: b.entityId, evidenceId: evidence.id, targetKind: "FURAG_OPTION", targetId: furagAnswer.id, targetSubId: "respuesta", reviewComment: PAYLOAD, createdById: b.userId },
  });
  return evidence.id;
}

async function storePlan(owner: Db, b: Base) {
  const plan = await owner.actionPlan.create({ data: { entityId: b.entityId, vigencia: 2025, policyCode: "POL03", name: `Plan ${PAYLOAD}`, createdById: b.userId } });
  const common = { entityId: b.entityId, planId: plan.id, sourceKind: "ACTIVITY" as const, assessmentId: b.assessmentId, activityId: b.activityId, policyCode: "POL03", responsibleId: b.userId };
  const item = await owner.actionPlanItem.create({
    data: {
      ...common, sourceKey: "html-1", gapLabel: PAYLOAD, sortOrder: 1, action: `Acción ${PAYLOAD}`, deliverable: FORMULA.equals, indicator: FORMULA.plus, goal: FORMULA.minus,
      dueDate: new Date("2026-12-31"), completionNote: FORMULA.at,
    },
  });
  const cancelled = await owner.actionPlanItem.create({
    data: { ...common, sourceKey: "html-2", gapLabel: "Brecha cancelada", sortOrder: 2, action: "Acción cancelada", status: "CANCELADA", cancelReason: `Cancelada ${PAYLOAD}` },
  });
  await owner.actionPlanItemNote.create({ data: { entityId: b.entityId, itemId: item.id, body: `Avance ${PAYLOAD}`, progress: 20, authorId: b.userId, authorName: "Planeación HTML" } });
  return { planId: plan.id, itemId: item.id, cancelledItemId: cancelled.id };
}

async function storeCommittee(owner: Db, b: Base) {
  const session = await owner.committeeSession.create({ data: { entityId: b.entityId, heldOn: new Date("2025-04-10"), place: PAYLOAD, agenda: [`Tema ${PAYLOAD}`, FORMULA.equals] } });
  const ref = { entityId: b.entityId, sessionId: session.id };
  await owner.committeeAttendee.create({ data: { ...ref, name: `Invitado ${PAYLOAD}`, position: PAYLOAD } });
  await owner.committeeDecision.create({ data: { ...ref, text: `Decisión ${PAYLOAD}` } });
  await owner.committeeCommitment.create({ data: { ...ref, text: `Compromiso ${PAYLOAD}`, responsible: PAYLOAD, dueOn: new Date("2025-06-30") } });
  return session.id;
}

async function storeAdvisoryRequest(owner: Db, b: Base) {
  const request = await owner.advisoryRequest.create({
    data: {
      entityId: b.entityId, departmentCode: DEPARTMENT, policyCode: "POL03", baselineVigencia: RESULTS_VIGENCIA, subject: `Asunto ${PAYLOAD}`, description: `Necesidad ${PAYLOAD}`,
      state: "EN_EJECUCION", requestedById: b.userId, requestedByName: "Planeación HTML", leaderReferral: PAYLOAD, assistancePlan: PAYLOAD,
    },
  });
  await owner.advisorySession.create({
    data: { entityId: b.entityId, requestId: request.id, heldOn: new Date("2025-05-05"), modality: "VIRTUAL", attendees: `Asistentes ${PAYLOAD}`, topics: `Temas ${PAYLOAD}`, recordedByName: "Asesor HTML" },
  });
  return request.id;
}

/** Fills every hostile record; `b` is the entity with its planner, an autodiagnóstico and one activity. */
export async function storeHostileRecords(owner: Db, b: Base): Promise<HostileIds> {
  const question = await owner.furagQuestion.findFirstOrThrow({ where: { type: "OPEN_TEXT", retired: false, questionnaire: { vigencia: FURAG_VIGENCIA } }, orderBy: { sortOrder: "asc" } });
  const answer = await owner.furagAnswer.create({
    data: {
      entityId: b.entityId, questionId: question.id, responsibleUserId: b.userId, state: "CON_OBSERVACIONES", updatedById: b.userId,
      value: { selected: [], numbers: {}, text: `Respuesta ${PAYLOAD}`, supports: { respuesta: FORMULA.at } },
    },
  });
  await owner.furagAnswerComment.create({ data: { entityId: b.entityId, answerId: answer.id, authorId: b.userId, authorName: "Control HTML", body: `Comentario ${PAYLOAD}` } });
  const evidenceId = await storeEvidence(owner, b, answer);
  const finding = await owner.finding.create({
    data: {
      entityId: b.entityId, severity: "ALTA", description: `Hallazgo ${PAYLOAD}`, policyCode: "POL03", evidenceId, responsibleId: b.userId, dueDate: new Date("2026-06-30"),
      state: "RESPONDIDO", answer: `Respuesta ${PAYLOAD}`, answeredAt: new Date(), answeredByName: "Planeación HTML", createdById: b.userId, createdByName: "Control HTML",
    },
  });
  await insertOfficialResults(owner, RESULTS_VIGENCIA, [
    { sigepCode: b.sigepCode, entityId: b.entityId, entityName: `Alcaldía oficial ${PAYLOAD}`, departmentCode: DEPARTMENT, idi: 61.5, scores: { POL03: 40.2, POL07: 70 } },
    { sigepCode: "E2EHTML1", entityName: FORMULA.equals, departmentCode: DEPARTMENT, idi: 55, scores: { POL03: 30, POL07: 65 } },
  ], "e2e-html");
  return {
    ...b,
    evidenceId,
    findingId: finding.id,
    furagQuestionId: question.id,
    furagModule: question.modulePrefix,
    ...(await storePlan(owner, b)),
    sessionId: await storeCommittee(owner, b),
    requestId: await storeAdvisoryRequest(owner, b),
  };
}
