"use server";

// Action-plan server actions. Each one checks plan.edit / plan.approve through
// entityAction; the narrower RESPONSABLE rules (own items, assigned policies)
// are applied inside lib/action-plans (plan-access.ts).
import { revalidatePath } from "next/cache";
import { entityAction } from "@/lib/authz/actions";
import { addItemNote } from "@/lib/action-plans/add-item-note";
import { addPlanGaps } from "@/lib/action-plans/add-plan-gaps";
import { createPlanFromAssessment } from "@/lib/action-plans/create-plan";
import { deletePlanItem } from "@/lib/action-plans/delete-plan-item";
import { ZAddItemNote, ZAddPlanGaps, ZCreatePlan, ZDeletePlanItem, ZTransitionPlan, ZUpdatePlanItem } from "@/lib/action-plans/schemas";
import { transitionPlan } from "@/lib/action-plans/transition-plan";
import { updatePlanItem } from "@/lib/action-plans/update-plan-item";

const plansPath = (entityId: string) => `/e/${entityId}/planes`;

export const createPlanAction = entityAction(ZCreatePlan, "plan.edit", async (ctx, input) => {
  const result = await createPlanFromAssessment(ctx, input);
  revalidatePath(plansPath(ctx.entityId));
  return result;
});

export const addPlanGapsAction = entityAction(ZAddPlanGaps, "plan.edit", async (ctx, input) => {
  const result = await addPlanGaps(ctx, input);
  revalidatePath(plansPath(ctx.entityId), "layout");
  return result;
});

export const updatePlanItemAction = entityAction(ZUpdatePlanItem, "plan.edit", async (ctx, input) => {
  const result = await updatePlanItem(ctx, input);
  revalidatePath(plansPath(ctx.entityId), "layout");
  return result;
});

export const addItemNoteAction = entityAction(ZAddItemNote, "plan.edit", async (ctx, input) => {
  const result = await addItemNote(ctx, input);
  revalidatePath(plansPath(ctx.entityId), "layout");
  return result;
});

export const deletePlanItemAction = entityAction(ZDeletePlanItem, "plan.edit", async (ctx, input) => {
  const result = await deletePlanItem(ctx, input);
  revalidatePath(plansPath(ctx.entityId), "layout");
  return result;
});

// Each transition checks its own permission (approve, start, close, reopen) inside.
export const transitionPlanAction = entityAction(ZTransitionPlan, "plan.view", async (ctx, input) => {
  const result = await transitionPlan(ctx, input);
  revalidatePath(plansPath(ctx.entityId), "layout");
  return result;
});
