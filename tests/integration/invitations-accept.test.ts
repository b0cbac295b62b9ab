// The public side of an invitation: the link shows who is invited to what;
// accepting consumes the token and sets the password in one step; a used,
// expired or unknown link is refused with the Spanish message for its case.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { issueToken, TOKEN_STATUS_MESSAGES } from "@/lib/auth/one-time-tokens";
import { verifyPassword } from "@/lib/auth/password";
import { withSystem } from "@/lib/db/context";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { loadInvitation } from "@/lib/invitations/load-invitation";
import { addAdvisorTerritory, createUser } from "@/prisma/seed/factories";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUserId: async () => session.userId,
  requireSessionUserId: async () => session.userId ?? "",
}));

const { inviteMemberAction } = await import("@/app/(app)/e/[entityId]/miembros/actions");
const { acceptInvitationAction } = await import("@/app/invitacion/[token]/actions");

const PASSWORD = "Faro-Nueva-2026";
let f: TenantFixture;
beforeAll(async () => {
  f = await createTenantFixture("invitations");
});
afterAll(async () => f?.close());

async function invite(email: string): Promise<string> {
  session.userId = f.A.users.ADMIN;
  const result = await inviteMemberAction({ entityId: f.A.entityId, email, name: "Persona Invitada", role: "PLANEACION" });
  if (!result.ok || !result.data.invitation) throw new Error(JSON.stringify(result));
  session.userId = null; // the invited person has no session
  return decodeURIComponent(result.data.invitation.url.split("/invitacion/")[1]!);
}

const passwordHashOf = (email: string) =>
  f.owner.user.findUniqueOrThrow({ where: { email }, select: { passwordHash: true } }).then((u) => u.passwordHash);

describe("aceptar una invitación", () => {
  it("la página muestra a la persona y la entidad; al aceptar queda la contraseña (argon2id) y el enlace usado", async () => {
    const token = await invite("acepta@pruebas.faro.co");
    expect(await loadInvitation(token)).toMatchObject({ status: "valid", personName: "Persona Invitada", email: "acepta@pruebas.faro.co", placeName: "Alcaldía A" });

    const result = await acceptInvitationAction({ token, password: PASSWORD, confirmPassword: PASSWORD });
    expect(result).toEqual({ ok: true, data: { email: "acepta@pruebas.faro.co" } });
    const hash = await passwordHashOf("acepta@pruebas.faro.co");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash!, PASSWORD)).toBe(true);

    // The person set it themselves, as the audit trail shows (without the hash).
    const user = await f.owner.user.findUniqueOrThrow({ where: { email: "acepta@pruebas.faro.co" } });
    const audit = await f.owner.auditLog.findFirstOrThrow({ where: { tableName: "users", recordId: user.id, action: "UPDATE" }, orderBy: { id: "desc" } });
    expect(audit.actorUserId).toBe(user.id);
    expect(audit.after).toMatchObject({ password_changed: true });
    expect(JSON.stringify(audit.after)).not.toContain("argon2");

    expect(await loadInvitation(token)).toEqual({ status: "used", message: TOKEN_STATUS_MESSAGES.used });
    const again = await acceptInvitationAction({ token, password: "Otra-Clave-2027", confirmPassword: "Otra-Clave-2027" });
    expect(again).toMatchObject({ ok: false, status: 409, error: TOKEN_STATUS_MESSAGES.used });
    expect(await passwordHashOf("acepta@pruebas.faro.co")).toBe(hash);
  });

  it("dos usos simultáneos: solo uno gana", async () => {
    const token = await invite("doble@pruebas.faro.co");
    const results = await Promise.all([
      acceptInvitationAction({ token, password: PASSWORD, confirmPassword: PASSWORD }),
      acceptInvitationAction({ token, password: "Otra-Clave-2027", confirmPassword: "Otra-Clave-2027" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ status: 409 });
  });

  it("un enlace vencido se rechaza (reloj inyectado) y no cambia nada", async () => {
    const token = await invite("vencida@pruebas.faro.co");
    const later = new Date(Date.now() + 72 * 3_600_000 + 60_000);
    expect(await loadInvitation(token, later)).toEqual({ status: "expired", message: TOKEN_STATUS_MESSAGES.expired });
    await expect(acceptInvitation({ token, password: PASSWORD, confirmPassword: PASSWORD }, later)).rejects.toMatchObject({
      status: 409,
      message: TOKEN_STATUS_MESSAGES.expired,
    });
    expect(await passwordHashOf("vencida@pruebas.faro.co")).toBeNull();
    // Just before the deadline it still works.
    const justBefore = new Date(Date.now() + 71 * 3_600_000);
    await expect(acceptInvitation({ token, password: PASSWORD, confirmPassword: PASSWORD }, justBefore)).resolves.toEqual({ email: "vencida@pruebas.faro.co" });
  });

  it("un enlace desconocido: 404 con su mensaje", async () => {
    expect(await loadInvitation("no-existe")).toEqual({ status: "unknown", message: TOKEN_STATUS_MESSAGES.unknown });
    expect(await loadInvitation("x".repeat(500))).toMatchObject({ status: "unknown" });
    const result = await acceptInvitationAction({ token: "no-existe", password: PASSWORD, confirmPassword: PASSWORD });
    expect(result).toMatchObject({ ok: false, status: 404, error: TOKEN_STATUS_MESSAGES.unknown });
  });

  it("una contraseña débil o mal repetida: 422 por campo, y el enlace sigue sirviendo", async () => {
    const token = await invite("debil@pruebas.faro.co");
    const weak = await acceptInvitationAction({ token, password: "corta1", confirmPassword: "corta1" });
    expect(weak).toMatchObject({ ok: false, status: 422, fieldErrors: { password: [expect.stringMatching(/al menos 12 caracteres/)] } });
    const mismatch = await acceptInvitationAction({ token, password: PASSWORD, confirmPassword: `${PASSWORD}x` });
    expect(mismatch).toMatchObject({ ok: false, status: 422, fieldErrors: { confirmPassword: ["Las dos contraseñas no coinciden."] } });
    const withEmail = await acceptInvitationAction({ token, password: "debil-Clave-2026", confirmPassword: "debil-Clave-2026" });
    expect(withEmail).toMatchObject({ ok: false, status: 422, fieldErrors: { password: [expect.stringMatching(/correo/)] } });
    const extra = await acceptInvitationAction({ token, password: PASSWORD, confirmPassword: PASSWORD, userId: f.A.users.ADMIN });
    expect(extra).toMatchObject({ ok: false, status: 422 });
    expect(await passwordHashOf("debil@pruebas.faro.co")).toBeNull();
    expect(await loadInvitation(token)).toMatchObject({ status: "valid" });
  });

  it("la invitación de un asesor departamental nombra su departamento", async () => {
    const advisor = await createUser(f.owner, { email: "asesora@pruebas.faro.co", name: "Alba Asesora" });
    await addAdvisorTerritory(f.owner, advisor.id, "05");
    const { token } = await withSystem(f.superadminId, (db) => issueToken(db, { userId: advisor.id, purpose: "INVITATION", createdById: f.superadminId }), f.app);
    expect(await loadInvitation(token)).toMatchObject({ status: "valid", placeName: "Asesoría MIPG del departamento de Antioquia" });
  });
});
