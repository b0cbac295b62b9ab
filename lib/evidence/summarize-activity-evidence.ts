// How many evidences each activity of a self-assessment has, and how many of
// them are vencidas: one grouped query for the whole filling page, so rows
// can show it without loading their evidence until opened.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { isExpired } from "./expiry";

export type ActivityEvidenceSummary = Record<string, { total: number; expired: number }>;

export async function summarizeActivityEvidence(ctx: EntityContext, assessmentId: string): Promise<ActivityEvidenceSummary> {
  const links = await withTenant(ctx, (db) =>
    db.evidenceLink.findMany({
      where: { entityId: ctx.entityId, targetKind: "ACTIVITY", targetId: assessmentId },
      select: { targetSubId: true, evidence: { select: { validUntil: true } } },
    }),
  );
  const summary: ActivityEvidenceSummary = {};
  for (const link of links) {
    const entry = (summary[link.targetSubId] ??= { total: 0, expired: 0 });
    entry.total += 1;
    if (isExpired(link.evidence.validUntil)) entry.expired += 1;
  }
  return summary;
}
