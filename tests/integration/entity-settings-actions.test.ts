// The entity settings page's server actions: only an ADMIN of the entity
// changes it; a foreign entity id answers 404 and a lower role 403, with
// nothing changed; bad input answers 422 with Spanish field messages.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { saveCatalogVersionChoice, saveEntitySettings } from "@/app/(app)/e/[entityId]/configuracion/actions";
import { seedCatalogReference } from "@/lib/catalog/seed-catalog-reference";
import { createPrismaClient, setAppPrisma, type Db } from "@/lib/db/prisma";
import { addMembership, createEntity, createUser } from "@/prisma/seed/factories";
import { createTestDatabase, type TestDatabase } from "./setup/database";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUserId: async () => session.userId,
  requireSessionUserId: async () => session.userId ?? "",
}));

let database: TestDatabase;
let owner: Db;
let app: Db;
const ids = { entityA: "", entityB: "", adminA: "", planeacionA: "", adminB: "" };

const base = { type: "ALCALDIA", departmentCode: "05", departmentName: "Antioquia" } as const;

beforeAll(async () => {
  database = await createTestDatabase("entity_settings");
  owner = createPrismaClient(database.url, { asAppRole: false });
  app = createPrismaClient(database.url);
  setAppPrisma(app);
  await seedCatalogReference(owner);
  ids.entityA = (await createEntity(owner, { ...base, name: "Alcaldía de Rionegro", nit: "890907317-2", sigepCode: "900615", municipalityCode: "05615", municipalityName: "Rionegro", municipalCategory: "PRIMERA" })).id;
  ids.entityB = (await createEntity(owner, { ...base, name: "Alcaldía de Guarne", nit: "890900286-0", sigepCode: "900318", municipalityCode: "05318", municipalityName: "Guarne", municipalCategory: "SEXTA" })).id;
  for (const [key, entity, role] of [["adminA", "entityA", "ADMIN"], ["planeacionA", "entityA", "PLANEACION"], ["adminB", "entityB", "ADMIN"]] as const) {
    ids[key] = (await createUser(owner, { name: key })).id;
    await addMembership(owner, ids[key], ids[entity], role);
  }
});
afterAll(async () => {
  setAppPrisma(undefined);
  await owner?.$disconnect();
  await app?.$disconnect();
  await database?.drop();
});

/** The form as the page sends it, with the entity's current values. */
async function formOf(entityId: string) {
  const e = await owner.entity.findUniqueOrThrow({ where: { id: entityId } });
  return {
    entityId,
    name: e.name,
    nit: e.nit,
    sigepCode: e.sigepCode,
    type: e.type,
    departmentCode: e.departmentCode,
    departmentName: e.departmentName,
    municipalityCode: e.municipalityCode ?? "",
    municipalityName: e.municipalityName ?? "",
    municipalCategory: e.municipalCategory ?? "",
    peerGroup: e.peerGroup ?? "",
    sharesWithAdvisor: e.sharesWithAdvisor,
  };
}

/** Everything the settings page can change about an entity. */
async function stateOf(entityId: string) {
  const entity = await owner.entity.findUniqueOrThrow({ where: { id: entityId } });
  const vigencias = await owner.entityCatalogVersion.findMany({ where: { entityId }, select: { vigencia: true, versionId: true }, orderBy: { vigencia: "asc" } });
  return { entity, vigencias };
}

function as(userId: string) {
  session.userId = userId;
}

describe("datos de la entidad (saveEntitySettings)", () => {
  it("el ADMIN de A cambia los datos de A, y la auditoría guarda quién, el antes y el después", async () => {
    as(ids.adminA);
    const result = await saveEntitySettings({ ...(await formOf(ids.entityA)), municipalCategory: "ESPECIAL", peerGroup: "Municipios categoría especial", sharesWithAdvisor: true });
    expect(result).toMatchObject({ ok: true, data: { id: ids.entityA } });
    expect(await owner.entity.findUniqueOrThrow({ where: { id: ids.entityA } })).toMatchObject({
      municipalCategory: "ESPECIAL",
      peerGroup: "Municipios categoría especial",
      sharesWithAdvisor: true,
      nit: "890907317-2",
    });
    const audit = await owner.auditLog.findFirstOrThrow({ where: { tableName: "entities", recordId: ids.entityA, action: "UPDATE" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ entityId: ids.entityA, actorUserId: ids.adminA });
    expect(audit.before).toMatchObject({ municipal_category: "PRIMERA", shares_with_advisor: false });
    expect(audit.after).toMatchObject({ municipal_category: "ESPECIAL", shares_with_advisor: true });
  });

  it("el ADMIN de A con el id de B recibe 404 y B no cambia", async () => {
    const before = await stateOf(ids.entityB);
    as(ids.adminA);
    const result = await saveEntitySettings({ ...(await formOf(ids.entityB)), name: "Tomada desde A" });
    expect(result).toMatchObject({ ok: false, status: 404 });
    expect(await stateOf(ids.entityB)).toEqual(before);
  });

  it("PLANEACION de A recibe 403 y A no cambia", async () => {
    const before = await stateOf(ids.entityA);
    as(ids.planeacionA);
    expect(await saveEntitySettings({ ...(await formOf(ids.entityA)), name: "Otro nombre" })).toMatchObject({ ok: false, status: 403 });
    expect(await stateOf(ids.entityA)).toEqual(before);
  });

  it("datos inválidos: 422 con el mensaje de cada campo, y nada cambia", async () => {
    const before = await stateOf(ids.entityA);
    as(ids.adminA);
    const result = await saveEntitySettings({ ...(await formOf(ids.entityA)), nit: "89090731", sigepCode: "SIGEP", municipalityCode: "08001", extra: 1 });
    expect(result).toMatchObject({ ok: false, status: 422 });
    if (!result.ok) {
      expect(result.fieldErrors).toMatchObject({
        nit: ["Escriba el NIT con su dígito de verificación, así: 890907317-2."],
        sigepCode: ["El código SIGEP lleva solo dígitos (hasta 20)."],
        municipalityCode: ["El código del municipio debe empezar por el del departamento (05)."],
      });
      expect(Object.keys(result.fieldErrors ?? {})).toContain("_");
    }
    expect(await stateOf(ids.entityA)).toEqual(before);
  });

  it("un NIT nuevo debe tener su dígito de verificación, y no puede ser el de otra entidad", async () => {
    const before = await stateOf(ids.entityA);
    as(ids.adminA);
    const wrongDigit = await saveEntitySettings({ ...(await formOf(ids.entityA)), nit: "890907317-3" });
    expect(wrongDigit).toMatchObject({ ok: false, status: 422, fieldErrors: { nit: ["El dígito de verificación no corresponde a ese NIT: revíselo."] } });
    const takenNit = await saveEntitySettings({ ...(await formOf(ids.entityA)), nit: "890900286-0" });
    expect(takenNit).toMatchObject({ ok: false, status: 422, fieldErrors: { nit: ["Otra entidad de Faro ya tiene ese NIT."] } });
    const takenSigep = await saveEntitySettings({ ...(await formOf(ids.entityA)), sigepCode: "900318" });
    expect(takenSigep).toMatchObject({ ok: false, status: 422, fieldErrors: { sigepCode: ["Otra entidad de Faro ya tiene ese código SIGEP."] } });
    expect(await stateOf(ids.entityA)).toEqual(before);
  });
});

describe("versión del catálogo por vigencia (saveCatalogVersionChoice)", () => {
  it("el ADMIN de A elige y luego cambia la versión de una vigencia; queda en la auditoría", async () => {
    as(ids.adminA);
    expect(await saveCatalogVersionChoice({ entityId: ids.entityA, vigencia: 2025, versionCode: "A" })).toEqual({ ok: true, data: { vigencia: 2025, versionCode: "A" } });
    expect(await saveCatalogVersionChoice({ entityId: ids.entityA, vigencia: 2025, versionCode: "B" })).toEqual({ ok: true, data: { vigencia: 2025, versionCode: "B" } });
    const row = await owner.entityCatalogVersion.findUniqueOrThrow({ where: { entityId_vigencia: { entityId: ids.entityA, vigencia: 2025 } }, include: { version: true } });
    expect(row.version.code).toBe("B");
    const audit = await owner.auditLog.findMany({ where: { tableName: "entity_catalog_versions", recordId: row.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.actorUserId, a.entityId])).toEqual([
      ["CREATE", ids.adminA, ids.entityA],
      ["UPDATE", ids.adminA, ids.entityA],
    ]);
  });

  it("el ADMIN de A con el id de B recibe 404 y B no cambia", async () => {
    const before = await stateOf(ids.entityB);
    as(ids.adminA);
    expect(await saveCatalogVersionChoice({ entityId: ids.entityB, vigencia: 2024, versionCode: "B" })).toMatchObject({ ok: false, status: 404 });
    expect(await stateOf(ids.entityB)).toEqual(before);
  });

  it("PLANEACION de A recibe 403 y nada cambia", async () => {
    const before = await stateOf(ids.entityA);
    as(ids.planeacionA);
    expect(await saveCatalogVersionChoice({ entityId: ids.entityA, vigencia: 2024, versionCode: "B" })).toMatchObject({ ok: false, status: 403 });
    expect(await stateOf(ids.entityA)).toEqual(before);
  });

  it("vigencia fuera de rango o versión inexistente: 422 con el mensaje del campo", async () => {
    const before = await stateOf(ids.entityA);
    as(ids.adminA);
    expect(await saveCatalogVersionChoice({ entityId: ids.entityA, vigencia: 2017, versionCode: "A" })).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { vigencia: ["La vigencia va de 2018 en adelante."] },
    });
    expect(await saveCatalogVersionChoice({ entityId: ids.entityA, vigencia: 2024, versionCode: "Z" })).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { versionCode: ["Esa versión del catálogo no existe."] },
    });
    expect(await stateOf(ids.entityA)).toEqual(before);
  });

  it("una vigencia con autodiagnósticos conserva su versión (409)", async () => {
    as(ids.adminA);
    await saveCatalogVersionChoice({ entityId: ids.entityA, vigencia: 2024, versionCode: "B" });
    const instrument = await owner.instrument.create({
      data: { key: "prueba:POL01", policyCode: "POL01", version: "1", title: "Instrumento de prueba", source: "FARO_REFERENCE", sourceNote: "prueba" },
    });
    await owner.selfAssessment.create({ data: { entityId: ids.entityA, vigencia: 2024, policyCode: "POL01", instrumentId: instrument.id } });
    const before = await stateOf(ids.entityA);
    const result = await saveCatalogVersionChoice({ entityId: ids.entityA, vigencia: 2024, versionCode: "A" });
    expect(result).toMatchObject({ ok: false, status: 409, error: "La vigencia 2024 ya tiene autodiagnósticos hechos con su versión actual del catálogo: esa versión queda fija." });
    expect(await stateOf(ids.entityA)).toEqual(before);
    // Choosing the version it already has is not a change.
    expect(await saveCatalogVersionChoice({ entityId: ids.entityA, vigencia: 2024, versionCode: "B" })).toMatchObject({ ok: true });
  });
});
