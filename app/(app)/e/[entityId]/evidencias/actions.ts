"use server";

// Evidence actions: edit the description, link to and unlink from items
// (RESPONSABLE, PLANEACION: evidence.upload), and control interno's review
// (evidence.review). Uploads are route handlers (multipart bodies).
import { revalidatePath } from "next/cache";
import { entityAction } from "@/lib/authz/actions";
import { withTenant } from "@/lib/db/context";
import { linkEvidence, unlinkEvidence } from "@/lib/evidence/link-evidence";
import { reviewEvidence } from "@/lib/evidence/review-evidence";
import { ZLinkEvidence, ZReviewEvidence, ZUnlinkEvidence, ZUpdateEvidence } from "@/lib/evidence/schemas";
import { updateEvidence } from "@/lib/evidence/update-evidence";

const revalidate = (entityId: string) => revalidatePath(`/e/${entityId}/evidencias`, "layout");

export const updateEvidenceAction = entityAction(ZUpdateEvidence, "evidence.upload", async (ctx, input) => {
  await updateEvidence(ctx, input);
  revalidate(ctx.entityId);
  return { id: input.evidenceId };
});

export const linkEvidenceAction = entityAction(ZLinkEvidence, "evidence.upload", async (ctx, input) => {
  const link = await withTenant(ctx, (db) => linkEvidence(db, ctx, input.evidenceId, input.target));
  revalidate(ctx.entityId);
  return link;
});

export const unlinkEvidenceAction = entityAction(ZUnlinkEvidence, "evidence.upload", async (ctx, input) => {
  await withTenant(ctx, (db) => unlinkEvidence(db, ctx.entityId, input.linkId));
  revalidate(ctx.entityId);
  return { id: input.linkId };
});

export const reviewEvidenceAction = entityAction(ZReviewEvidence, "evidence.review", async (ctx, input) => {
  await reviewEvidence(ctx, input);
  revalidate(ctx.entityId);
  return { id: input.evidenceId };
});
