// What both exports print: the plan view (same numbers as the page) plus the
// entity's name and every item's follow-up notes.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { loadPlan } from "../load-plan";

export async function loadPlanExport(ctx: EntityContext, planId: string, now: Date = new Date()) {
  const view = await loadPlan(ctx, planId, now);
  const notes = await withTenant(ctx, (db) =>
    db.actionPlanItemNote.findMany({ where: { item: { planId } }, orderBy: { createdAt: "asc" }, select: { itemId: true, body: true, authorName: true, createdAt: true } }),
  );
  const notesByItem = new Map<string, typeof notes>();
  for (const note of notes) notesByItem.set(note.itemId, [...(notesByItem.get(note.itemId) ?? []), note]);
  return { ...view, entityName: ctx.entity.name, notesByItem };
}

export type PlanExport = Awaited<ReturnType<typeof loadPlanExport>>;

/** "plan-de-accion-2025-POL03.xlsx"-style names, ASCII only. */
export function planFileName(plan: { vigencia: number; policyCode: string | null }, extension: "xlsx" | "pdf"): string {
  return `plan-de-accion-${plan.vigencia}${plan.policyCode ? `-${plan.policyCode}` : ""}.${extension}`;
}
