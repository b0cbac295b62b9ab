// Control interno's review of the vigencia's evidence: how many are in each
// review state, and how many are vencidas or about to be. The counts use the
// evidence list's own filters (evidenceWhere), so the number on the dashboard
// is the number of rows its link opens.
import { hasPermission, type EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { EXPIRING_SOON_DAYS } from "@/lib/evidence/expiry";
import { evidenceWhere } from "@/lib/evidence/list-evidences";
import type { EvidenceReviewState } from "@/lib/generated/prisma/enums";
import type { EvidenceReviewSection } from "../types";

export async function loadEvidenceReviewSection(ctx: EntityContext, vigencia: number, now = new Date()): Promise<EvidenceReviewSection> {
  const { groups, expired, expiringSoon } = await withTenant(ctx, async (db) => ({
    groups: await db.evidence.groupBy({ by: ["reviewState"], where: evidenceWhere(ctx.entityId, { vigencia }), _count: { _all: true } }),
    expired: await db.evidence.count({ where: evidenceWhere(ctx.entityId, { vigencia, expiry: "vencidas" }, now) }),
    expiringSoon: await db.evidence.count({ where: evidenceWhere(ctx.entityId, { vigencia, expiry: "por-vencer" }, now) }),
  }));
  const states: Record<EvidenceReviewState, number> = { PENDIENTE: 0, ACEPTADA: 0, CON_OBSERVACIONES: 0, RECHAZADA: 0 };
  for (const g of groups) states[g.reviewState] = g._count._all;
  return {
    kind: "evidence-review",
    vigencia,
    total: Object.values(states).reduce((a, b) => a + b, 0),
    states,
    expired,
    expiringSoon,
    expiringSoonDays: EXPIRING_SOON_DAYS,
    canOpenQueue: hasPermission(ctx, "evidence.review"),
  };
}
