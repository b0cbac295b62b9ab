// What the policy page needs before the filling form: the policy's name, its
// assessment for the vigencia if started, and, if not, how it can start.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";

export async function loadPolicyPage(ctx: EntityContext, vigencia: number, policyCode: string) {
  return withTenant(ctx, async (db) => {
    const policy = await db.catalogPolicy.findFirst({
      where: { code: policyCode },
      orderBy: { version: { createdAt: "desc" } },
      select: { name: true },
    });
    const assessment = await db.selfAssessment.findUnique({
      where: { entityId_vigencia_policyCode: { entityId: ctx.entityId, vigencia, policyCode } },
      select: { id: true },
    });
    if (assessment) return { policyName: policy?.name ?? policyCode, assessmentId: assessment.id, start: null };
    // Shared Faro instruments first, then the entity's imported official ones.
    const instruments = await db.instrument.findMany({
      where: { policyCode },
      orderBy: [{ source: "asc" }, { createdAt: "desc" }],
      select: { id: true, title: true, _count: { select: { activities: true } } },
    });
    const previous = await db.selfAssessment.findUnique({
      where: { entityId_vigencia_policyCode: { entityId: ctx.entityId, vigencia: vigencia - 1, policyCode } },
      select: { id: true },
    });
    return {
      policyName: policy?.name ?? policyCode,
      assessmentId: null,
      start: {
        instruments: instruments.map((i) => ({ id: i.id, title: i.title, activityCount: i._count.activities })),
        previousExists: previous !== null,
      },
    };
  });
}
