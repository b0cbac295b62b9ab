// The reference catalog (versions A and B) is data every install gets from
// `npm run db:migrate`, stored once however many times it runs.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOG_REFERENCE_STEP, seedCatalogReference } from "@/lib/catalog/seed-catalog-reference";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { createEmptyDatabase, createTestDatabase, type TestDatabase } from "./setup/database";

const run = promisify(execFile);

async function catalogShape(owner: Db) {
  const versions = await owner.catalogVersion.findMany({
    orderBy: { code: "asc" },
    select: {
      code: true,
      dimensions: { orderBy: { number: "asc" }, select: { number: true, policies: { orderBy: { sortOrder: "asc" }, select: { code: true, groupName: true } } } },
      _count: { select: { policies: true } },
    },
  });
  return versions;
}

function dimensionOf(versions: Awaited<ReturnType<typeof catalogShape>>, versionCode: string, policyCode: string) {
  return versions.find((v) => v.code === versionCode)!.dimensions.find((d) => d.policies.some((p) => p.code === policyCode))!.number;
}

describe("catálogo MIPG de referencia", () => {
  let database: TestDatabase;
  let owner: Db;

  beforeAll(async () => {
    database = await createTestDatabase("catalog_reference");
    owner = createPrismaClient(database.url, { asAppRole: false });
  });
  afterAll(async () => {
    await owner?.$disconnect();
    await database?.drop();
  });

  it("carga las versiones A y B con 7 dimensiones y 19 políticas cada una", async () => {
    expect(await seedCatalogReference(owner)).toEqual({ applied: true });
    const versions = await catalogShape(owner);
    expect(versions.map((v) => v.code)).toEqual(["A", "B"]);
    for (const version of versions) {
      expect(version.dimensions.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(version._count.policies).toBe(19);
    }
    // Transparencia moved from Información y Comunicación (A) to Gestión con Valores (B).
    expect(dimensionOf(versions, "A", "POL15")).toBe(5);
    expect(dimensionOf(versions, "B", "POL15")).toBe(3);
    expect(dimensionOf(versions, "A", "POL01")).toBe(1);
    expect(dimensionOf(versions, "B", "POL01")).toBe(2);
    const a3 = versions[0]!.dimensions[2]!.policies;
    expect(a3.map((p) => `${p.code}:${p.groupName}`)).toEqual([
      "POL06:Ventanilla hacia adentro",
      "POL07:Ventanilla hacia adentro",
      "POL08:Ventanilla hacia adentro",
      "POL09:Ventanilla hacia adentro",
      "POL10:Ventanilla hacia adentro",
      "POL11:Relación Estado-ciudadano",
      "POL12:Relación Estado-ciudadano",
      "POL13:Relación Estado-ciudadano",
    ]);
    expect(versions[1]!.dimensions[2]!.policies.map((p) => p.code)).toEqual(["POL15", "POL06", "POL11", "POL13", "POL12", "POL07", "POL08", "POL09", "POL10"]);
  });

  it("guarda fecha, fuente y líderes de cada política", async () => {
    const a = await owner.catalogVersion.findUniqueOrThrow({ where: { code: "A" } });
    expect(a.publishedOn?.toISOString().slice(0, 10)).toBe("2022-02-11");
    const pol19 = await owner.catalogPolicy.findFirstOrThrow({ where: { code: "POL19", version: { code: "B" } } });
    expect(pol19.leaders).toEqual(["Departamento Administrativo de la Función Pública", "Contaduría General de la Nación"]);
  });

  it("una segunda carga no agrega nada", async () => {
    const before = await catalogShape(owner);
    expect(await seedCatalogReference(owner)).toEqual({ applied: false });
    expect(await catalogShape(owner)).toEqual(before);
    expect(await owner.catalogPolicy.count()).toBe(38);
    expect(await owner.seedRun.count({ where: { name: CATALOG_REFERENCE_STEP } })).toBe(1);
  });
});

describe("npm run db:migrate", () => {
  let database: TestDatabase;
  let owner: Db;

  beforeAll(async () => {
    database = await createEmptyDatabase("catalog_migrate");
    owner = createPrismaClient(database.url, { asAppRole: false });
  });
  afterAll(async () => {
    await owner?.$disconnect();
    await database?.drop();
  });

  it("migra y deja los datos de referencia cargados (catálogo e instrumentos), también al repetirlo", async () => {
    const env = { ...process.env, DATABASE_URL: database.url };
    const first = await run(`${process.cwd()}/node_modules/.bin/tsx`, ["scripts/db/migrate.ts"], { env });
    expect(first.stdout).toContain("Datos de referencia cargados: catálogo MIPG (versiones A y B); instrumentos de referencia Faro (19 políticas); tabla FURAG módulo → política (19 módulos).");
    const second = await run(`${process.cwd()}/node_modules/.bin/tsx`, ["scripts/db/migrate.ts"], { env });
    expect(second.stdout).toContain("Los datos de referencia ya estaban cargados.");
    expect(await owner.catalogVersion.count()).toBe(2);
    expect(await owner.catalogPolicy.count()).toBe(38);
    expect(await owner.instrument.count({ where: { source: "FARO_REFERENCE" } })).toBe(19);
  }, 60_000);
});
