// Authorization cases of the action-plan actions, routes and notifications
// (spread into action-cases.ts). Admitted roles act on A's fixture plan: the
// create/add-gaps inputs name gaps that are not gaps (422, nothing created);
// the delete case uses the spare item so the others keep theirs.
import type { ActionCase, RouteCase } from "./action-cases";
import type { Side, TenantFixture } from "./tenant-fixture";

const PLANS = "app/(app)/e/[entityId]/planes/actions.ts";
const NOTIFICATIONS = "app/(app)/notificaciones/actions.ts";

const itemInput = async (f: TenantFixture, entityId: string, itemId: string) => {
  const item = await f.owner.actionPlanItem.findUnique({ where: { id: itemId }, select: { version: true } });
  return {
    entityId,
    itemId,
    version: item?.version ?? 1,
    action: "Actualizar el procedimiento",
    deliverable: "Procedimiento aprobado",
    indicator: "Procedimiento publicado",
    goal: "1",
    responsibleId: "",
    startDate: "2025-02-01",
    dueDate: "2025-06-30",
    priority: "ALTA",
    status: "PENDIENTE",
    progress: 10,
    cancelReason: "",
    completionNote: "",
  };
};
const gapKey = (side: Side) => `ACTIVITY:${side.assessmentId}:${side.activityIds[0]}`;

export const PLANS_ACTION_CASES: ActionCase[] = [
  {
    kind: "entity",
    file: PLANS,
    name: "createPlanAction",
    permission: "plan.edit",
    input: (_f, target) => ({ entityId: target.entityId, assessmentId: target.assessmentId, name: "Plan nuevo", threshold: 61, targetLevel: 4, sourceKeys: [gapKey(target)] }),
    mixedInput: (f) => ({ entityId: f.A.entityId, assessmentId: f.B.assessmentId, name: "Plan nuevo", threshold: 61, targetLevel: 4, sourceKeys: [gapKey(f.B)] }),
  },
  {
    kind: "entity",
    file: PLANS,
    name: "addPlanGapsAction",
    permission: "plan.edit",
    input: (_f, target) => ({ entityId: target.entityId, planId: target.planId, sourceKeys: [gapKey(target)] }),
    mixedInput: (f) => ({ entityId: f.A.entityId, planId: f.B.planId, sourceKeys: [gapKey(f.B)] }),
  },
  {
    kind: "entity",
    file: PLANS,
    name: "updatePlanItemAction",
    permission: "plan.edit",
    input: (f, target) => itemInput(f, target.entityId, target.planItemId),
    mixedInput: async (f) => ({ ...(await itemInput(f, f.B.entityId, f.B.planItemId)), entityId: f.A.entityId }),
  },
  {
    kind: "entity",
    file: PLANS,
    name: "addItemNoteAction",
    permission: "plan.edit",
    input: (_f, target) => ({ entityId: target.entityId, itemId: target.planItemId, body: "Se revisó el borrador" }),
    mixedInput: (f) => ({ entityId: f.A.entityId, itemId: f.B.planItemId, body: "Se revisó el borrador" }),
  },
  {
    kind: "entity",
    file: PLANS,
    name: "deletePlanItemAction",
    permission: "plan.edit",
    input: (_f, target) => ({ entityId: target.entityId, itemId: target.spareItemId }),
    mixedInput: (f) => ({ entityId: f.A.entityId, itemId: f.B.spareItemId }),
  },
  {
    kind: "entity",
    file: PLANS,
    name: "transitionPlanAction",
    permission: "plan.approve",
    input: (_f, target) => ({ entityId: target.entityId, planId: target.planId, transition: "approve" }),
    mixedInput: (f) => ({ entityId: f.A.entityId, planId: f.B.planId, transition: "approve" }),
  },
  { kind: "user", file: NOTIFICATIONS, name: "markNotificationsReadAction", input: () => ({}) },
];

export const PLANS_ROUTE_CASES: RouteCase[] = (["excel", "pdf"] as const).map((format) => ({
  file: `app/(app)/e/[entityId]/planes/[planId]/${format}/route.ts`,
  access: "entity" as const,
  method: "GET" as const,
  permission: "plan.view" as const,
  params: (_f: TenantFixture, target: Side) => ({ entityId: target.entityId, planId: target.planId }),
  mixedParams: (f: TenantFixture) => ({ entityId: f.A.entityId, planId: f.B.planId }),
}));
