// The evidence list with its filters: free text (title, description, file
// names), policy (the evidence's own or that of an item it is linked to),
// vigencia, review state, and "por vencer" (validity ends within 30 days) or
// "vencidas".
import { z } from "zod";
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import type { Prisma } from "@/lib/generated/prisma/client";
import { expiringSoonLimit, isExpired, todayAsDate } from "./expiry";
import { ZReviewState } from "./schemas";

export const ZEvidenceFilters = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  policy: z.string().regex(/^POL\d{2}$/).optional().catch(undefined),
  vigencia: z.coerce.number().int().min(2018).max(2100).optional().catch(undefined),
  state: ZReviewState.optional().catch(undefined),
  expiry: z.enum(["por-vencer", "vencidas"]).optional().catch(undefined),
});
export type EvidenceFilters = z.infer<typeof ZEvidenceFilters>;

const PAGE_SIZE = 100;

/** `now` decides "vencidas" and "por vencer" (the dashboard passes its own clock). */
export function evidenceWhere(entityId: string, f: EvidenceFilters, now = new Date()): Prisma.EvidenceWhereInput {
  const and: Prisma.EvidenceWhereInput[] = [{ entityId }];
  if (f.q) {
    const contains = { contains: f.q, mode: "insensitive" as const };
    and.push({ OR: [{ title: contains }, { description: contains }, { revisions: { some: { files: { some: { originalName: contains } } } } }] });
  }
  if (f.policy) and.push({ OR: [{ policyCode: f.policy }, { links: { some: { policyCode: f.policy } } }] });
  if (f.vigencia) and.push({ vigencia: f.vigencia });
  if (f.state) and.push({ reviewState: f.state });
  if (f.expiry === "vencidas") and.push({ validUntil: { lt: todayAsDate(now) } });
  if (f.expiry === "por-vencer") and.push({ validUntil: { gte: todayAsDate(now), lte: expiringSoonLimit(now) } });
  return { AND: and };
}

export async function listEvidences(ctx: EntityContext, filters: EvidenceFilters) {
  return withTenant(ctx, async (db) => {
    const where = evidenceWhere(ctx.entityId, filters);
    const total = await db.evidence.count({ where });
    const rows = await db.evidence.findMany({
      where,
      orderBy: [{ vigencia: "desc" }, { documentDate: "desc" }, { createdAt: "desc" }],
      take: PAGE_SIZE,
      select: {
        id: true,
        title: true,
        vigencia: true,
        policyCode: true,
        documentDate: true,
        validUntil: true,
        reviewState: true,
        currentRevision: true,
        owner: { select: { name: true } },
        _count: { select: { links: true } },
      },
    });
    return { total, shown: rows.length, rows: rows.map((r) => ({ ...r, expired: isExpired(r.validUntil) })) };
  });
}
