// The profile page's server actions, called as the browser calls them, with
// the session mocked: they change only the signed-in person's own row, refuse
// unexpected fields (there is no id to send), and a wrong current password
// changes nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { changeMyPassword, updateMyName } from "@/app/(app)/perfil/actions";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { loadProfile } from "@/lib/profile/load-profile";
import { addMembership, createEntity, createUser } from "@/prisma/seed/factories";
import { createTestDatabase, type TestDatabase } from "./setup/database";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUserId: async () => session.userId,
  requireSessionUserId: async () => session.userId ?? Promise.reject(new Error("sin sesión")),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const PASSWORD = "Faro-Prueba-2026";
const NEW_PASSWORD = "otra frase larga 2027";

let database: TestDatabase;
let owner: Db;
let app: Db;
const ids = { me: "", other: "", entity: "" };
let myEmail = "";

const passwordHashOf = async (id: string) =>
  (await owner.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })).passwordHash;
const nameOf = async (id: string) => (await owner.user.findUniqueOrThrow({ where: { id } })).name;

beforeAll(async () => {
  database = await createTestDatabase("auth_profile");
  owner = createPrismaClient(database.url, { asAppRole: false });
  app = createPrismaClient(database.url);
  (globalThis as { faroPrisma?: Db }).faroPrisma = app; // what the actions use
  const entity = await createEntity(owner, { name: "Alcaldía de Prueba", type: "ALCALDIA", departmentCode: "05", departmentName: "Antioquia" });
  const me = await createUser(owner, { name: "Ana Pérez", password: PASSWORD });
  const other = await createUser(owner, { name: "Beto Otro", password: PASSWORD });
  await addMembership(owner, me.id, entity.id, "PLANEACION");
  await addMembership(owner, other.id, entity.id, "ADMIN");
  Object.assign(ids, { me: me.id, other: other.id, entity: entity.id });
  myEmail = me.email;
});

afterAll(async () => {
  delete (globalThis as { faroPrisma?: Db }).faroPrisma;
  await owner?.$disconnect();
  await app?.$disconnect();
  await database?.drop();
});

beforeEach(() => {
  session.userId = ids.me;
});

describe("perfil", () => {
  it("muestra nombre, correo y entidades con su rol", async () => {
    const profile = await loadProfile(ids.me, app);
    expect(profile).toMatchObject({
      name: "Ana Pérez",
      email: myEmail,
      hasPassword: true,
      memberships: [{ role: "PLANEACION", entity: { id: ids.entity, name: "Alcaldía de Prueba" } }],
    });
    expect(JSON.stringify(profile)).not.toContain("argon2");
  });

  it("cambia el nombre propio (recortado) y queda en la auditoría", async () => {
    expect(await updateMyName({ name: "  Ana María Pérez  " })).toEqual({ ok: true, data: { name: "Ana María Pérez" } });
    expect(await nameOf(ids.me)).toBe("Ana María Pérez");
    const audit = await owner.auditLog.findFirstOrThrow({ where: { tableName: "users", recordId: ids.me, action: "UPDATE" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorUserId: ids.me, before: { name: "Ana Pérez" }, after: { name: "Ana María Pérez" } });
  });

  it("rechaza un nombre de menos de 2 o más de 120 caracteres", async () => {
    expect(await updateMyName({ name: " A " })).toMatchObject({ ok: false, status: 422, fieldErrors: { name: ["Escriba su nombre (al menos 2 caracteres)."] } });
    expect(await updateMyName({ name: "x".repeat(121) })).toMatchObject({ ok: false, status: 422 });
  });

  it("no hay forma de cambiar el nombre de otra persona: un campo extra es 422 y nada cambia", async () => {
    const before = { me: await nameOf(ids.me), other: await nameOf(ids.other) };
    for (const extra of [{ userId: ids.other }, { id: ids.other }, { email: "otro@pruebas.faro.co" }, { isSuperadmin: true }]) {
      const result = await updateMyName({ name: "Nombre Intruso", ...extra });
      expect(result).toMatchObject({ ok: false, status: 422, fieldErrors: { _: ["La solicitud trae campos que no se esperaban."] } });
    }
    expect({ me: await nameOf(ids.me), other: await nameOf(ids.other) }).toEqual(before);
    expect((await owner.user.findUniqueOrThrow({ where: { id: ids.me } })).isSuperadmin).toBe(false);
  });

  it("sin sesión responde 401 y no cambia nada", async () => {
    session.userId = null;
    const before = await nameOf(ids.me);
    expect(await updateMyName({ name: "Sin Sesión" })).toMatchObject({ ok: false, status: 401 });
    expect(await changeMyPassword({ currentPassword: PASSWORD, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toMatchObject({ ok: false, status: 401 });
    expect(await nameOf(ids.me)).toBe(before);
  });
});

describe("cambio de contraseña", () => {
  it("con la contraseña actual equivocada responde 422 en ese campo y no cambia nada", async () => {
    const before = await passwordHashOf(ids.me);
    const result = await changeMyPassword({ currentPassword: "no-es-la-mia-123", password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(result).toEqual({
      ok: false,
      status: 422,
      error: "Revise los datos enviados.",
      fieldErrors: { currentPassword: ["La contraseña actual no es correcta."] },
    });
    expect(await passwordHashOf(ids.me)).toBe(before);
  });

  it("aplica las reglas de contraseña (también la del correo) y la confirmación", async () => {
    const before = await passwordHashOf(ids.me);
    const local = myEmail.split("@")[0]!;
    const withEmail = `${local}-2027`;
    expect(await changeMyPassword({ currentPassword: PASSWORD, password: withEmail, confirmPassword: withEmail })).toMatchObject({
      status: 422,
      fieldErrors: { password: ["La contraseña no puede contener su correo electrónico."] },
    });
    expect(await changeMyPassword({ currentPassword: PASSWORD, password: NEW_PASSWORD, confirmPassword: "distinta 2027 x" })).toMatchObject({
      status: 422,
      fieldErrors: { confirmPassword: ["Las dos contraseñas no coinciden."] },
    });
    expect(await changeMyPassword({ currentPassword: PASSWORD, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, userId: ids.other })).toMatchObject({
      status: 422,
    });
    expect(await passwordHashOf(ids.me)).toBe(before);
  });

  it("con la contraseña actual correcta la cambia: la nueva sirve para ingresar y la anterior ya no", async () => {
    const otherBefore = await passwordHashOf(ids.other);
    expect(await changeMyPassword({ currentPassword: PASSWORD, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toEqual({
      ok: true,
      data: { changed: true },
    });
    const signIn = (password: string) => authenticateWithPassword({ email: myEmail, password }, { ipAddress: "192.0.2.50", client: app });
    expect(await signIn(NEW_PASSWORD)).toMatchObject({ ok: true });
    expect(await signIn(PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await passwordHashOf(ids.other)).toBe(otherBefore);
    const audit = await owner.auditLog.findFirstOrThrow({ where: { tableName: "users", recordId: ids.me, action: "UPDATE" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorUserId: ids.me, after: { password_changed: true } });
  });

  it("una persona desactivada después de iniciar sesión ya no puede cambiar nada", async () => {
    session.userId = ids.other;
    await owner.user.update({ where: { id: ids.other }, data: { isActive: false } });
    expect(await updateMyName({ name: "Beto Desactivado" })).toMatchObject({ ok: false, status: 401 });
    expect(await changeMyPassword({ currentPassword: PASSWORD, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toMatchObject({ ok: false, status: 401 });
    expect(await nameOf(ids.other)).toBe("Beto Otro");
  });
});
