// Managing the members of an entity: roles, policies of a RESPONSABLE,
// removal, one-time links; an entity never loses its last administrator.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { EntityContext } from "@/lib/authz/entity-context";
import { listMembers } from "@/lib/members/list-members";
import { addMembership, createEntity, createUser } from "@/prisma/seed/factories";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUserId: async () => session.userId,
  requireSessionUserId: async () => session.userId ?? "",
}));

const actions = await import("@/app/(app)/e/[entityId]/miembros/actions");

let f: TenantFixture;
beforeAll(async () => {
  f = await createTenantFixture("members-manage");
});
afterAll(async () => f?.close());

async function newMember(entityId: string, role: "ADMIN" | "RESPONSABLE" | "LECTOR", password: string | null = "Clave-de-prueba-2026") {
  const user = await createUser(f.owner, { name: `Persona ${role}`, password });
  return { userId: user.id, membershipId: (await addMembership(f.owner, user.id, entityId, role)).id };
}
const roleOf = async (membershipId: string) => (await f.owner.membership.findUnique({ where: { id: membershipId } }))?.role ?? null;
const policiesOf = async (membershipId: string) =>
  (await f.owner.policyAssignment.findMany({ where: { membershipId }, orderBy: { policyCode: "asc" } })).map((p) => p.policyCode);

describe("gestión de miembros", () => {
  it("cambia un rol, y quien deja de ser responsable pierde sus políticas", async () => {
    session.userId = f.A.users.ADMIN;
    const member = await newMember(f.A.entityId, "RESPONSABLE");
    await actions.setMemberPoliciesAction({ entityId: f.A.entityId, membershipId: member.membershipId, policyCodes: ["POL03"] });
    const result = await actions.changeMemberRoleAction({ entityId: f.A.entityId, membershipId: member.membershipId, role: "PLANEACION" });
    expect(result).toEqual({ ok: true, data: { changed: true } });
    expect(await roleOf(member.membershipId)).toBe("PLANEACION");
    expect(await policiesOf(member.membershipId)).toEqual([]);
    const audit = await f.owner.auditLog.findFirstOrThrow({ where: { tableName: "memberships", recordId: member.membershipId, action: "UPDATE" } });
    expect(audit).toMatchObject({ actorUserId: f.A.users.ADMIN, entityId: f.A.entityId, before: { role: "RESPONSABLE" }, after: { role: "PLANEACION" } });
  });

  it("asigna y quita políticas de un responsable, escribiendo solo las diferencias", async () => {
    session.userId = f.A.users.ADMIN;
    const member = await newMember(f.A.entityId, "RESPONSABLE");
    const ref = { entityId: f.A.entityId, membershipId: member.membershipId };
    expect(await actions.setMemberPoliciesAction({ ...ref, policyCodes: ["POL02", "POL01"] })).toEqual({ ok: true, data: { policyCodes: ["POL01", "POL02"] } });
    const kept = await f.owner.policyAssignment.findFirstOrThrow({ where: { membershipId: member.membershipId, policyCode: "POL02" } });
    expect(await actions.setMemberPoliciesAction({ ...ref, policyCodes: ["POL02", "POL19"] })).toMatchObject({ ok: true });
    expect(await policiesOf(member.membershipId)).toEqual(["POL02", "POL19"]);
    expect((await f.owner.policyAssignment.findFirstOrThrow({ where: { membershipId: member.membershipId, policyCode: "POL02" } })).id).toBe(kept.id);

    const lector = await newMember(f.A.entityId, "LECTOR");
    const refused = await actions.setMemberPoliciesAction({ entityId: f.A.entityId, membershipId: lector.membershipId, policyCodes: ["POL01"] });
    expect(refused).toMatchObject({ ok: false, status: 409, error: expect.stringMatching(/Solo se asignan políticas a un responsable/) });
    const bad = await actions.setMemberPoliciesAction({ ...ref, policyCodes: ["POL20"] });
    expect(bad).toMatchObject({ ok: false, status: 422, fieldErrors: { "policyCodes.0": ["Política desconocida."] } });
  });

  it("quita a un miembro: se van su membresía y sus políticas; su cuenta y su invitación pendiente ya no sirven aquí", async () => {
    session.userId = f.A.users.ADMIN;
    const invited = await actions.inviteMemberAction({ entityId: f.A.entityId, email: "se-va@pruebas.faro.co", name: "Se Va", role: "RESPONSABLE", policyCodes: ["POL05"] });
    if (!invited.ok) throw new Error(invited.error);
    const membership = await f.owner.membership.findFirstOrThrow({ where: { entityId: f.A.entityId, user: { email: "se-va@pruebas.faro.co" } } });
    const result = await actions.removeMemberAction({ entityId: f.A.entityId, membershipId: membership.id });
    expect(result).toEqual({ ok: true, data: { name: "Se Va" } });
    expect(await f.owner.membership.findUnique({ where: { id: membership.id } })).toBeNull();
    expect(await policiesOf(membership.id)).toEqual([]);
    expect(await f.owner.user.findUnique({ where: { id: membership.userId } })).not.toBeNull();
    const tokens = await f.owner.authToken.findMany({ where: { userId: membership.userId } });
    expect(tokens.every((t) => t.usedAt !== null)).toBe(true);
    const audit = await f.owner.auditLog.findFirstOrThrow({ where: { tableName: "memberships", recordId: membership.id, action: "DELETE" } });
    expect(audit).toMatchObject({ actorUserId: f.A.users.ADMIN, entityId: f.A.entityId });
  });

  it("el último administrador no puede quitarse el rol ni salir; con otro administrador sí", async () => {
    const entity = await createEntity(f.owner, { name: "Entidad con un admin", type: "GOBERNACION", departmentCode: "05", departmentName: "Antioquia" });
    const admin = await newMember(entity.id, "ADMIN");
    session.userId = admin.userId;
    const ref = { entityId: entity.id, membershipId: admin.membershipId };
    const demote = await actions.changeMemberRoleAction({ ...ref, role: "LECTOR" });
    expect(demote).toMatchObject({ ok: false, status: 409, error: expect.stringMatching(/al menos un administrador/) });
    expect(await actions.removeMemberAction(ref)).toMatchObject({ ok: false, status: 409 });
    expect(await roleOf(admin.membershipId)).toBe("ADMIN");

    const second = await newMember(entity.id, "ADMIN");
    expect(await actions.changeMemberRoleAction({ ...ref, role: "LECTOR" })).toMatchObject({ ok: true });
    // Now the second admin is the last one.
    session.userId = second.userId;
    expect(await actions.removeMemberAction({ entityId: entity.id, membershipId: second.membershipId })).toMatchObject({ ok: false, status: 409 });
    expect(await actions.removeMemberAction({ entityId: entity.id, membershipId: admin.membershipId })).toMatchObject({ ok: true });
  });

  it("dos administradores que se degradan a la vez: la entidad conserva uno", async () => {
    const entity = await createEntity(f.owner, { name: "Entidad con dos admins", type: "GOBERNACION", departmentCode: "05", departmentName: "Antioquia" });
    const one = await newMember(entity.id, "ADMIN");
    const two = await newMember(entity.id, "ADMIN");
    const change = (actor: typeof one, target: typeof one) => {
      session.userId = actor.userId;
      return actions.changeMemberRoleAction({ entityId: entity.id, membershipId: target.membershipId, role: "LECTOR" });
    };
    const results = await Promise.all([change(one, two), change(two, one)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await f.owner.membership.count({ where: { entityId: entity.id, role: "ADMIN" } })).toBe(1);
  });

  it("enlace para restablecer la contraseña de un miembro activo; a quien no tiene contraseña se le renueva la invitación", async () => {
    session.userId = f.A.users.ADMIN;
    const active = await newMember(f.A.entityId, "LECTOR");
    const reset = await actions.issueMemberResetLinkAction({ entityId: f.A.entityId, membershipId: active.membershipId });
    expect(reset).toMatchObject({ ok: true, data: { url: expect.stringContaining("/restablecer/"), emailed: false, name: "Persona LECTOR" } });
    expect(await f.owner.authToken.count({ where: { userId: active.userId, purpose: "PASSWORD_RESET", usedAt: null } })).toBe(1);
    const renewActive = await actions.renewInvitationAction({ entityId: f.A.entityId, membershipId: active.membershipId });
    expect(renewActive).toMatchObject({ ok: false, status: 409, error: expect.stringMatching(/ya creó su contraseña/) });

    const pending = await newMember(f.A.entityId, "LECTOR", null);
    const first = await actions.renewInvitationAction({ entityId: f.A.entityId, membershipId: pending.membershipId });
    const second = await actions.renewInvitationAction({ entityId: f.A.entityId, membershipId: pending.membershipId });
    expect(first).toMatchObject({ ok: true, data: { url: expect.stringContaining("/invitacion/") } });
    expect(second).toMatchObject({ ok: true });
    // Only the newest link works.
    expect(await f.owner.authToken.count({ where: { userId: pending.userId, purpose: "INVITATION", usedAt: null } })).toBe(1);
    expect(await actions.issueMemberResetLinkAction({ entityId: f.A.entityId, membershipId: pending.membershipId })).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringMatching(/renueve su invitación/),
    });
  });

  it("la lista muestra rol, políticas, último ingreso e invitaciones pendientes o vencidas, solo de la entidad", async () => {
    const entity = await createEntity(f.owner, { name: "Entidad de la lista", type: "GOBERNACION", departmentCode: "05", departmentName: "Antioquia" });
    const admin = await newMember(entity.id, "ADMIN");
    await f.owner.user.update({ where: { id: admin.userId }, data: { lastLoginAt: new Date("2026-03-01T03:30:00Z") } });
    session.userId = admin.userId;
    await actions.inviteMemberAction({ entityId: entity.id, email: "pendiente@lista.faro.co", name: "Beatriz Pendiente", role: "RESPONSABLE", policyCodes: ["POL08"] });
    await actions.inviteMemberAction({ entityId: entity.id, email: "vencida@lista.faro.co", name: "Carlos Vencido", role: "LECTOR" });
    const ctx: EntityContext = {
      userId: admin.userId,
      entityId: entity.id,
      role: "ADMIN",
      entity: { id: entity.id, name: entity.name, departmentName: "Antioquia", municipalityName: null },
      assignedPolicyCodes: [],
    };
    const rows = await listMembers(ctx, new Date());
    expect(rows.map((r) => r.name)).toEqual(["Beatriz Pendiente", "Carlos Vencido", "Persona ADMIN"]);
    expect(rows[0]).toMatchObject({ role: "RESPONSABLE", policyCodes: ["POL08"], lastLoginAt: null, access: { state: "invited", expiresAt: expect.any(Date) } });
    expect(rows[2]).toMatchObject({ role: "ADMIN", lastLoginAt: new Date("2026-03-01T03:30:00Z"), access: { state: "active" } });
    const later = await listMembers(ctx, new Date(Date.now() + 73 * 3_600_000));
    expect(later[1]!.access).toEqual({ state: "invitation-expired" });
    expect(JSON.stringify(rows)).not.toContain("argon2");
  });
});
