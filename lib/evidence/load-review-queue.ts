// Control interno's queue: evidence whose current revision is pending, and
// pending links of evidence already reviewed, oldest first.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { mapInSeries } from "@/lib/db/in-series";
import { isExpired } from "./expiry";
import { describeLinkTarget } from "./link-targets";

export async function loadReviewQueue(ctx: EntityContext) {
  return withTenant(ctx, async (db) => {
    const evidences = await db.evidence.findMany({
      where: { entityId: ctx.entityId, reviewState: "PENDIENTE" },
      orderBy: { pendingSince: "asc" },
      take: 200,
      select: { id: true, title: true, vigencia: true, policyCode: true, currentRevision: true, pendingSince: true, validUntil: true, owner: { select: { name: true } } },
    });
    const links = await db.evidenceLink.findMany({
      where: { entityId: ctx.entityId, reviewState: "PENDIENTE", evidence: { reviewState: { not: "PENDIENTE" } } },
      orderBy: { createdAt: "asc" },
      take: 200,
      include: { evidence: { select: { id: true, title: true, validUntil: true } } },
    });
    return {
      evidences: evidences.map((e) => ({ ...e, expired: isExpired(e.validUntil) })),
      links: await mapInSeries(links, async (l) => ({ ...l, expired: isExpired(l.evidence.validUntil), target: await describeLinkTarget(db, ctx.entityId, l.targetKind, l) })),
    };
  });
}
