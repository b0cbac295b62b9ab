// What the catalog pages read: any signed-in person browses the versions
// (global reference data); who uses a version is tenant data, counted across
// entities only for the platform operator.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalogUsage } from "@/lib/catalog/load-catalog-usage";
import { loadCatalogVersion } from "@/lib/catalog/load-catalog-version";
import { loadCatalogVersions } from "@/lib/catalog/load-catalog-versions";
import { seedCatalogReference } from "@/lib/catalog/seed-catalog-reference";
import { createPrismaClient, setAppPrisma, type Db } from "@/lib/db/prisma";
import { addMembership, createEntity, createUser } from "@/prisma/seed/factories";
import { createTestDatabase, type TestDatabase } from "./setup/database";

let database: TestDatabase;
let owner: Db;
let app: Db;
const ids = { entityA: "", entityB: "", memberA: "", operator: "", versionA: "", versionB: "" };

beforeAll(async () => {
  database = await createTestDatabase("catalog_browse");
  owner = createPrismaClient(database.url, { asAppRole: false });
  app = createPrismaClient(database.url);
  setAppPrisma(app);
  await seedCatalogReference(owner);
  const base = { type: "ALCALDIA", departmentCode: "05", departmentName: "Antioquia" } as const;
  ids.entityA = (await createEntity(owner, { ...base, name: "Alcaldía A" })).id;
  ids.entityB = (await createEntity(owner, { ...base, name: "Alcaldía B" })).id;
  ids.memberA = (await createUser(owner, { name: "Lector de A" })).id;
  await addMembership(owner, ids.memberA, ids.entityA, "LECTOR");
  ids.operator = (await createUser(owner, { name: "Operador", isSuperadmin: true })).id;
  ids.versionA = (await owner.catalogVersion.findUniqueOrThrow({ where: { code: "A" } })).id;
  ids.versionB = (await owner.catalogVersion.findUniqueOrThrow({ where: { code: "B" } })).id;
  await owner.entityCatalogVersion.createMany({
    data: [
      { entityId: ids.entityA, vigencia: 2024, versionId: ids.versionB },
      { entityId: ids.entityA, vigencia: 2025, versionId: ids.versionB },
      { entityId: ids.entityB, vigencia: 2025, versionId: ids.versionB },
      { entityId: ids.entityB, vigencia: 2022, versionId: ids.versionA },
    ],
  });
});
afterAll(async () => {
  setAppPrisma(undefined);
  await owner?.$disconnect();
  await app?.$disconnect();
  await database?.drop();
});

describe("páginas del catálogo", () => {
  it("cualquier persona con sesión ve las versiones con sus cantidades", async () => {
    const versions = await loadCatalogVersions(ids.memberA);
    expect(versions.map((v) => [v.code, v.dimensionCount, v.policyCount])).toEqual([
      ["A", 7, 19],
      ["B", 7, 19],
    ]);
  });

  it("una versión trae sus dimensiones en orden y las políticas como las lista el manual", async () => {
    const b = await loadCatalogVersion(ids.memberA, "B");
    expect(b?.dimensions.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(b?.dimensions[2]).toMatchObject({ name: "Gestión con Valores para Resultados" });
    expect(b?.dimensions[2]?.policies.map((p) => p.code)).toEqual(["POL15", "POL06", "POL11", "POL13", "POL12", "POL07", "POL08", "POL09", "POL10"]);
    expect(await loadCatalogVersion(ids.memberA, "NO-EXISTE")).toBeNull();
  });

  it("un miembro ve solo qué vigencias de sus propias entidades usan cada versión", async () => {
    const user = { id: ids.memberA, isSuperadmin: false, memberships: [{ entity: { id: ids.entityA, name: "Alcaldía A" } }] };
    const usage = await loadCatalogUsage(user);
    expect(usage.kind).toBe("own-entities");
    if (usage.kind !== "own-entities") return;
    expect(usage.byVersion.get(ids.versionB)).toEqual([{ entityName: "Alcaldía A", vigencias: [2024, 2025] }]);
    expect(usage.byVersion.has(ids.versionA)).toBe(false); // only entity B uses A
  });

  it("el operador de la plataforma ve cuántas entidades usan cada versión", async () => {
    const usage = await loadCatalogUsage({ id: ids.operator, isSuperadmin: true, memberships: [] });
    expect(usage.kind).toBe("all-entities");
    if (usage.kind !== "all-entities") return;
    expect(usage.entityCountByVersion.get(ids.versionB)).toBe(2);
    expect(usage.entityCountByVersion.get(ids.versionA)).toBe(1);
  });
});
