// Tenant isolation and the permission table for every member-management
// action: an admin of A who sends B's entity id, or A's entity id with B's
// member ids, gets 404 and B does not change; roles of A that may not manage
// members get 403 and A does not change; bad ids get 422.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/authz/actions";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { addMembership, createUser } from "@/prisma/seed/factories";
import { createTenantFixture, ROLES, type Side, type TenantFixture } from "./authorization/tenant-fixture";
import { tenantSnapshot } from "./authorization/tenant-snapshot";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUserId: async () => session.userId,
  requireSessionUserId: async () => session.userId ?? "",
}));

const actions = await import("@/app/(app)/e/[entityId]/miembros/actions");
type Action = (raw: unknown) => Promise<ActionResult<unknown>>;

/** Each action with a valid input on `target`'s rows (entity id given separately). */
const CASES: { name: string; action: Action; input: (entityId: string, target: Side) => Record<string, unknown>; hasMemberId: boolean }[] = [
  {
    name: "invitar",
    action: actions.inviteMemberAction,
    input: (entityId) => ({ entityId, email: `nueva-${crypto.randomUUID()}@pruebas.faro.co`, name: "Persona Nueva", role: "LECTOR" }),
    hasMemberId: false,
  },
  { name: "cambiar rol", action: actions.changeMemberRoleAction, input: (entityId, t) => ({ entityId, membershipId: t.memberships.LECTOR, role: "COMITE" }), hasMemberId: true },
  {
    name: "asignar políticas",
    action: actions.setMemberPoliciesAction,
    input: (entityId, t) => ({ entityId, membershipId: t.memberships.RESPONSABLE, policyCodes: ["POL01", "POL02"] }),
    hasMemberId: true,
  },
  { name: "quitar", action: actions.removeMemberAction, input: (entityId, t) => ({ entityId, membershipId: t.memberships.LECTOR }), hasMemberId: true },
  { name: "renovar invitación", action: actions.renewInvitationAction, input: (entityId, t) => ({ entityId, membershipId: t.memberships.LECTOR }), hasMemberId: true },
  {
    name: "enlace de contraseña",
    action: actions.issueMemberResetLinkAction,
    input: (entityId, t) => ({ entityId, membershipId: t.memberships.LECTOR }),
    hasMemberId: true,
  },
];

let f: TenantFixture;
/** A second admin of A who is also a LECTOR of B. */
const dual = { userId: "", membershipInB: "" };
beforeAll(async () => {
  f = await createTenantFixture("members-authz");
  // RLS shows a person their own memberships in any entity, so only the
  // explicit entity filter keeps dual's B membership out of A's requests.
  dual.userId = (await createUser(f.owner, { name: "Admin de A y lector de B" })).id;
  await addMembership(f.owner, dual.userId, f.A.entityId, "ADMIN");
  dual.membershipInB = (await addMembership(f.owner, dual.userId, f.B.entityId, "LECTOR")).id;
});
afterAll(async () => f?.close());

async function call(userId: string | null, action: Action, input: unknown) {
  session.userId = userId;
  return action(input);
}

async function tokensOf(side: Side) {
  return f.owner.authToken.count({ where: { userId: { in: Object.values(side.users) } } });
}

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  it("un administrador de A con el id de la entidad B: 404 y B no cambia", async () => {
    const before = [await tenantSnapshot(f.owner, f.B.entityId), await tokensOf(f.B)];
    const result = await call(f.A.users.ADMIN, c.action, c.input(f.B.entityId, f.B));
    expect(result).toMatchObject({ ok: false, status: 404 });
    expect([await tenantSnapshot(f.owner, f.B.entityId), await tokensOf(f.B)]).toEqual(before);
  });

  it.each(ROLES.filter((role) => role !== "ADMIN"))("rol %s de A: 403 y A no cambia", async (role: MemberRole) => {
    const before = [await tenantSnapshot(f.owner, f.A.entityId), await tokensOf(f.A)];
    const result = await call(f.A.users[role], c.action, c.input(f.A.entityId, f.A));
    expect(result).toMatchObject({ ok: false, status: 403, error: "Su rol en esta entidad no permite esta acción." });
    expect([await tenantSnapshot(f.owner, f.A.entityId), await tokensOf(f.A)]).toEqual(before);
  });

  it("sin sesión: 401", async () => {
    expect(await call(null, c.action, c.input(f.A.entityId, f.A))).toMatchObject({ ok: false, status: 401 });
  });
});

describe.each(CASES.filter((c) => c.hasMemberId).map((c) => [c.name, c] as const))("%s con ids de miembros", (_name, c) => {
  it("con el id de A y un miembro de B (también la propia membresía en B de quien actúa): 404 y B no cambia", async () => {
    const before = [await tenantSnapshot(f.owner, f.B.entityId), await tokensOf(f.B)];
    expect(await call(f.A.users.ADMIN, c.action, c.input(f.A.entityId, f.B))).toMatchObject({ ok: false, status: 404 });
    const ownInput = { ...c.input(f.A.entityId, f.B), membershipId: dual.membershipInB };
    expect(await call(dual.userId, c.action, ownInput)).toMatchObject({ ok: false, status: 404 });
    expect([await tenantSnapshot(f.owner, f.B.entityId), await tokensOf(f.B)]).toEqual(before);
  });

  it("un id de miembro mal formado: 422 con el mensaje del campo", async () => {
    const result = await call(f.A.users.ADMIN, c.action, { ...c.input(f.A.entityId, f.A), membershipId: "no-es-un-id" });
    expect(result).toMatchObject({ ok: false, status: 422, fieldErrors: { membershipId: ["Miembro no válido."] } });
  });
});

describe("páginas de miembros", () => {
  it("la lista de A no muestra a nadie de B", async () => {
    const { listMembers } = await import("@/lib/members/list-members");
    const { loadEntityContext } = await import("@/lib/authz/entity-context");
    const ctx = await loadEntityContext(f.A.users.LECTOR, f.A.entityId);
    const rows = await listMembers(ctx);
    const bUsers = new Set(Object.values(f.B.users));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => bUsers.has(r.userId))).toBe(false);
  });
});
