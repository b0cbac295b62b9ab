// One entity of the department as the advisor sees it: its official scores
// in every vigencia (the trend) and, only if the entity chose to share it,
// its own autodiagnóstico. The sharing rule is enforced by row-level security
// (faro_advisor_reads_entity): this code asks for the data and gets nothing
// from an entity that does not share, whatever it asks.
import { withAdvisor, type AdvisorContext } from "@/lib/authz/advisor-context";
import { sql, withUserSql } from "@/lib/db/sql";
import { NotFoundError } from "@/lib/errors/app-error";
import { readPolicyOverview, type PolicyOverview } from "@/lib/self-assessments/load-policy-overview";
import { POLICY_CODES } from "./department-table-types";
import { readPolicyNames } from "./read-department-rows";

export type OfficialTrendRow = { vigencia: number; idi: number | null; scores: Record<string, number | null> };

export type AdvisedEntity = {
  sigepCode: string;
  name: string;
  municipalityName: string | null;
  platformEntity: { id: string; sharesWithAdvisor: boolean } | null;
  trend: OfficialTrendRow[];
  policies: { code: string; name: string }[];
  /** Present only when the entity shares; vigencia = newest with any self-assessment. */
  selfAssessment: { vigencia: number; overview: PolicyOverview } | null;
};

export async function loadAdvisedEntity(ctx: AdvisorContext, sigepCode: string): Promise<AdvisedEntity> {
  const advised = await withAdvisor(ctx, async (db): Promise<Omit<AdvisedEntity, "selfAssessment">> => {
    // One after another: the transaction's queries share one connection.
    const results = await db.officialEntityResult.findMany({
      where: { sigepCode, departmentCode: ctx.departmentCode },
      select: { vigencia: true, entityName: true, municipalityName: true, idi: true, policyScores: { select: { policyCode: true, score: true } } },
      orderBy: { vigencia: "asc" },
    });
    const platform = await db.entity.findFirst({
      where: { sigepCode, departmentCode: ctx.departmentCode },
      select: { id: true, name: true, municipalityName: true, sharesWithAdvisor: true },
    });
    const policies = await readPolicyNames(db);
    if (results.length === 0 && !platform) throw new NotFoundError();
    const trend = results.map((r) => {
      const scores: Record<string, number | null> = Object.fromEntries(POLICY_CODES.map((c) => [c, null]));
      for (const s of r.policyScores) scores[s.policyCode] = s.score;
      return { vigencia: r.vigencia, idi: r.idi, scores };
    });
    const newest = results.at(-1);
    return {
      sigepCode,
      name: platform?.name ?? newest!.entityName,
      municipalityName: platform?.municipalityName ?? newest?.municipalityName ?? null,
      platformEntity: platform ? { id: platform.id, sharesWithAdvisor: platform.sharesWithAdvisor } : null,
      trend,
      policies,
    };
  });
  const selfAssessment = advised.platformEntity?.sharesWithAdvisor ? await readSharedSelfAssessment(ctx, advised.platformEntity.id) : null;
  return { ...advised, selfAssessment };
}

/**
 * The sharing entity's newest autodiagnósticos, read through the driver like
 * the entity's own overview (readPolicyOverview takes an SqlTx), in the
 * advisor's scope: withAdvisor's settings (the advisor as the acting person,
 * no entity), so row-level security (faro_advisor_reads_entity) still decides
 * and returns rows only for an entity that shares.
 */
async function readSharedSelfAssessment(ctx: AdvisorContext, entityId: string): Promise<AdvisedEntity["selfAssessment"]> {
  return withUserSql(ctx.userId, async (tx) => {
    const latest = await tx.first<{ vigencia: number }>(sql`
      SELECT vigencia FROM self_assessments WHERE entity_id = ${entityId}::uuid ORDER BY vigencia DESC LIMIT 1`);
    return latest ? { vigencia: latest.vigencia, overview: await readPolicyOverview(tx, entityId, latest.vigencia) } : null;
  });
}
