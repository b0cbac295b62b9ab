// Everything the filling page needs in one transaction: the instrument tree,
// the answers, the previous vigencia's answers for comparison, and every
// score computed by the one scoring module.
import { hasPermission, type EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import type { DbClient } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors/app-error";
import { computeProgress, scorePolicy, scorePolicyBreakdown, type ScorableActivity } from "@/lib/scoring";
import { activityApplies, toScorableActivity } from "./applicability";

type ResponseRow = { activityId: string; score: number | null; notApplicable: boolean; observations: string | null; version: number };

async function previousVigencia(db: DbClient, entityId: string, vigencia: number, policyCode: string) {
  const previous = await db.selfAssessment.findUnique({
    where: { entityId_vigencia_policyCode: { entityId, vigencia: vigencia - 1, policyCode } },
    select: { id: true, vigencia: true, responses: { select: { score: true, notApplicable: true, activity: { select: { code: true, categoryId: true, category: { select: { componentId: true } } } } } } },
  });
  if (!previous) return null;
  const activities: ScorableActivity[] = previous.responses.map((r, i) => ({
    id: String(i),
    score: r.score,
    notApplicable: r.notApplicable,
    categoryId: r.activity.categoryId,
    componentId: r.activity.category.componentId,
  }));
  return {
    vigencia: previous.vigencia,
    policyScore: scorePolicy(activities),
    byCode: new Map(previous.responses.map((r) => [r.activity.code, { score: r.score, notApplicable: r.notApplicable }])),
  };
}

export async function loadAssessment(ctx: EntityContext, assessmentId: string) {
  return withTenant(ctx, async (db) => {
    const assessment = await db.selfAssessment.findUnique({
      where: { id: assessmentId },
      include: {
        instrument: { select: { title: true, source: true, sourceNote: true, version: true } },
        transitions: { orderBy: { createdAt: "desc" } },
        responses: { select: { activityId: true, score: true, notApplicable: true, observations: true, version: true } },
      },
    });
    if (!assessment) throw new NotFoundError();
    const entity = await db.entity.findUniqueOrThrow({ where: { id: ctx.entityId }, select: { type: true, municipalCategory: true } });
    const components = await db.instrumentComponent.findMany({
      where: { instrumentId: assessment.instrumentId },
      orderBy: { sortOrder: "asc" },
      select: {
        id: true,
        name: true,
        categories: {
          orderBy: { sortOrder: "asc" },
          select: {
            id: true,
            name: true,
            activities: {
              orderBy: { sortOrder: "asc" },
              select: { id: true, code: true, activityNumber: true, activityText: true, itemText: true, groupLabel: true, criterion: true, rubric: true, applicability: true },
            },
          },
        },
      },
    });
    const previous = await previousVigencia(db, ctx.entityId, assessment.vigencia, assessment.policyCode);
    const responses = new Map<string, ResponseRow>(assessment.responses.map((r) => [r.activityId, r]));

    const applies = new Map(
      components.flatMap((c) => c.categories.flatMap((k) => k.activities.map((a) => [a.id, activityApplies(a.applicability, entity)] as const))),
    );
    const scorable: ScorableActivity[] = components.flatMap((component) =>
      component.categories.flatMap((category) =>
        category.activities.map((activity) =>
          toScorableActivity(
            { id: activity.id, categoryId: category.id, componentId: component.id, applies: applies.get(activity.id)! },
            responses.get(activity.id),
          ),
        ),
      ),
    );
    const scores = scorePolicyBreakdown(scorable);
    const canEdit = assessment.state === "BORRADOR" && hasPermission(ctx, "autodiagnostico.edit", assessment.policyCode);

    return {
      id: assessment.id,
      vigencia: assessment.vigencia,
      policyCode: assessment.policyCode,
      state: assessment.state,
      approvedAt: assessment.approvedAt,
      approvedByName: assessment.approvedByName,
      instrument: assessment.instrument,
      transitions: assessment.transitions,
      scores,
      progress: computeProgress(scorable),
      previous: previous ? { vigencia: previous.vigencia, policyScore: previous.policyScore } : null,
      permissions: {
        canEdit,
        canSubmit: assessment.state === "BORRADOR" && hasPermission(ctx, "autodiagnostico.submit", assessment.policyCode),
        canApprove: assessment.state === "EN_REVISION" && hasPermission(ctx, "autodiagnostico.approve"),
        canReopen: assessment.state === "APROBADO" && hasPermission(ctx, "autodiagnostico.reopen"),
      },
      components: components.map((component) => ({
        id: component.id,
        name: component.name,
        categories: component.categories.map((category) => ({
          id: category.id,
          name: category.name,
          activities: category.activities.map((activity) => {
            const response = responses.get(activity.id);
            const before = previous?.byCode.get(activity.code);
            return {
              id: activity.id,
              code: activity.code,
              activityNumber: activity.activityNumber,
              activityText: activity.activityText,
              itemText: activity.itemText,
              groupLabel: activity.groupLabel,
              criterion: activity.criterion,
              rubric: activity.rubric,
              applies: applies.get(activity.id)!,
              applicabilityNote: (activity.applicability as { note?: string } | null)?.note ?? null,
              response: response
                ? { score: response.score, notApplicable: response.notApplicable, observations: response.observations, version: response.version }
                : { score: null, notApplicable: false, observations: null, version: 0 },
              previous: before ?? null,
            };
          }),
        })),
      })),
    };
  });
}

export type AssessmentView = Awaited<ReturnType<typeof loadAssessment>>;
