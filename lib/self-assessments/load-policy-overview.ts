// The entity's 19 policies for a vigencia, grouped by the dimensions of the
// catalog version the entity uses that year: score, level, progress, state
// and responsible people of each. Scores come from the one scoring module.
//
// Straight to the driver (lib/db/sql.ts): the tablero reads this on every
// request, and Prisma's query engine cost more CPU than everything else the
// page does (issue #9). Four statements, whatever the number of policies.
import type { EntityContext } from "@/lib/authz/entity-context";
import { sql, withTenantSql, type SqlTx } from "@/lib/db/sql";
import { NotFoundError } from "@/lib/errors/app-error";
import type { AssessmentState, EntityType, MunicipalCategory } from "@/lib/generated/prisma/enums";
import { computeProgress, scorePolicy, type ScorableActivity, type ScoringProgress } from "@/lib/scoring";
import { activityApplies, toScorableActivity } from "./applicability";

export type PolicyOverview = {
  catalog: { code: string; name: string } | null;
  dimensions: {
    number: number;
    name: string;
    policies: {
      code: string;
      name: string;
      assessment: { id: string; state: AssessmentState; score: number | null; progress: ScoringProgress } | null;
      responsibles: string[];
    }[];
  }[];
};

type CatalogJson = { code: string; name: string; dimensions: { number: number; name: string; policies: { code: string; name: string }[] }[] };
type EntityRow = { type: EntityType; municipalCategory: MunicipalCategory | null; catalog: CatalogJson | null };
/** Responses as [activityId, score, notApplicable]: compact JSON, parsed once. */
type AssessmentRow = { id: string; policyCode: string; state: AssessmentState; instrumentId: string; responses: [string, number | null, boolean][] };
type ActivityRow = { id: string; instrumentId: string; categoryId: string; componentId: string; applicability: unknown };

/**
 * The entity's type and category (criterios diferenciales) and its catalog:
 * the version pinned for the vigencia; else the one it chose for its latest
 * vigencia; else Manual Operativo v6 (B), the current manual.
 */
const entityAndCatalog = (entityId: string, vigencia: number) => sql`
  SELECT e.type::text AS type, e.municipal_category::text AS "municipalCategory",
    (SELECT json_build_object('code', cv.code, 'name', cv.name, 'dimensions', COALESCE((
        SELECT json_agg(json_build_object('number', d.number, 'name', d.name, 'policies', COALESCE((
            SELECT json_agg(json_build_object('code', p.code, 'name', p.name) ORDER BY p.sort_order)
            FROM catalog_policies p WHERE p.dimension_id = d.id), '[]'::json)) ORDER BY d.number)
        FROM catalog_dimensions d WHERE d.version_id = cv.id), '[]'::json))
     FROM catalog_versions cv
     WHERE CASE WHEN pin.version_id IS NULL THEN cv.code = 'B' ELSE cv.id = pin.version_id END
     ORDER BY cv.created_at DESC LIMIT 1) AS catalog
  FROM entities e
  LEFT JOIN LATERAL (
    SELECT ecv.version_id FROM entity_catalog_versions ecv WHERE ecv.entity_id = e.id
    ORDER BY ecv.vigencia = ${vigencia}::int DESC, ecv.vigencia DESC LIMIT 1
  ) pin ON true
  WHERE e.id = ${entityId}::uuid`;

export async function loadPolicyOverview(ctx: EntityContext, vigencia: number): Promise<PolicyOverview> {
  return withTenantSql(ctx, (tx) => readPolicyOverview(tx, ctx.entityId, vigencia));
}

/**
 * The overview inside an existing transaction: the entity's own (above, the
 * tablero) or the departmental advisor's read-only view of a sharing entity.
 */
export async function readPolicyOverview(tx: SqlTx, entityId: string, vigencia: number): Promise<PolicyOverview> {
  const entity = await tx.first<EntityRow>(entityAndCatalog(entityId, vigencia));
  if (!entity) throw new NotFoundError();
  const assessments = await tx.rows<AssessmentRow>(sql`
    SELECT sa.id::text AS id, sa.policy_code AS "policyCode", sa.state::text AS state, sa.instrument_id::text AS "instrumentId",
      COALESCE((SELECT json_agg(json_build_array(r.activity_id, r.score, r.not_applicable)) FROM activity_responses r WHERE r.assessment_id = sa.id), '[]'::json) AS responses
    FROM self_assessments sa WHERE sa.entity_id = ${entityId}::uuid AND sa.vigencia = ${vigencia}::int`);
  const activities = assessments.length === 0 ? [] : await tx.rows<ActivityRow>(sql`
    SELECT a.id::text AS id, a.instrument_id::text AS "instrumentId", a.category_id::text AS "categoryId", c.component_id::text AS "componentId", a.applicability
    FROM instrument_activities a JOIN instrument_categories c ON c.id = a.category_id
    WHERE a.instrument_id = ANY(${[...new Set(assessments.map((a) => a.instrumentId))]}::uuid[])`);
  const responsibles = await tx.rows<{ policyCode: string; name: string }>(sql`
    SELECT pa.policy_code AS "policyCode", u.name
    FROM policy_assignments pa JOIN memberships m ON m.id = pa.membership_id JOIN users u ON u.id = m.user_id
    WHERE pa.entity_id = ${entityId}::uuid AND m.role = 'RESPONSABLE'
    ORDER BY pa.id`);

  const activitiesOf = new Map<string, ActivityRow[]>();
  for (const a of activities) {
    if (!activitiesOf.has(a.instrumentId)) activitiesOf.set(a.instrumentId, []);
    activitiesOf.get(a.instrumentId)!.push(a);
  }
  const summaries = new Map(
    assessments.map((assessment) => {
      const answers = new Map(assessment.responses.map(([activityId, score, notApplicable]) => [activityId, { score, notApplicable }]));
      const scorable: ScorableActivity[] = (activitiesOf.get(assessment.instrumentId) ?? []).map((a) =>
        toScorableActivity({ id: a.id, categoryId: a.categoryId, componentId: a.componentId, applies: activityApplies(a.applicability, entity) }, answers.get(a.id)),
      );
      return [assessment.policyCode, { id: assessment.id, state: assessment.state, score: scorePolicy(scorable), progress: computeProgress(scorable) }];
    }),
  );

  return {
    catalog: entity.catalog ? { code: entity.catalog.code, name: entity.catalog.name } : null,
    dimensions: (entity.catalog?.dimensions ?? []).map((dimension) => ({
      number: dimension.number,
      name: dimension.name,
      policies: dimension.policies.map((policy) => ({
        code: policy.code,
        name: policy.name,
        assessment: summaries.get(policy.code) ?? null,
        responsibles: responsibles.filter((r) => r.policyCode === policy.code).map((r) => r.name),
      })),
    })),
  };
}
