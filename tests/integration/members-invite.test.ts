// Inviting people into an entity: a new person gets an account, a membership
// and a one-time link; an existing account (say, of another entity) only gets
// the membership; a duplicate or bad input is refused and nothing is written.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { hashToken, inspectToken } from "@/lib/auth/one-time-tokens";
import { withSystem } from "@/lib/db/context";
import { createUser } from "@/prisma/seed/factories";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUserId: async () => session.userId,
  requireSessionUserId: async () => session.userId ?? "",
}));
type Mail = { to: string; subject: string; text: string };
const mail = vi.hoisted(() => ({ sendMail: vi.fn<(message: Mail) => Promise<boolean>>(async () => false) }));
vi.mock("@/lib/mail/send-mail", async (original) => ({ ...(await original<typeof import("@/lib/mail/send-mail")>()), sendMail: mail.sendMail }));

const { inviteMemberAction } = await import("@/app/(app)/e/[entityId]/miembros/actions");

let f: TenantFixture;
beforeAll(async () => {
  f = await createTenantFixture("members-invite");
});
afterAll(async () => f?.close());
beforeEach(() => {
  mail.sendMail.mockClear();
  mail.sendMail.mockResolvedValue(false);
});

const asAdminOfA = () => (session.userId = f.A.users.ADMIN);
const tokenOf = (url: string) => decodeURIComponent(url.split("/invitacion/")[1]!);

describe("invitar a una persona", () => {
  it("a alguien nuevo: crea la cuenta sin contraseña, la membresía, las políticas y un enlace de 72 h", async () => {
    asAdminOfA();
    const before = Date.now();
    const result = await inviteMemberAction({
      entityId: f.A.entityId,
      email: "  Nueva.Persona@Rionegro.gov.co ",
      name: "Nueva Persona",
      role: "RESPONSABLE",
      policyCodes: ["POL07", "POL01", "POL07"],
    });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({ name: "Nueva Persona", email: "nueva.persona@rionegro.gov.co", existingAccount: false });
    const invitation = result.data.invitation!;
    expect(invitation.url).toMatch(/\/invitacion\/[A-Za-z0-9_-]{43}$/);
    expect(invitation.emailed).toBe(false);
    expect(invitation.expiresAt.getTime() - before).toBeGreaterThanOrEqual(72 * 3_600_000 - 1_000);

    const user = await f.owner.user.findUniqueOrThrow({
      where: { email: "nueva.persona@rionegro.gov.co" },
      select: { id: true, passwordHash: true, memberships: { select: { id: true, entityId: true, role: true } } },
    });
    expect(user.passwordHash).toBeNull();
    expect(user.memberships).toEqual([{ id: expect.any(String), entityId: f.A.entityId, role: "RESPONSABLE" }]);
    const policies = await f.owner.policyAssignment.findMany({ where: { membershipId: user.memberships[0]!.id }, orderBy: { policyCode: "asc" } });
    expect(policies.map((p) => [p.policyCode, p.entityId])).toEqual([
      ["POL01", f.A.entityId],
      ["POL07", f.A.entityId],
    ]);

    const token = await f.owner.authToken.findUniqueOrThrow({ where: { tokenHash: hashToken(tokenOf(invitation.url)) } });
    expect(token).toMatchObject({ userId: user.id, purpose: "INVITATION", entityId: f.A.entityId, createdById: f.A.users.ADMIN, usedAt: null });
    const lookup = await withSystem(null, (db) => inspectToken(db, tokenOf(invitation.url), "INVITATION"), f.app);
    expect(lookup.status).toBe("valid");

    // The audit trail names the admin as the actor, inside entity A.
    const audit = await f.owner.auditLog.findMany({
      where: { tableName: { in: ["memberships", "policy_assignments"] }, recordId: { in: [user.memberships[0]!.id, ...policies.map((p) => p.id)] } },
    });
    expect(audit).toHaveLength(3);
    for (const row of audit) expect(row).toMatchObject({ action: "CREATE", entityId: f.A.entityId, actorUserId: f.A.users.ADMIN });
    const userAudit = await f.owner.auditLog.findFirstOrThrow({ where: { tableName: "users", recordId: user.id } });
    expect(userAudit).toMatchObject({ action: "CREATE", actorUserId: f.A.users.ADMIN });
  });

  it("envía el enlace por correo cuando hay SMTP, y lo dice", async () => {
    asAdminOfA();
    mail.sendMail.mockResolvedValue(true);
    const result = await inviteMemberAction({ entityId: f.A.entityId, email: "con.correo@pruebas.faro.co", name: "Con Correo", role: "LECTOR" });
    if (!result.ok) throw new Error(result.error);
    expect(result.data.invitation?.emailed).toBe(true);
    expect(mail.sendMail).toHaveBeenCalledTimes(1);
    const message = mail.sendMail.mock.calls[0]![0];
    expect(message.to).toBe("con.correo@pruebas.faro.co");
    expect(message.subject).toContain("Alcaldía A");
    expect(message.text).toContain(result.data.invitation!.url);
  });

  it("a alguien que ya tiene cuenta en otra entidad: no crea otra cuenta, solo la membresía y sin enlace", async () => {
    asAdminOfA();
    const other = await f.owner.user.findUniqueOrThrow({ where: { id: f.B.users.PLANEACION } });
    const users = await f.owner.user.count();
    const result = await inviteMemberAction({ entityId: f.A.entityId, email: other.email.toUpperCase(), name: "Otro nombre", role: "COMITE" });
    expect(result).toMatchObject({ ok: true, data: { name: other.name, existingAccount: true, invitation: null } });
    expect(await f.owner.user.count()).toBe(users);
    const memberships = await f.owner.membership.findMany({ where: { userId: other.id }, orderBy: { entityId: "asc" } });
    expect(memberships.map((m) => [m.entityId, m.role]).sort()).toEqual(
      [
        [f.A.entityId, "COMITE"],
        [f.B.entityId, "PLANEACION"],
      ].sort(),
    );
    expect(mail.sendMail).not.toHaveBeenCalled();
  });

  it("a una cuenta que aún no tiene contraseña: agrega la membresía y da un enlace", async () => {
    asAdminOfA();
    const pending = await createUser(f.owner, { email: "sin.clave@pruebas.faro.co", name: "Sin Clave" });
    const result = await inviteMemberAction({ entityId: f.A.entityId, email: pending.email, name: "Sin Clave", role: "LECTOR" });
    expect(result).toMatchObject({ ok: true, data: { existingAccount: true, invitation: { url: expect.stringContaining("/invitacion/") } } });
  });

  it("una cuenta desactivada no se agrega: 409, sin membresía", async () => {
    asAdminOfA();
    const inactive = await createUser(f.owner, { email: "inactiva@pruebas.faro.co", name: "Cuenta Inactiva", password: "Clave-de-prueba-2026" });
    await f.owner.user.update({ where: { id: inactive.id }, data: { isActive: false } });
    const result = await inviteMemberAction({ entityId: f.A.entityId, email: inactive.email, name: "Cuenta Inactiva", role: "LECTOR" });
    expect(result).toMatchObject({ ok: false, status: 409, error: expect.stringMatching(/está desactivada/) });
    expect(await f.owner.membership.count({ where: { userId: inactive.id } })).toBe(0);
  });

  it("a alguien que ya es miembro: 409 con un mensaje en español, sin cambios", async () => {
    asAdminOfA();
    const member = await f.owner.user.findUniqueOrThrow({ where: { id: f.A.users.LECTOR } });
    const memberships = await f.owner.membership.count();
    const result = await inviteMemberAction({ entityId: f.A.entityId, email: member.email, name: "Otra vez", role: "ADMIN" });
    expect(result).toMatchObject({ ok: false, status: 409, error: `${member.email} ya es miembro de esta entidad. Cambie su rol en la lista de miembros.` });
    expect(await f.owner.membership.count()).toBe(memberships);
    expect((await f.owner.membership.findFirstOrThrow({ where: { userId: member.id } })).role).toBe("LECTOR");
  });

  it("datos equivocados: 422 con mensajes por campo, y no se guarda nada", async () => {
    asAdminOfA();
    const users = await f.owner.user.count();
    const result = await inviteMemberAction({ entityId: f.A.entityId, email: "no-es-un-correo", name: "A", role: "JEFE", policyCodes: ["POL99"] });
    expect(result).toMatchObject({ ok: false, status: 422 });
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      email: [expect.stringMatching(/correo electrónico válido/)],
      name: [expect.stringMatching(/nombre completo/)],
      role: ["Elija un rol de la lista."],
      "policyCodes.0": ["Política desconocida."],
    });
    const onlyResponsable = await inviteMemberAction({
      entityId: f.A.entityId,
      email: "x@pruebas.faro.co",
      name: "Xavier",
      role: "LECTOR",
      policyCodes: ["POL01"],
    });
    expect(onlyResponsable).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { policyCodes: ["Solo un responsable de política tiene políticas asignadas."] },
    });
    const extra = await inviteMemberAction({ entityId: f.A.entityId, email: "y@pruebas.faro.co", name: "Yolanda", role: "LECTOR", isSuperadmin: true });
    expect(extra).toMatchObject({ ok: false, status: 422 });
    expect(await f.owner.user.count()).toBe(users);
  });
});
