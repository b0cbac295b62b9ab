// The entity's 19 policies for a vigencia, grouped by the dimensions of the
// catalog version the entity uses that year: score, level, progress, state
// and responsible people of each. Scores come from the one scoring module.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import type { DbClient } from "@/lib/db/prisma";
import { computeProgress, scorePolicy, type ScorableActivity } from "@/lib/scoring";
import { activityApplies, toScorableActivity } from "./applicability";

/**
 * The catalog version pinned for the vigencia; else the one the entity chose
 * for its latest vigencia; else Manual Operativo v6 (B), the current manual.
 */
async function catalogFor(db: DbClient, entityId: string, vigencia: number) {
  const pinned =
    (await db.entityCatalogVersion.findUnique({ where: { entityId_vigencia: { entityId, vigencia } }, select: { versionId: true } })) ??
    (await db.entityCatalogVersion.findFirst({ where: { entityId }, orderBy: { vigencia: "desc" }, select: { versionId: true } }));
  return db.catalogVersion.findFirst({
    where: pinned ? { id: pinned.versionId } : { code: "B" },
    orderBy: { createdAt: "desc" },
    select: {
      code: true,
      name: true,
      dimensions: {
        orderBy: { number: "asc" },
        select: { number: true, name: true, policies: { orderBy: { sortOrder: "asc" }, select: { code: true, name: true } } },
      },
    },
  });
}

export async function loadPolicyOverview(ctx: EntityContext, vigencia: number) {
  return withTenant(ctx, (db) => readPolicyOverview(db, ctx.entityId, vigencia));
}

/**
 * The overview inside an existing unit of work: the entity's own (above) or
 * the departmental advisor's read-only view of a sharing entity.
 */
export async function readPolicyOverview(db: DbClient, entityId: string, vigencia: number) {
  const entity = await db.entity.findUniqueOrThrow({ where: { id: entityId }, select: { type: true, municipalCategory: true } });
  const catalog = await catalogFor(db, entityId, vigencia);
  const assessments = await db.selfAssessment.findMany({
    where: { entityId, vigencia },
    select: {
      id: true,
      policyCode: true,
      state: true,
      instrumentId: true,
      responses: { select: { activityId: true, score: true, notApplicable: true } },
    },
  });
  const instrumentIds = [...new Set(assessments.map((a) => a.instrumentId))];
  const activities = await db.instrumentActivity.findMany({
    where: { instrumentId: { in: instrumentIds } },
    select: { id: true, instrumentId: true, categoryId: true, applicability: true, category: { select: { componentId: true } } },
  });
  const responsibles = await db.policyAssignment.findMany({
    where: { entityId, membership: { role: "RESPONSABLE" } },
    select: { policyCode: true, membership: { select: { user: { select: { name: true } } } } },
  });

  const summaries = new Map(
    assessments.map((assessment) => {
      const answers = new Map(assessment.responses.map((r) => [r.activityId, r]));
      const scorable: ScorableActivity[] = activities
        .filter((a) => a.instrumentId === assessment.instrumentId)
        .map((a) =>
          toScorableActivity(
            { id: a.id, categoryId: a.categoryId, componentId: a.category.componentId, applies: activityApplies(a.applicability, entity) },
            answers.get(a.id),
          ),
        );
      return [assessment.policyCode, { id: assessment.id, state: assessment.state, score: scorePolicy(scorable), progress: computeProgress(scorable) }];
    }),
  );

  return {
    catalog: catalog ? { code: catalog.code, name: catalog.name } : null,
    dimensions: (catalog?.dimensions ?? []).map((dimension) => ({
      number: dimension.number,
      name: dimension.name,
      policies: dimension.policies.map((policy) => ({
        code: policy.code,
        name: policy.name,
        assessment: summaries.get(policy.code) ?? null,
        responsibles: responsibles.filter((r) => r.policyCode === policy.code).map((r) => r.membership.user.name),
      })),
    })),
  };
}

export type PolicyOverview = Awaited<ReturnType<typeof loadPolicyOverview>>;
