// The platform operator: registers entities with their first admin and names
// departmental advisors. Nobody else may (403), and the /plataforma pages
// answer 404 to everyone but the operator.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashToken } from "@/lib/auth/one-time-tokens";
import { listAdvisors } from "@/lib/platform/list-advisors";
import { listEntities } from "@/lib/platform/list-entities";
import { createUser } from "@/prisma/seed/factories";
import { createTenantFixture, ROLES, type TenantFixture } from "./authorization/tenant-fixture";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUserId: async () => session.userId,
  requireSessionUserId: async () => session.userId ?? "",
}));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  redirect: (url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`);
  },
}));

const { createEntityAction, assignAdvisorAction } = await import("@/app/(app)/plataforma/actions");
const { requirePlatformOperator } = await import("@/lib/platform/require-platform-operator");

let f: TenantFixture;
beforeAll(async () => {
  f = await createTenantFixture("platform");
});
afterAll(async () => f?.close());

const newEntity = (overrides: Record<string, unknown> = {}) => ({
  name: "Alcaldía de Marinilla",
  nit: "890.983.716-1",
  sigepCode: "900440",
  type: "ALCALDIA",
  departmentCode: "05",
  departmentName: "Antioquia",
  municipalityCode: "05440",
  municipalityName: "Marinilla",
  municipalCategory: "SEXTA",
  peerGroup: "Municipios categoría 5 y 6",
  adminEmail: "admin@marinilla.gov.co",
  adminName: "Ana Marinilla",
  ...overrides,
});

describe("registrar una entidad con su primer administrador", () => {
  it("crea la entidad, la cuenta y la membresía ADMIN, y devuelve el enlace de invitación", async () => {
    session.userId = f.superadminId;
    const result = await createEntityAction(newEntity());
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    const { entity, admin, invitation } = result.data;
    expect(admin).toEqual({ name: "Ana Marinilla", email: "admin@marinilla.gov.co", existingAccount: false });
    const stored = await f.owner.entity.findUniqueOrThrow({ where: { id: entity.id }, include: { memberships: { include: { user: true } } } });
    expect(stored).toMatchObject({
      name: "Alcaldía de Marinilla",
      nit: "890983716-1",
      sigepCode: "900440",
      municipalityCode: "05440",
      municipalCategory: "SEXTA",
    });
    expect(stored.memberships.map((m) => [m.role, m.user.email])).toEqual([["ADMIN", "admin@marinilla.gov.co"]]);
    const token = await f.owner.authToken.findUniqueOrThrow({ where: { tokenHash: hashToken(invitation!.url.split("/invitacion/")[1]!) } });
    expect(token).toMatchObject({ purpose: "INVITATION", entityId: entity.id, createdById: f.superadminId, userId: stored.memberships[0]!.userId });
    const audit = await f.owner.auditLog.findMany({ where: { entityId: entity.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.tableName, a.action, a.actorUserId])).toEqual([
      ["entities", "CREATE", f.superadminId],
      ["memberships", "CREATE", f.superadminId],
    ]);
    const listed = (await listEntities(f.superadminId)).find((e) => e.id === entity.id);
    expect(listed).toMatchObject({ memberCount: 1, type: "ALCALDIA", departmentName: "Antioquia", municipalityName: "Marinilla" });
  });

  it("un administrador que ya tiene cuenta con contraseña no recibe enlace", async () => {
    session.userId = f.superadminId;
    const existing = await f.owner.user.findUniqueOrThrow({ where: { id: f.B.users.ADMIN } });
    const result = await createEntityAction(
      newEntity({
        name: "Personería de Guarne",
        type: "PERSONERIA",
        nit: "811019470-4",
        sigepCode: "900777",
        adminEmail: existing.email,
        municipalityCode: "05318",
        municipalityName: "Guarne",
      }),
    );
    expect(result).toMatchObject({ ok: true, data: { admin: { existingAccount: true, name: existing.name }, invitation: null } });
  });

  it("NIT o código SIGEP repetidos: 409 con mensaje en español en su campo, y nada se crea", async () => {
    session.userId = f.superadminId;
    const entities = await f.owner.entity.count();
    const users = await f.owner.user.count();
    const sameNit = await createEntityAction(newEntity({ sigepCode: "123123", adminEmail: "otra@pruebas.faro.co" }));
    expect(sameNit).toMatchObject({
      ok: false,
      status: 409,
      error: "Ya existe una entidad con el NIT 890983716-1: Alcaldía de Marinilla.",
      fieldErrors: { nit: ["Ya existe una entidad con el NIT 890983716-1: Alcaldía de Marinilla."] },
    });
    const sameSigep = await createEntityAction(newEntity({ nit: "890907317-2", adminEmail: "otra@pruebas.faro.co" }));
    expect(sameSigep).toMatchObject({ ok: false, status: 409, fieldErrors: { sigepCode: [expect.stringMatching(/código SIGEP 900440/)] } });
    expect(await f.owner.entity.count()).toBe(entities);
    expect(await f.owner.user.count()).toBe(users);
  });

  it("datos equivocados: 422 con mensajes por campo", async () => {
    session.userId = f.superadminId;
    const result = await createEntityAction(newEntity({ nit: "890983716-9", sigepCode: "abc", municipalityCode: "08001", adminName: "" }));
    expect(result).toMatchObject({ ok: false, status: 422 });
    if (result.ok) return;
    // Every problem at once, each under its field.
    expect(result.fieldErrors).toEqual({
      adminName: [expect.stringMatching(/nombre completo/)],
      nit: ["El dígito de verificación no corresponde a ese NIT: revíselo."],
      sigepCode: ["El código SIGEP lleva solo dígitos (hasta 20)."],
      municipalityCode: ["El código del municipio debe empezar por el del departamento (05)."],
    });
    const noMunicipality = await createEntityAction(newEntity({ nit: "890907317-2", sigepCode: "555", municipalityCode: "", municipalityName: "" }));
    expect(noMunicipality).toMatchObject({ ok: false, status: 422, fieldErrors: { municipalityCode: [expect.stringMatching(/es municipal/)] } });
  });

  it.each(ROLES)("un %s de una entidad no puede registrar entidades ni nombrar asesores (403)", async (role) => {
    session.userId = f.A.users[role];
    const entities = await f.owner.entity.count();
    const territories = await f.owner.advisorTerritory.count(); // the fixture's advisor of each side
    expect(await createEntityAction(newEntity({ nit: "890907317-2", sigepCode: "777001" }))).toMatchObject({ ok: false, status: 403 });
    expect(await assignAdvisorAction({ email: "asesor@pruebas.faro.co", name: "Asesor", departmentCode: "05" })).toMatchObject({ ok: false, status: 403 });
    expect(await f.owner.entity.count()).toBe(entities);
    expect(await f.owner.advisorTerritory.count()).toBe(territories);
  });

  it("sin sesión: 401", async () => {
    session.userId = null;
    expect(await createEntityAction(newEntity())).toMatchObject({ ok: false, status: 401 });
  });
});

describe("asesores departamentales", () => {
  it("nombra a una persona nueva (con enlace) y a una existente (sin enlace); repetir es 409", async () => {
    session.userId = f.superadminId;
    const fresh = await assignAdvisorAction({ email: "Asesora.Nueva@Antioquia.gov.co", name: "Alba Asesora", departmentCode: "05" });
    expect(fresh).toMatchObject({
      ok: true,
      data: {
        advisor: { email: "asesora.nueva@antioquia.gov.co", existingAccount: false },
        departmentName: "Antioquia",
        invitation: { url: expect.stringContaining("/invitacion/") },
      },
    });
    const existing = await createUser(f.owner, { email: "ya.tiene@pruebas.faro.co", name: "Beto Asesor", password: "Clave-de-prueba-2026" });
    const second = await assignAdvisorAction({ email: existing.email, name: "Otro nombre", departmentCode: "08" });
    expect(second).toMatchObject({ ok: true, data: { advisor: { name: "Beto Asesor", existingAccount: true }, departmentName: "Atlántico", invitation: null } });
    const again = await assignAdvisorAction({ email: existing.email, name: "Beto Asesor", departmentCode: "08" });
    expect(again).toMatchObject({ ok: false, status: 409, error: "Beto Asesor ya es asesor del departamento de Atlántico." });
    // The tenant fixture names one advisor per side; only the two named here are checked.
    const advisors = (await listAdvisors(f.superadminId)).filter((a) => !a.email.endsWith("@pruebas.faro.co") || a.email === existing.email);
    expect(advisors.map((a) => [a.departmentCode, a.email, a.hasPassword])).toEqual([
      ["05", "asesora.nueva@antioquia.gov.co", false],
      ["08", "ya.tiene@pruebas.faro.co", true],
    ]);
    const bad = await assignAdvisorAction({ email: "x", name: "Al", departmentCode: "00" });
    expect(bad).toMatchObject({ ok: false, status: 422 });
    if (!bad.ok) expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["departmentCode", "email", "name"]);
  });
});

describe("páginas de /plataforma", () => {
  it("solo el operador pasa; los demás ven el mismo 404 que una página inexistente", async () => {
    session.userId = f.superadminId;
    await expect(requirePlatformOperator()).resolves.toBe(f.superadminId);
    for (const role of ROLES) {
      session.userId = f.A.users[role];
      await expect(requirePlatformOperator()).rejects.toThrow("NEXT_NOT_FOUND");
    }
  });
});
