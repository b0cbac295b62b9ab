// Authorization cases of the committee session actions and of the dashboard
// and acta downloads, for the app-wide suite (action-cases.ts). Mixed inputs
// use the actor's entity id with B's session or item ids: 404, B unchanged.
import type { EntityRouteCase } from "./action-cases";
import type { ActionCase } from "./action-cases";
import type { Side, TenantFixture } from "./tenant-fixture";

const COMMITTEE = "app/(app)/e/[entityId]/comite/actions.ts";

const session = (target: Side) => ({
  entityId: target.entityId,
  heldOn: "2026-03-05",
  place: "Sala de juntas",
  agenda: ["Seguimiento al plan de acción"],
  memberIds: [target.users.COMITE],
  guests: [{ name: "Invitada Externa", position: "Asesora" }],
});

const entityCase = (name: string, input: (f: TenantFixture, target: Side) => unknown, mixedInput: (f: TenantFixture) => unknown): ActionCase => ({
  kind: "entity",
  file: COMMITTEE,
  name,
  permission: "committee.manage",
  input,
  mixedInput,
});

export const COMMITTEE_ACTION_CASES: ActionCase[] = [
  {
    kind: "entity",
    file: COMMITTEE,
    name: "createCommitteeSessionAction",
    permission: "committee.manage",
    input: (_f, target) => session(target),
    // A's entity with a member of B as attendee: refused, nothing written.
    mixedInput: (f) => ({ ...session(f.A), memberIds: [f.B.users.COMITE] }),
  },
  entityCase(
    "updateCommitteeSessionAction",
    (_f, target) => ({ ...session(target), sessionId: target.committee.sessionId }),
    (f) => ({ ...session(f.A), sessionId: f.B.committee.sessionId }),
  ),
  entityCase(
    "addDecisionAction",
    (_f, target) => ({ entityId: target.entityId, sessionId: target.committee.sessionId, text: "Aprobar el plan de acción" }),
    (f) => ({ entityId: f.A.entityId, sessionId: f.B.committee.sessionId, text: "Aprobar el plan de acción" }),
  ),
  entityCase(
    "removeDecisionAction",
    (_f, target) => ({ entityId: target.entityId, itemId: target.committee.decisionId }),
    (f) => ({ entityId: f.A.entityId, itemId: f.B.committee.decisionId }),
  ),
  entityCase(
    "addCommitmentAction",
    (_f, target) => ({ entityId: target.entityId, sessionId: target.committee.sessionId, text: "Actualizar la matriz", responsible: "Planeación", dueOn: "2026-04-30" }),
    (f) => ({ entityId: f.A.entityId, sessionId: f.B.committee.sessionId, text: "Actualizar la matriz", responsible: "Planeación", dueOn: "" }),
  ),
  entityCase(
    "removeCommitmentAction",
    (_f, target) => ({ entityId: target.entityId, itemId: target.committee.commitmentId }),
    (f) => ({ entityId: f.A.entityId, itemId: f.B.committee.commitmentId }),
  ),
  entityCase(
    "linkApprovalAction",
    (_f, target) => ({ entityId: target.entityId, sessionId: target.committee.sessionId, transitionId: target.committee.unlinkedTransitionId }),
    // Both halves foreign in turn: B's transition into A's session, A's transition into B's session.
    (f) => ({ entityId: f.A.entityId, sessionId: f.A.committee.sessionId, transitionId: f.B.committee.unlinkedTransitionId }),
  ),
  entityCase(
    "unlinkApprovalAction",
    (_f, target) => ({ entityId: target.entityId, itemId: target.committee.approvalId }),
    (f) => ({ entityId: f.A.entityId, itemId: f.B.committee.approvalId }),
  ),
  {
    kind: "entity",
    file: COMMITTEE,
    name: "convertCommitmentAction",
    // Converting writes a plan item: plan.edit, not committee.manage.
    permission: "plan.edit",
    input: (_f, target) => ({ entityId: target.entityId, commitmentId: target.committee.commitmentId, planId: target.planId }),
    // A's own commitment into B's plan: 404, and B's plan gains no item.
    mixedInput: (f) => ({ entityId: f.A.entityId, commitmentId: f.A.committee.commitmentId, planId: f.B.planId }),
  },
];

export const COMMITTEE_ROUTE_CASES: EntityRouteCase[] = [
  {
    file: "app/api/e/[entityId]/tablero/pdf/route.ts",
    access: "entity",
    method: "GET",
    permission: "dashboard.view",
    params: (_f, target) => ({ entityId: target.entityId }),
  },
  {
    file: "app/api/e/[entityId]/tablero/excel/route.ts",
    access: "entity",
    method: "GET",
    permission: "dashboard.view",
    params: (_f, target) => ({ entityId: target.entityId }),
  },
  {
    file: "app/api/e/[entityId]/comite/[sessionId]/acta/route.ts",
    access: "entity",
    method: "GET",
    permission: "dashboard.view",
    params: (_f, target) => ({ entityId: target.entityId, sessionId: target.committee.sessionId }),
    mixedParams: (f) => ({ entityId: f.A.entityId, sessionId: f.B.committee.sessionId }),
  },
];
