// Hallazgos of an entity (open ones first, by due date) and one hallazgo
// with what it is about.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { NotFoundError } from "@/lib/errors/app-error";
import { describeLinkTarget } from "@/lib/evidence/link-targets";
import { listEvidenceFor } from "@/lib/evidence/link-evidence";

const STATE_ORDER = { ABIERTO: 0, RESPONDIDO: 1, CERRADO: 2 } as const;

export async function listFindings(ctx: EntityContext) {
  return withTenant(ctx, async (db) => {
    const rows = await db.finding.findMany({
      where: { entityId: ctx.entityId },
      orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
      take: 300,
      select: { id: true, severity: true, description: true, policyCode: true, state: true, dueDate: true, createdAt: true, responsible: { select: { name: true } } },
    });
    return rows.sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state]);
  });
}

export async function loadFinding(ctx: EntityContext, findingId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(findingId)) throw new NotFoundError();
  return withTenant(ctx, async (db) => {
    const finding = await db.finding.findFirst({
      where: { id: findingId, entityId: ctx.entityId },
      include: { responsible: { select: { id: true, name: true } }, evidence: { select: { id: true, title: true } } },
    });
    if (!finding) throw new NotFoundError();
    const activity =
      finding.assessmentId && finding.activityId
        ? await describeLinkTarget(db, ctx.entityId, "ACTIVITY", { targetId: finding.assessmentId, targetSubId: finding.activityId })
        : null;
    const supporting = await listEvidenceFor(db, ctx.entityId, { kind: "FINDING", targetId: finding.id });
    return { ...finding, activity, supporting };
  });
}
