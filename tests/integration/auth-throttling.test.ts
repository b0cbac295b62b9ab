// Sign-in throttling against a real database: 5 failures for an account or
// from an address within 15 minutes refuse sign-in for 15 minutes, even with
// the right password; every attempt is recorded; unknown e-mails count the
// same way without revealing that the account does not exist.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { LOCK_DURATION_MS } from "@/lib/auth/login-throttle";
import { buildAuthOptions } from "@/lib/auth/options";
import { signInErrorMessage, TOO_MANY_ATTEMPTS_MESSAGE, WRONG_CREDENTIALS_MESSAGE } from "@/lib/auth/sign-in-errors";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { createUser } from "@/prisma/seed/factories";
import { createTestDatabase, type TestDatabase } from "./setup/database";

const PASSWORD = "Faro-Prueba-2026";
const MINUTE = 60_000;

let database: TestDatabase;
let owner: Db;
let app: Db;
let ipCounter = 0;

/** A fresh address per call: tests of the account limit must not trip the address limit. */
const freshIp = () => `198.51.100.${++ipCounter}`;

async function person() {
  return createUser(owner, { email: `persona-${randomUUID()}@pruebas.faro.co`, password: PASSWORD });
}

function signIn(email: string, password: string, ipAddress: string, now: Date) {
  return authenticateWithPassword({ email, password }, { ipAddress, now, client: app });
}

beforeAll(async () => {
  database = await createTestDatabase("auth_throttling");
  owner = createPrismaClient(database.url, { asAppRole: false });
  app = createPrismaClient(database.url);
});

afterAll(async () => {
  await owner?.$disconnect();
  await app?.$disconnect();
  await database?.drop();
});

describe("límite de intentos por cuenta", () => {
  it("tras 5 fallos en 15 minutos, el sexto se rechaza aunque la contraseña sea correcta", async () => {
    const user = await person();
    const t0 = new Date();
    for (let i = 0; i < 5; i++) {
      expect(await signIn(user.email, "equivocada-123", freshIp(), new Date(t0.getTime() + i * MINUTE))).toEqual({ ok: false, reason: "invalid" });
    }
    const sixth = new Date(t0.getTime() + 5 * MINUTE);
    expect(await signIn(user.email, PASSWORD, freshIp(), sixth)).toEqual({ ok: false, reason: "throttled" });

    const row = await owner.user.findUniqueOrThrow({ where: { id: user.id }, select: { lockedUntil: true, lastLoginAt: true } });
    expect(row.lockedUntil?.getTime()).toBe(t0.getTime() + 4 * MINUTE + LOCK_DURATION_MS);
    expect(row.lastLoginAt).toBeNull();

    // Every attempt is recorded, the refused one too.
    const attempts = await owner.loginAttempt.findMany({ where: { email: user.email }, orderBy: { createdAt: "asc" } });
    expect(attempts).toHaveLength(6);
    expect(attempts.every((a) => !a.succeeded)).toBe(true);
  });

  it("el bloqueo vence: 15 minutos después la contraseña correcta vuelve a funcionar", async () => {
    const user = await person();
    const t0 = new Date();
    for (let i = 0; i < 5; i++) await signIn(user.email, "equivocada-123", freshIp(), new Date(t0.getTime() + i * 1000));
    const lockedUntil = (await owner.user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil!;

    expect(await signIn(user.email, PASSWORD, freshIp(), new Date(lockedUntil.getTime() - 1000))).toMatchObject({ reason: "throttled" });
    const after = await signIn(user.email, PASSWORD, freshIp(), new Date(lockedUntil.getTime() + 1000));
    expect(after).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name } });
    expect(await owner.loginAttempt.count({ where: { email: user.email, succeeded: true } })).toBe(1);
  });

  it("un inicio de sesión correcto reinicia la cuenta de fallos", async () => {
    const user = await person();
    const t0 = Date.now();
    const at = (s: number) => new Date(t0 + s * 1000);
    for (let i = 0; i < 4; i++) await signIn(user.email, "equivocada-123", freshIp(), at(i));
    expect(await signIn(user.email, PASSWORD, freshIp(), at(10))).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) await signIn(user.email, "equivocada-123", freshIp(), at(20 + i));
    expect(await signIn(user.email, PASSWORD, freshIp(), at(30))).toMatchObject({ ok: true });
  });

  it("un correo sin cuenta se comporta igual: mismo mensaje y mismo bloqueo", async () => {
    const email = `nadie-${randomUUID()}@pruebas.faro.co`;
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) {
      expect(await signIn(email, "lo-que-sea-123", freshIp(), new Date(t0 + i * 1000))).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signIn(email, "lo-que-sea-123", freshIp(), new Date(t0 + 6000))).toEqual({ ok: false, reason: "throttled" });
    expect(await owner.loginAttempt.count({ where: { email } })).toBe(6);
  });

  it("una cuenta desactivada no entra y no lo revela", async () => {
    const user = await person();
    await owner.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await signIn(user.email, PASSWORD, freshIp(), new Date())).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("límite de intentos por dirección", () => {
  it("5 fallos con correos distintos desde una dirección bloquean esa dirección, no la cuenta", async () => {
    const ip = freshIp();
    const victim = await person();
    const t0 = Date.now();
    for (let i = 0; i < 4; i++) await signIn(`nadie-${randomUUID()}@pruebas.faro.co`, "x-123456789", ip, new Date(t0 + i * 1000));
    const other = await person();
    await signIn(other.email, "equivocada-123", ip, new Date(t0 + 5000));

    expect(await signIn(victim.email, PASSWORD, ip, new Date(t0 + 6000))).toEqual({ ok: false, reason: "throttled" });
    // The account itself is fine: from another address it signs in.
    expect(await signIn(victim.email, PASSWORD, freshIp(), new Date(t0 + 7000))).toMatchObject({ ok: true });
    // And 15 minutes later the address works again.
    expect(await signIn(victim.email, PASSWORD, ip, new Date(t0 + 5000 + 15 * MINUTE + 1000))).toMatchObject({ ok: true });

    const fromIp = await owner.loginAttempt.findMany({ where: { ipAddress: ip } });
    expect(fromIp).toHaveLength(7);
    expect(fromIp.filter((a) => a.succeeded)).toHaveLength(1);
  });

  it("los fallos que la misma persona corrige con un ingreso no cuentan contra la dirección", async () => {
    const ip = freshIp();
    const t0 = Date.now();
    const at = (s: number) => new Date(t0 + s * 1000);
    const typo = await person();
    for (let i = 0; i < 3; i++) await signIn(typo.email, "equivocada-123", ip, at(i));
    expect(await signIn(typo.email, PASSWORD, ip, at(5))).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) await signIn(`nadie-${randomUUID()}@pruebas.faro.co`, "x-123456789", ip, at(10 + i));
    const colleague = await person();
    expect(await signIn(colleague.email, PASSWORD, ip, at(20))).toMatchObject({ ok: true });
  });
});

describe("authorize de next-auth", () => {
  it("lee la dirección de X-Forwarded-For y, bloqueado, devuelve el código que el formulario traduce", async () => {
    (globalThis as { faroPrisma?: Db }).faroPrisma = app;
    try {
      const provider = buildAuthOptions({ env: {} }).providers[0] as unknown as {
        options: { authorize(credentials: unknown, req: unknown): Promise<unknown> };
      };
      const authorize = provider.options.authorize;
      const ip = freshIp();
      const req = { headers: { "x-forwarded-for": `${ip}, 10.0.0.1` } };
      const user = await person();

      for (let i = 0; i < 5; i++) expect(await authorize({ email: user.email, password: "equivocada-123" }, req)).toBeNull();
      expect(signInErrorMessage("CredentialsSignin")).toBe(WRONG_CREDENTIALS_MESSAGE);
      await expect(authorize({ email: user.email, password: PASSWORD }, req)).rejects.toThrow("TooManyAttempts");
      expect(signInErrorMessage("TooManyAttempts")).toBe(TOO_MANY_ATTEMPTS_MESSAGE);
      expect(TOO_MANY_ATTEMPTS_MESSAGE).toBe("Demasiados intentos fallidos. Por seguridad, espere 15 minutos o restablezca su contraseña.");
      expect(await owner.loginAttempt.count({ where: { email: user.email, ipAddress: ip } })).toBe(6);
    } finally {
      delete (globalThis as { faroPrisma?: Db }).faroPrisma;
    }
  });
});
