// Who may change what in a plan (the permission table says which roles have
// plan.edit / plan.approve; this narrows RESPONSABLE to their own work):
// - PLANEACION: every plan and item.
// - RESPONSABLE: plans of the policies assigned to them (create, add gaps,
//   start follow-up), and items they are responsible for or whose policy is
//   assigned to them. Items of other policies stay read-only for them.
// - COMITE (plan.approve): approves, closes and reopens plans.
import { hasPermission, type EntityContext } from "@/lib/authz/entity-context";

export function mayEditPlan(ctx: EntityContext, plan: { policyCode: string | null }): boolean {
  if (!hasPermission(ctx, "plan.edit")) return false;
  if (ctx.role !== "RESPONSABLE") return true;
  return plan.policyCode !== null && ctx.assignedPolicyCodes.includes(plan.policyCode);
}

export function mayEditItem(ctx: EntityContext, item: { responsibleId: string | null; policyCode: string | null }): boolean {
  if (!hasPermission(ctx, "plan.edit")) return false;
  if (ctx.role !== "RESPONSABLE") return true;
  return item.responsibleId === ctx.userId || (item.policyCode !== null && ctx.assignedPolicyCodes.includes(item.policyCode));
}
