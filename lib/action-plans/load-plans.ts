// The entity's plans, newest vigencia first, with their progress computed the
// same way as on each plan's page.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import type { DbClient } from "@/lib/db/prisma";
import { bogotaToday, effectiveStatus } from "./effective-status";
import { summarizeProgress } from "./summarize-progress";

export async function loadPlans(ctx: EntityContext, now: Date = new Date()) {
  const today = bogotaToday(now);
  const plans = await withTenant(ctx, (db) =>
    db.actionPlan.findMany({
      orderBy: [{ vigencia: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        name: true,
        vigencia: true,
        policyCode: true,
        state: true,
        createdAt: true,
        items: { select: { status: true, dueDate: true, progress: true } },
      },
    }),
  );
  return plans.map(({ items, ...plan }) => ({
    ...plan,
    progress: summarizeProgress(items.map((i) => ({ status: effectiveStatus(i, today), progress: i.progress }))),
  }));
}

/** Self-assessments that have at least one score: the ones a plan can start from. */
export async function loadScoredAssessments(ctx: EntityContext) {
  return withTenant(ctx, async (db) => {
    const assessments = await db.selfAssessment.findMany({
      where: { responses: { some: { score: { not: null } } } },
      orderBy: [{ vigencia: "desc" }, { policyCode: "asc" }],
      select: { id: true, vigencia: true, policyCode: true, state: true },
    });
    const names = await policyNames(db);
    return assessments.map((a) => ({ ...a, policyName: names.get(a.policyCode) ?? a.policyCode }));
  });
}

/** Policy names by POL code, from the newest catalog version that has them. */
export async function policyNames(db: DbClient): Promise<Map<string, string>> {
  const policies = await db.catalogPolicy.findMany({ orderBy: { version: { createdAt: "asc" } }, select: { code: true, name: true } });
  return new Map(policies.map((p) => [p.code, p.name]));
}
