// Authorization cases of the member, invitation and platform actions, for
// the app-wide suite (tests/integration/authorization/action-cases.ts:
// `...MEMBERS_ACTION_CASES`). The inputs change nothing the other cases rely
// on when the action is allowed: the admin re-applies A's current policies,
// "changes" the admin to ADMIN, invites someone already a member (409),
// removes the last admin (409), renews the invitation of someone with a
// password (409); only the reset link writes a token, outside the snapshot.
import type { ActionCase } from "./action-cases";
import type { Side, TenantFixture } from "./tenant-fixture";

const MEMBERS = "app/(app)/e/[entityId]/miembros/actions.ts";
const PLATFORM = "app/(app)/plataforma/actions.ts";
const INVITATION = "app/invitacion/[token]/actions.ts";

const emailOf = async (f: TenantFixture, userId: string) => (await f.owner.user.findUniqueOrThrow({ where: { id: userId } })).email;
const member = (target: Side, role: keyof Side["memberships"]) => ({ entityId: target.entityId, membershipId: target.memberships[role] });

export const MEMBERS_ACTION_CASES: ActionCase[] = [
  {
    kind: "entity",
    file: MEMBERS,
    name: "inviteMemberAction",
    permission: "members.manage",
    input: async (f, target) => ({ entityId: target.entityId, email: await emailOf(f, target.users.LECTOR), name: "Ya Miembro", role: "LECTOR" }),
  },
  {
    kind: "entity",
    file: MEMBERS,
    name: "changeMemberRoleAction",
    permission: "members.manage",
    input: (_f, target) => ({ ...member(target, "ADMIN"), role: "ADMIN" }),
    mixedInput: (f) => ({ entityId: f.A.entityId, membershipId: f.B.memberships.ADMIN, role: "LECTOR" }),
  },
  {
    kind: "entity",
    file: MEMBERS,
    name: "setMemberPoliciesAction",
    permission: "members.manage",
    input: (_f, target) => ({ ...member(target, "RESPONSABLE"), policyCodes: ["POL03"] }),
    mixedInput: (f) => ({ entityId: f.A.entityId, membershipId: f.B.memberships.RESPONSABLE, policyCodes: [] }),
  },
  {
    kind: "entity",
    file: MEMBERS,
    name: "removeMemberAction",
    permission: "members.manage",
    input: (_f, target) => member(target, "ADMIN"),
    mixedInput: (f) => ({ entityId: f.A.entityId, membershipId: f.B.memberships.LECTOR }),
  },
  {
    kind: "entity",
    file: MEMBERS,
    name: "renewInvitationAction",
    permission: "members.manage",
    input: (_f, target) => member(target, "LECTOR"),
    mixedInput: (f) => ({ entityId: f.A.entityId, membershipId: f.B.memberships.LECTOR }),
  },
  {
    kind: "entity",
    file: MEMBERS,
    name: "issueMemberResetLinkAction",
    permission: "members.manage",
    input: (_f, target) => member(target, "LECTOR"),
    mixedInput: (f) => ({ entityId: f.A.entityId, membershipId: f.B.memberships.LECTOR }),
  },
  {
    kind: "platform",
    file: PLATFORM,
    name: "createEntityAction",
    input: () => ({
      name: "Alcaldía de Marinilla",
      nit: "890983716-1",
      sigepCode: "900440",
      type: "ALCALDIA",
      departmentCode: "05",
      departmentName: "Antioquia",
      municipalityCode: "05440",
      municipalityName: "Marinilla",
      municipalCategory: "SEXTA",
      peerGroup: "",
      adminEmail: "admin.casos@marinilla.gov.co",
      adminName: "Ana Marinilla",
    }),
  },
  {
    kind: "platform",
    file: PLATFORM,
    name: "assignAdvisorAction",
    input: () => ({ email: "asesor.casos@pruebas.faro.co", name: "Alba Asesora", departmentCode: "05" }),
  },
  { kind: "public", file: INVITATION, name: "acceptInvitationAction", reason: "the one-time invitation token is the credential" },
];
