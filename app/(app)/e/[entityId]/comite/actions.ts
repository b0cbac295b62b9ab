"use server";

import { revalidatePath } from "next/cache";
import { entityAction } from "@/lib/authz/actions";
import { createItemFromCommitment } from "@/lib/action-plans/create-commitment-item";
import { createCommitteeSession, updateCommitteeSession } from "@/lib/committee/save-session";
import { ZAddCommitment, ZAddDecision, ZCommitteeSession, ZConvertCommitment, ZLinkApproval, ZRemoveSessionItem, ZUpdateCommitteeSession } from "@/lib/committee/schemas";
import { addCommitment, addDecision, linkApproval, removeSessionItem } from "@/lib/committee/session-items";

// All of these but convertCommitmentAction: committee.manage (COMITE and PLANEACION, who acts as the
// committee's technical secretary). Reading is dashboard.view.
const refresh = (entityId: string) => revalidatePath(`/e/${entityId}/comite`, "layout");

/** A new session: date, place, agenda and attendees. */
export const createCommitteeSessionAction = entityAction(ZCommitteeSession, "committee.manage", async (ctx, input) => {
  const result = await createCommitteeSession(ctx, input);
  refresh(ctx.entityId);
  return result;
});

/** Edits the session's date, place, agenda and attendees. */
export const updateCommitteeSessionAction = entityAction(ZUpdateCommitteeSession, "committee.manage", async (ctx, input) => {
  const result = await updateCommitteeSession(ctx, input);
  refresh(ctx.entityId);
  return result;
});

export const addDecisionAction = entityAction(ZAddDecision, "committee.manage", async (ctx, input) => {
  const result = await addDecision(ctx, input);
  refresh(ctx.entityId);
  return result;
});

export const removeDecisionAction = entityAction(ZRemoveSessionItem, "committee.manage", async (ctx, input) => {
  const result = await removeSessionItem(ctx, "committeeDecision", input.itemId);
  refresh(ctx.entityId);
  return result;
});

export const addCommitmentAction = entityAction(ZAddCommitment, "committee.manage", async (ctx, input) => {
  const result = await addCommitment(ctx, input);
  refresh(ctx.entityId);
  return result;
});

export const removeCommitmentAction = entityAction(ZRemoveSessionItem, "committee.manage", async (ctx, input) => {
  const result = await removeSessionItem(ctx, "committeeCommitment", input.itemId);
  refresh(ctx.entityId);
  return result;
});

/** Records that an autodiagnóstico approval was taken in this session. */
export const linkApprovalAction = entityAction(ZLinkApproval, "committee.manage", async (ctx, input) => {
  const result = await linkApproval(ctx, input);
  refresh(ctx.entityId);
  return result;
});

export const unlinkApprovalAction = entityAction(ZRemoveSessionItem, "committee.manage", async (ctx, input) => {
  const result = await removeSessionItem(ctx, "committeeApproval", input.itemId);
  refresh(ctx.entityId);
  return result;
});

/**
 * "Convertir en tarea del plan". plan.edit (PLANEACION, or a RESPONSABLE on a
 * plan of their policies), not committee.manage: the task is written into a
 * plan, and COMITE approves plans but does not write their items.
 */
export const convertCommitmentAction = entityAction(ZConvertCommitment, "plan.edit", async (ctx, input) => {
  const result = await createItemFromCommitment(ctx, input);
  refresh(ctx.entityId);
  revalidatePath(`/e/${ctx.entityId}/planes`, "layout");
  return result;
});
