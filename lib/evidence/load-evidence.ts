// Everything the evidence page shows: metadata, revisions with their files
// and links (newest first), the items it is linked to with their verdicts,
// and the review history.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { mapInSeries } from "@/lib/db/in-series";
import { NotFoundError } from "@/lib/errors/app-error";
import { isExpired } from "./expiry";
import { describeLinkTarget } from "./link-targets";

export async function loadEvidence(ctx: EntityContext, evidenceId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(evidenceId)) throw new NotFoundError();
  return withTenant(ctx, async (db) => {
    const evidence = await db.evidence.findFirst({
      where: { id: evidenceId, entityId: ctx.entityId },
      include: {
        owner: { select: { id: true, name: true } },
        revisions: {
          orderBy: { number: "desc" },
          include: { files: { orderBy: { createdAt: "asc" } }, urls: true },
        },
        links: { orderBy: { createdAt: "asc" } },
        reviews: { orderBy: { createdAt: "desc" } },
        findings: { select: { id: true, description: true, state: true, severity: true } },
      },
    });
    if (!evidence) throw new NotFoundError();
    const links = await mapInSeries(evidence.links, async (link) => ({ ...link, target: await describeLinkTarget(db, ctx.entityId, link.targetKind, link) }));
    const linkLabels = new Map(links.map((l) => [l.id, l.target.label]));
    return {
      ...evidence,
      expired: isExpired(evidence.validUntil),
      links,
      // A removed link's verdicts stay, named as the item was when reviewed.
      reviews: evidence.reviews.map((r) => ({
        ...r,
        linkLabel: r.linkId ? (linkLabels.get(r.linkId) ?? r.targetLabel) : r.targetLabel ? `${r.targetLabel} (vínculo eliminado)` : null,
      })),
    };
  });
}

export type EvidenceView = Awaited<ReturnType<typeof loadEvidence>>;
