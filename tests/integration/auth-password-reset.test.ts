// Password reset through one-time links against a real database: issue,
// inspect, set a new password (the link is consumed in the same transaction),
// sign in with it; a used, expired or unknown link is refused; asking for a
// link by e-mail says nothing about whether the account exists.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { TOKEN_STATUS_MESSAGES } from "@/lib/auth/one-time-tokens";
import { issuePasswordResetLink, requestPasswordReset, RESET_REQUESTS_PER_HOUR } from "@/lib/auth/password-reset";
import { inspectPasswordResetLink, resetPasswordWithToken } from "@/lib/auth/reset-password-with-token";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { translateError } from "@/lib/errors/translate-error";
import type { MailMessage } from "@/lib/mail/send-mail";
import { createUser } from "@/prisma/seed/factories";
import { createTestDatabase, type TestDatabase } from "./setup/database";

const mail = vi.hoisted(() => ({ configured: false, sent: [] as MailMessage[] }));
vi.mock("@/lib/mail/send-mail", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/mail/send-mail")>()),
  isMailConfigured: () => mail.configured,
  sendMail: async (message: MailMessage) => {
    if (!mail.configured) return false;
    mail.sent.push(message);
    return true;
  },
}));

const OLD_PASSWORD = "Faro-Prueba-2026";
const NEW_PASSWORD = "una frase nueva de 2027";

let database: TestDatabase;
let owner: Db;
let app: Db;

const tokenOf = (url: string) => new URL(url).pathname.split("/").pop()!;
const signIn = (email: string, password: string, ipAddress = "203.0.113.10", now?: Date) =>
  authenticateWithPassword({ email, password }, { ipAddress, now, client: app });

async function statusOf(work: Promise<unknown>) {
  try {
    await work;
    return { status: 200 };
  } catch (error) {
    return translateError(error);
  }
}

beforeAll(async () => {
  database = await createTestDatabase("auth_reset");
  owner = createPrismaClient(database.url, { asAppRole: false });
  app = createPrismaClient(database.url);
});

afterAll(async () => {
  await owner?.$disconnect();
  await app?.$disconnect();
  await database?.drop();
});

beforeEach(() => {
  mail.configured = false;
  mail.sent = [];
});

describe("enlace para restablecer la contraseña", () => {
  it("emitir → revisar → nueva contraseña → ingresar; el enlace no sirve dos veces", async () => {
    const admin = await createUser(owner, { password: OLD_PASSWORD });
    const person = await createUser(owner, { password: OLD_PASSWORD, name: "Ana Pérez" });

    const link = await issuePasswordResetLink(app, { userId: person.id, createdById: admin.id });
    expect(link.url).toMatch(/\/restablecer\/[A-Za-z0-9_-]{43}$/);
    expect(link.emailed).toBe(false); // no SMTP: the administrator passes the link on
    expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(71 * 3_600_000);
    const token = tokenOf(link.url);
    const stored = await owner.authToken.findFirstOrThrow({ where: { userId: person.id, purpose: "PASSWORD_RESET" } });
    expect(stored).toMatchObject({ createdById: admin.id, usedAt: null });
    expect(stored.tokenHash).not.toContain(token);

    expect(await inspectPasswordResetLink(token, { client: app })).toEqual({ status: "valid", email: person.email });

    // A weak password is refused field by field, and the link still works.
    const weak = await statusOf(resetPasswordWithToken({ token, password: "corta1", confirmPassword: "corta1" }, { client: app }));
    expect(weak).toMatchObject({ status: 422, body: { fieldErrors: { password: ["La contraseña debe tener al menos 12 caracteres."] } } });
    expect(await inspectPasswordResetLink(token, { client: app })).toMatchObject({ status: "valid" });

    expect(await resetPasswordWithToken({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { client: app })).toEqual({
      email: person.email,
    });
    expect(await signIn(person.email, NEW_PASSWORD)).toMatchObject({ ok: true, user: { id: person.id } });
    expect(await signIn(person.email, OLD_PASSWORD)).toEqual({ ok: false, reason: "invalid" });

    const again = await statusOf(resetPasswordWithToken({ token, password: "otra frase de 2028", confirmPassword: "otra frase de 2028" }, { client: app }));
    expect(again).toEqual({ status: 409, body: { error: TOKEN_STATUS_MESSAGES.used } });
    expect(await inspectPasswordResetLink(token, { client: app })).toEqual({ status: "used", message: TOKEN_STATUS_MESSAGES.used });

    // The audit trail shows the person changed their password, without the hash.
    const audit = await owner.auditLog.findFirstOrThrow({ where: { tableName: "users", recordId: person.id, action: "UPDATE" }, orderBy: { id: "desc" } });
    expect(audit.actorUserId).toBe(person.id);
    expect(audit.after).toMatchObject({ password_changed: true });
    expect(JSON.stringify(audit.after)).not.toContain("argon2");
  });

  it("un enlace vencido o desconocido no sirve", async () => {
    const person = await createUser(owner, { password: OLD_PASSWORD });
    const issuedLongAgo = new Date(Date.now() - 73 * 3_600_000);
    const { url } = await issuePasswordResetLink(app, { userId: person.id, createdById: null }, issuedLongAgo);
    const token = tokenOf(url);

    expect(await inspectPasswordResetLink(token, { client: app })).toEqual({ status: "expired", message: TOKEN_STATUS_MESSAGES.expired });
    const expired = await statusOf(resetPasswordWithToken({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { client: app }));
    expect(expired).toEqual({ status: 409, body: { error: TOKEN_STATUS_MESSAGES.expired } });

    const unknown = await statusOf(resetPasswordWithToken({ token: "no-existe", password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { client: app }));
    expect(unknown).toEqual({ status: 404, body: { error: TOKEN_STATUS_MESSAGES.unknown } });
    expect(await signIn(person.email, OLD_PASSWORD)).toMatchObject({ ok: true });
  });

  it("de dos usos simultáneos del mismo enlace, solo uno cambia la contraseña", async () => {
    const person = await createUser(owner, { password: OLD_PASSWORD });
    const token = tokenOf((await issuePasswordResetLink(app, { userId: person.id, createdById: null })).url);
    const results = await Promise.all(
      ["primera frase de 2027", "segunda frase de 2027"].map((password) =>
        statusOf(resetPasswordWithToken({ token, password, confirmPassword: password }, { client: app })),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results[0]!.status === 200 ? "primera frase de 2027" : "segunda frase de 2027";
    expect(await signIn(person.email, winner)).toMatchObject({ ok: true });
  });

  it("restablecer la contraseña levanta el bloqueo por intentos fallidos", async () => {
    const person = await createUser(owner, { password: OLD_PASSWORD });
    const ip = "203.0.113.77";
    for (let i = 0; i < 5; i++) await signIn(person.email, "equivocada-123", ip);
    expect(await signIn(person.email, OLD_PASSWORD, ip)).toEqual({ ok: false, reason: "throttled" });

    const { url } = await issuePasswordResetLink(app, { userId: person.id, createdById: null });
    await resetPasswordWithToken({ token: tokenOf(url), password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { client: app });

    // From the same address, right away.
    expect(await signIn(person.email, NEW_PASSWORD, ip)).toMatchObject({ ok: true });
  });

  it("no se emite un enlace para una cuenta desactivada", async () => {
    const person = await createUser(owner, { password: OLD_PASSWORD });
    await owner.user.update({ where: { id: person.id }, data: { isActive: false } });
    expect(await statusOf(issuePasswordResetLink(app, { userId: person.id, createdById: null }))).toMatchObject({ status: 409 });
    expect(await statusOf(issuePasswordResetLink(app, { userId: randomUUID(), createdById: null }))).toMatchObject({ status: 404 });
  });
});

describe("pedir un enlace por correo", () => {
  it("sin SMTP no emite nada (un enlace sin destinatario solo anularía el del administrador)", async () => {
    const person = await createUser(owner, { password: OLD_PASSWORD });
    await requestPasswordReset(person.email, { client: app });
    expect(await owner.authToken.count({ where: { userId: person.id } })).toBe(0);
  });

  it("con SMTP envía el enlace a una cuenta activa, y nada a un correo sin cuenta", async () => {
    mail.configured = true;
    const person = await createUser(owner, { password: OLD_PASSWORD, name: "Rosa Responsable" });
    await requestPasswordReset(person.email, { client: app });
    await requestPasswordReset(`nadie-${randomUUID()}@pruebas.faro.co`, { client: app });

    expect(mail.sent).toHaveLength(1);
    const [message] = mail.sent;
    expect(message!.to).toBe(person.email);
    expect(message!.text).toContain("Hola, Rosa Responsable:");
    const url = /https?:\/\/\S+\/restablecer\/\S+/.exec(message!.text)![0];
    await resetPasswordWithToken({ token: tokenOf(url), password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { client: app });
    expect(await signIn(person.email, NEW_PASSWORD)).toMatchObject({ ok: true });
  });

  it(`envía como máximo ${RESET_REQUESTS_PER_HOUR} enlaces por hora a la misma cuenta`, async () => {
    mail.configured = true;
    const person = await createUser(owner, { password: OLD_PASSWORD });
    for (let i = 0; i < RESET_REQUESTS_PER_HOUR + 2; i++) await requestPasswordReset(person.email, { client: app });
    expect(mail.sent).toHaveLength(RESET_REQUESTS_PER_HOUR);
  });
});
