// The official recommendations to one entity for one vigencia, by policy.
import type { DbClient } from "@/lib/db/prisma";

export async function loadEntityRecommendations(db: DbClient, entity: { id: string; sigepCode: string }, vigencia: number) {
  return db.officialRecommendation.findMany({
    where: { vigencia, OR: [{ sigepCode: entity.sigepCode }, { entityId: entity.id }] },
    orderBy: [{ policyCode: "asc" }, { sortOrder: "asc" }],
    select: { id: true, policyCode: true, policyName: true, text: true, relatedPolicyName: true },
  });
}
