// Control interno's verdict on an evidence (its current revision) or on one of
// its links, with comment and date; every verdict is also kept in the review
// history. Who may call it is decided by the entry point (evidence.review).
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { NotFoundError } from "@/lib/errors/app-error";
import type { EvidenceReviewState } from "@/lib/generated/prisma/enums";
import { actorName } from "./create-evidence";
import { describeLinkTarget } from "./link-targets";

export type ReviewInput = { evidenceId: string; linkId?: string; state: EvidenceReviewState; comment?: string };

export async function reviewEvidence(ctx: Pick<EntityContext, "userId" | "entityId">, input: ReviewInput): Promise<void> {
  await withTenant(ctx, async (db) => {
    const evidence = await db.evidence.findFirst({ where: { id: input.evidenceId, entityId: ctx.entityId }, select: { currentRevision: true } });
    if (!evidence) throw new NotFoundError();
    let targetLabel: string | null = null;
    if (input.linkId) {
      const link = await db.evidenceLink.findFirst({ where: { id: input.linkId, evidenceId: input.evidenceId, entityId: ctx.entityId } });
      if (!link) throw new NotFoundError();
      targetLabel = (await describeLinkTarget(db, ctx.entityId, link.targetKind, link)).label;
    }
    const reviewerName = await actorName(db, ctx.userId);
    const now = new Date();
    const verdict = {
      reviewState: input.state,
      reviewComment: input.comment || null,
      reviewedAt: input.state === "PENDIENTE" ? null : now,
      reviewedByName: input.state === "PENDIENTE" ? null : reviewerName,
    };
    if (input.linkId) await db.evidenceLink.update({ where: { id: input.linkId }, data: verdict });
    else await db.evidence.update({ where: { id: input.evidenceId }, data: verdict });
    await db.evidenceReview.create({
      data: {
        entityId: ctx.entityId,
        evidenceId: input.evidenceId,
        linkId: input.linkId ?? null,
        targetLabel,
        revisionNumber: evidence.currentRevision,
        state: input.state,
        comment: input.comment || null,
        reviewerId: ctx.userId,
        reviewerName,
        createdAt: now,
      },
    });
  });
}
