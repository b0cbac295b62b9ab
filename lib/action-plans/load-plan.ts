// Everything the plan page, the timeline and the exports need, in one
// transaction: items with their computed status (vencida at read time), the
// before/after score of each gap, progress per policy and per responsible,
// and the source policy's score then and now; the state now of FURAG and
// finding gaps; the evidence of completion of each item. Scores come from the
// scoring module through loadAssessmentScores.
import type { EntityContext } from "@/lib/authz/entity-context";
import { hasPermission } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { NotFoundError } from "@/lib/errors/app-error";
import { loadAssessmentScores } from "./assessment-scores";
import { bogotaToday, effectiveStatus } from "./effective-status";
import { loadItemEvidence } from "./evidence/completion-evidence";
import { loadGapStates } from "./gap-state";
import { mayEditItem, mayEditPlan } from "./plan-access";
import { summarizeBy, summarizeProgress } from "./summarize-progress";

export const NO_RESPONSIBLE = "Sin responsable";
export const NO_POLICY = "Sin política";

export async function loadPlan(ctx: EntityContext, planId: string, now: Date = new Date()) {
  const today = bogotaToday(now);
  return withTenant(ctx, async (db) => {
    const plan = await db.actionPlan.findUnique({
      where: { id: planId },
      include: {
        transitions: { orderBy: { createdAt: "desc" } },
        items: {
          orderBy: { sortOrder: "asc" },
          include: { responsible: { select: { name: true } }, activity: { select: { code: true } }, assessment: { select: { vigencia: true, policyCode: true, state: true } },
            commitment: { select: { sessionId: true } },
          },
        },
      },
    });
    if (!plan) throw new NotFoundError();
    const assessmentIds = [...new Set([plan.sourceAssessmentId, ...plan.items.map((i) => i.assessmentId)].filter((id): id is string => id !== null))];
    const scores = await loadAssessmentScores(db, ctx.entityId, assessmentIds);
    const policyName = plan.policyCode
      ? ((await db.catalogPolicy.findFirst({ where: { code: plan.policyCode }, orderBy: { version: { createdAt: "desc" } }, select: { name: true } }))?.name ?? null)
      : null;

    const evidence = await loadItemEvidence(db, ctx.entityId, plan.items.map((i) => i.id));
    const gapStates = await loadGapStates(db, ctx.entityId, plan.items);

    const items = plan.items.map((item) => {
      const assessment = item.assessmentId ? scores.get(item.assessmentId) : undefined;
      const current = assessment?.activities.find((a) => a.id === item.activityId);
      return {
        ...item,
        responsibleName: item.responsible?.name ?? null,
        effectiveStatus: effectiveStatus(item, today),
        evidence: evidence.get(item.id) ?? [],
        /** FURAG and finding items: the gap's state now instead of a score. */
        gapState: gapStates.get(item.id) ?? null,
        scoreNow: current && !current.notApplicable ? current.score : null,
        rescoreHref:
          item.assessment && item.activity
            ? `/e/${ctx.entityId}/autodiagnosticos/${item.assessment.policyCode}?vigencia=${item.assessment.vigencia}#actividad-${item.activity.code}`
            : null,
        assessmentLocked: item.assessment?.state === "APROBADO",
        /** Items converted from a committee commitment link back to its session. */
        commitmentHref: item.commitment ? `/e/${ctx.entityId}/comite/${item.commitment.sessionId}` : null,
        canEdit: plan.state !== "CERRADO" && mayEditItem(ctx, item),
      };
    });
    const canEditPlan = plan.state !== "CERRADO" && mayEditPlan(ctx, plan);
    return {
      plan: { ...plan, items: undefined, policyName },
      today,
      items,
      progress: summarizeProgress(items.map((i) => ({ status: i.effectiveStatus, progress: i.progress }))),
      byPolicy: summarizeBy(
        items.map((i) => ({ status: i.effectiveStatus, progress: i.progress, policyCode: i.policyCode })),
        (i) => i.policyCode ?? NO_POLICY,
      ),
      byResponsible: summarizeBy(
        items.map((i) => ({ status: i.effectiveStatus, progress: i.progress, who: i.responsibleName })),
        (i) => i.who ?? NO_RESPONSIBLE,
      ),
      policyScore: { before: plan.policyScoreBefore, now: plan.sourceAssessmentId ? (scores.get(plan.sourceAssessmentId)?.policyScore ?? null) : null },
      permissions: {
        canEditPlan,
        canAddGaps: canEditPlan && plan.sourceAssessmentId !== null,
        canApprove: plan.state === "BORRADOR" && hasPermission(ctx, "plan.approve"),
        canStart: plan.state === "APROBADO" && mayEditPlan(ctx, plan),
        canClose: plan.state === "EN_SEGUIMIENTO" && hasPermission(ctx, "plan.approve"),
        canReopen: plan.state === "CERRADO" && hasPermission(ctx, "plan.approve"),
      },
    };
  });
}

export type PlanView = Awaited<ReturnType<typeof loadPlan>>;
export type PlanItemView = PlanView["items"][number];
