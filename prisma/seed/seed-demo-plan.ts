// Demo step: Rionegro's approved Integridad (POL02) self-assessment for 2025
// and its improvement plan in follow-up, with items in every state (one
// cumplida, one en curso due soon, one overdue, one cancelled, the rest
// pending), dated relative to the day the seed runs so "vencida" and the
// reminders show up. Gaps and order come from the real gap selection.
import type { DbClient } from "@/lib/db/prisma";
import { activitySourceKey } from "@/lib/action-plans/gaps/activity-gaps";
import { DEFAULT_GAP_RULE, selectActivityGaps, targetScoreOf } from "@/lib/action-plans/gaps/select-gaps";
import { priorityForDistance } from "@/lib/action-plans/gap-items";
import { scorePolicy } from "@/lib/scoring";
import { demoEmail } from "./demo-data";

const STEP = "demo-action-plan-v1";
/** Deterministic demo scores, cycled over the activities: a mix of every level. */
const SCORES = [35, 72, 18, 55, 64, 40, 85, 28, 60, 90, 47, 15];
const DAY = 86_400_000;

function day(offsetDays: number, now: Date): Date {
  return new Date(`${new Date(now.getTime() + offsetDays * DAY).toISOString().slice(0, 10)}T00:00:00Z`);
}

export async function seedDemoActionPlan(db: DbClient, now = new Date()): Promise<boolean> {
  if (await db.seedRun.findUnique({ where: { name: STEP } })) return false;
  const entity = await db.entity.findUnique({ where: { sigepCode: "900615" }, select: { id: true } });
  const instrument = await db.instrument.findFirst({ where: { policyCode: "POL02", source: "FARO_REFERENCE", entityId: null }, orderBy: { createdAt: "desc" }, select: { id: true } });
  if (!entity || !instrument) return false; // no demo tenants or no reference instruments here yet
  const person = (role: "PLANEACION" | "RESPONSABLE" | "COMITE") => db.user.findUniqueOrThrow({ where: { email: demoEmail(role, "rionegro") }, select: { id: true, name: true } });
  const [planner, responsible, committee] = [await person("PLANEACION"), await person("RESPONSABLE"), await person("COMITE")];

  const activities = await db.instrumentActivity.findMany({
    where: { instrumentId: instrument.id },
    orderBy: [{ category: { component: { sortOrder: "asc" } } }, { category: { sortOrder: "asc" } }, { sortOrder: "asc" }],
    select: { id: true, code: true, activityText: true, itemText: true, categoryId: true, category: { select: { componentId: true } } },
  });
  const scored = activities.map((a, i) => ({ ...a, position: i, score: SCORES[i % SCORES.length]!, notApplicable: false }));
  const existing = await db.selfAssessment.findUnique({ where: { entityId_vigencia_policyCode: { entityId: entity.id, vigencia: 2025, policyCode: "POL02" } } });
  if (existing) return false; // someone already works on it in this demo: leave it alone
  const assessment = await db.selfAssessment.create({
    data: { entityId: entity.id, vigencia: 2025, policyCode: "POL02", instrumentId: instrument.id, state: "APROBADO", approvedAt: now, approvedById: committee.id, approvedByName: committee.name },
  });
  await db.activityResponse.createMany({
    data: scored.map((a) => ({ entityId: entity.id, assessmentId: assessment.id, activityId: a.id, score: a.score, updatedById: planner.id })),
  });
  const policyScore = scorePolicy(scored.map((a) => ({ id: a.id, score: a.score, notApplicable: false, categoryId: a.categoryId, componentId: a.category.componentId })));

  const plan = await db.actionPlan.create({
    data: {
      entityId: entity.id,
      vigencia: 2025,
      policyCode: "POL02",
      name: "Plan de mejoramiento Integridad 2025",
      sourceAssessmentId: assessment.id,
      policyScoreBefore: policyScore,
      state: "EN_SEGUIMIENTO",
      approvedAt: now,
      approvedById: committee.id,
      approvedByName: committee.name,
      createdById: planner.id,
    },
  });
  await db.actionPlanTransition.createMany({
    data: [
      { entityId: entity.id, planId: plan.id, fromState: "BORRADOR", toState: "APROBADO", actorId: committee.id, actorName: committee.name },
      { entityId: entity.id, planId: plan.id, fromState: "APROBADO", toState: "EN_SEGUIMIENTO", actorId: planner.id, actorName: planner.name },
    ],
  });
  const gaps = selectActivityGaps(scored, DEFAULT_GAP_RULE).slice(0, 6);
  const states = [
    { status: "CUMPLIDA" as const, progress: 100, due: -10, completionNote: "Código de integridad socializado; actas en el repositorio de Talento Humano.", completedAt: new Date(now.getTime() - 12 * DAY) },
    { status: "EN_CURSO" as const, progress: 60, due: 10 },
    { status: "PENDIENTE" as const, progress: 0, due: -5 },
    { status: "CANCELADA" as const, progress: 0, due: 30, cancelReason: "Se unió con la acción de conflicto de intereses del plan anticorrupción." },
    { status: "PENDIENTE" as const, progress: 0, due: 60 },
    { status: "PENDIENTE" as const, progress: 0, due: 90 },
  ];
  await db.actionPlanItem.createMany({
    data: gaps.map((gap, i) => {
      const state = states[i]!;
      const label = `${gap.activity.code} · ${gap.activity.itemText ?? gap.activity.activityText}`;
      return {
        entityId: entity.id,
        planId: plan.id,
        sourceKind: "ACTIVITY" as const,
        sourceKey: activitySourceKey(assessment.id, gap.activity.id),
        assessmentId: assessment.id,
        activityId: gap.activity.id,
        gapLabel: label,
        policyCode: "POL02",
        scoreBefore: gap.activity.score,
        action: `Cerrar la brecha: ${label}`.slice(0, 2000),
        deliverable: "Documento o acta que demuestre la actividad",
        indicator: "Actividad realizada y documentada",
        goal: `Alcanzar al menos ${targetScoreOf(DEFAULT_GAP_RULE.targetLevel)} puntos`,
        responsibleId: i % 2 === 0 ? responsible.id : planner.id,
        startDate: day(state.due - 45, now),
        dueDate: day(state.due, now),
        priority: priorityForDistance(gap.distance),
        status: state.status,
        progress: state.progress,
        completionNote: state.completionNote ?? null,
        completedAt: state.completedAt ?? null,
        cancelReason: state.cancelReason ?? null,
        sortOrder: i,
      };
    }),
  });
  await linkCompletionEvidence(db, entity.id, plan.id, planner.id);
  await db.seedRun.create({ data: { name: STEP } });
  return true;
}

/** The cumplida item shows its evidence of completion: an accepted demo evidence of Rionegro, when the evidence demo ran. */
async function linkCompletionEvidence(db: DbClient, entityId: string, planId: string, actorId: string): Promise<void> {
  const done = await db.actionPlanItem.findFirst({ where: { planId, status: "CUMPLIDA" }, select: { id: true } });
  const evidence = await db.evidence.findFirst({ where: { entityId, reviewState: "ACEPTADA" }, orderBy: { createdAt: "asc" }, select: { id: true } });
  if (!done || !evidence) return;
  await db.evidenceLink.create({ data: { entityId, evidenceId: evidence.id, targetKind: "PLAN_ITEM", targetId: done.id, policyCode: "POL02", createdById: actorId } });
}
