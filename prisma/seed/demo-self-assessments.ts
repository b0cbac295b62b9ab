// Demo autodiagnósticos of Rionegro for vigencia 2025, so the dashboard, the
// committee and the reports have something to show. Scores are generated
// deterministically (same database, same numbers) and clearly belong to the
// demo tenant. Three policies are left unstarted on purpose: the filling demos
// (and their e2e specs) start Mejora Normativa, Servicio al Ciudadano and
// Participación Ciudadana from scratch in the following vigencia.
import type { DbClient } from "@/lib/db/prisma";
import type { AssessmentState } from "@/lib/generated/prisma/enums";
import { demoEmail } from "./demo-data";

export const DEMO_ASSESSMENT_VIGENCIA = 2025;
const LEFT_UNSTARTED = new Set(["POL10", "POL11", "POL13"]);
/** Integridad 2025 belongs to the demo action plan (seed-demo-plan.ts), which scores it itself. */
const OWNED_BY_PLAN_DEMO = "POL02";
const APPROVED = new Set(["POL01", "POL02", "POL03", "POL14", "POL19"]);
const IN_REVIEW = new Set(["POL04", "POL05", "POL15"]);
/** The level each policy lands in, spread over the five levels like a real entity. */
const MEAN_SCORE: Record<string, number> = {
  POL01: 72, POL02: 85, POL03: 64, POL04: 48, POL05: 55, POL06: 38, POL07: 44, POL08: 27,
  POL09: 69, POL12: 52, POL14: 76, POL15: 58, POL16: 33, POL17: 19, POL18: 41, POL19: 88,
};

/** A small linear congruential generator: deterministic and good enough for demo scores. */
function generator(seed: string) {
  let state = [...seed].reduce((acc, ch) => (acc * 31 + ch.charCodeAt(0)) >>> 0, 7);
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  for (let i = 0; i < 8; i++) next(); // close seeds ("POL01", "POL02") start far apart
  return next;
}

function stateOf(policyCode: string): AssessmentState {
  if (APPROVED.has(policyCode)) return "APROBADO";
  return IN_REVIEW.has(policyCode) ? "EN_REVISION" : "BORRADOR";
}

export async function seedDemoSelfAssessments(db: DbClient, entityId: string): Promise<void> {
  const planner = await db.user.findUniqueOrThrow({ where: { email: demoEmail("PLANEACION", "rionegro") }, select: { id: true, name: true } });
  const committee = await db.user.findUniqueOrThrow({ where: { email: demoEmail("COMITE", "rionegro") }, select: { id: true, name: true } });
  const instruments = await db.instrument.findMany({
    where: { source: "FARO_REFERENCE", entityId: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, policyCode: true, activities: { orderBy: { sortOrder: "asc" }, select: { id: true } } },
  });
  const seen = new Set<string>();
  for (const instrument of instruments) {
    if (seen.has(instrument.policyCode) || LEFT_UNSTARTED.has(instrument.policyCode) || instrument.policyCode === OWNED_BY_PLAN_DEMO) continue;
    seen.add(instrument.policyCode);
    const random = generator(instrument.policyCode);
    const state = stateOf(instrument.policyCode);
    const mean = MEAN_SCORE[instrument.policyCode] ?? 50;
    const filled = state === "BORRADOR" ? 0.55 + random() * 0.35 : 1;
    const submittedAt = new Date(Date.UTC(2025, 10, 3 + Math.floor(random() * 20), 15));
    const approvedAt = new Date(submittedAt.getTime() + 6 * 24 * 3600 * 1000);
    const assessment = await db.selfAssessment.create({
      data: {
        entityId,
        vigencia: DEMO_ASSESSMENT_VIGENCIA,
        policyCode: instrument.policyCode,
        instrumentId: instrument.id,
        state,
        submittedAt: state === "BORRADOR" ? null : submittedAt,
        ...(state === "APROBADO" ? { approvedAt, approvedById: committee.id, approvedByName: committee.name } : {}),
      },
    });
    const answered = instrument.activities.slice(0, Math.round(instrument.activities.length * filled));
    await db.activityResponse.createMany({
      data: answered.map((activity) => {
        const notApplicable = random() < 0.04;
        const score = notApplicable ? null : Math.max(0, Math.min(100, Math.round(mean + (random() - 0.5) * 40)));
        return { entityId, assessmentId: assessment.id, activityId: activity.id, score, notApplicable, updatedById: planner.id };
      }),
    });
    if (state === "BORRADOR") continue;
    await db.assessmentTransition.create({
      data: { entityId, assessmentId: assessment.id, fromState: "BORRADOR", toState: "EN_REVISION", actorId: planner.id, actorName: planner.name, createdAt: submittedAt },
    });
    if (state === "APROBADO") {
      await db.assessmentTransition.create({
        data: { entityId, assessmentId: assessment.id, fromState: "EN_REVISION", toState: "APROBADO", actorId: committee.id, actorName: committee.name, createdAt: approvedAt },
      });
    }
  }
}
