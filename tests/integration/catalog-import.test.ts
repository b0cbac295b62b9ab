// Importing a new Manual Operativo: by the platform operator's upload (server
// action) and by `npm run import:catalogo`. A bad file stores nothing; a
// version some entity uses is never replaced, and the database trigger that
// enforces it surfaces as a Spanish 409, not a 500.
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedCatalogReference } from "@/lib/catalog/seed-catalog-reference";
import { createPrismaClient, setAppPrisma, type Db } from "@/lib/db/prisma";
import { addMembership, createEntity, createUser } from "@/prisma/seed/factories";
import { importCatalogFile } from "@/app/(app)/plataforma/catalogo/actions";
import { createTestDatabase, type TestDatabase } from "./setup/database";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUserId: async () => session.userId,
  requireSessionUserId: async () => session.userId ?? "",
}));

const run = promisify(execFile);
const VERSION_B_TEXT = readFileSync("prisma/seed/catalog/version-b-manual-operativo-v6.json", "utf8");

/** Version B's content under another code and name: a plausible next manual. */
function catalogText(changes: Record<string, unknown>, mutate?: (file: { dimensiones: { politicas: Record<string, unknown>[] }[] }) => void): string {
  const file = { ...JSON.parse(VERSION_B_TEXT), ...changes };
  mutate?.(file);
  return JSON.stringify(file);
}

/** Everything stored for one version, to prove a refused import changed nothing. */
async function versionFingerprint(owner: Db, code: string) {
  return owner.catalogVersion.findUnique({
    where: { code },
    include: { dimensions: { orderBy: { number: "asc" }, include: { policies: { orderBy: { sortOrder: "asc" } } } } },
  });
}

describe("importar una versión del catálogo", () => {
  let database: TestDatabase;
  let owner: Db;
  let app: Db;
  const ids = { operator: "", admin: "", entity: "" };

  beforeAll(async () => {
    database = await createTestDatabase("catalog_import");
    owner = createPrismaClient(database.url, { asAppRole: false });
    app = createPrismaClient(database.url);
    setAppPrisma(app);
    await seedCatalogReference(owner);
    ids.operator = (await createUser(owner, { name: "Operador", isSuperadmin: true })).id;
    ids.entity = (await createEntity(owner, { name: "Alcaldía A", type: "ALCALDIA", departmentCode: "05", departmentName: "Antioquia", municipalityCode: "05001", municipalityName: "Medellín" })).id;
    ids.admin = (await createUser(owner, { name: "Admin A" })).id;
    await addMembership(owner, ids.admin, ids.entity, "ADMIN");
    // The entity uses version B for 2025: B is frozen from now on.
    const b = await owner.catalogVersion.findUniqueOrThrow({ where: { code: "B" } });
    await owner.entityCatalogVersion.create({ data: { entityId: ids.entity, vigencia: 2025, versionId: b.id } });
  });
  afterAll(async () => {
    setAppPrisma(undefined);
    await owner?.$disconnect();
    await app?.$disconnect();
    await database?.drop();
  });

  const importAs = (userId: string, fileText: string) => {
    session.userId = userId;
    return importCatalogFile({ fileName: "catalogo.json", fileText });
  };

  it("el operador importa un archivo válido: 7 dimensiones, 19 políticas, y queda en la auditoría", async () => {
    const result = await importAs(ids.operator, catalogText({ codigo: "C", nombre: "Manual Operativo v7", publicadoEl: "2026-03-15" }));
    expect(result).toEqual({ ok: true, data: { code: "C", replaced: false, dimensionCount: 7, policyCount: 19 } });
    const c = await owner.catalogVersion.findUniqueOrThrow({ where: { code: "C" }, include: { _count: { select: { dimensions: true, policies: true } } } });
    expect(c).toMatchObject({ name: "Manual Operativo v7", _count: { dimensions: 7, policies: 19 } });
    expect(c.publishedOn?.toISOString().slice(0, 10)).toBe("2026-03-15");
    const audit = await owner.auditLog.findFirstOrThrow({ where: { tableName: "catalog_versions", recordId: c.id } });
    expect(audit).toMatchObject({ action: "CREATE", actorUserId: ids.operator, entityId: null });
  });

  it("una versión que nadie usa se reemplaza con el mismo código", async () => {
    const result = await importAs(ids.operator, catalogText({ codigo: "C", nombre: "Manual Operativo v7 (corregido)" }));
    expect(result).toMatchObject({ ok: true, data: { code: "C", replaced: true } });
    expect(await owner.catalogVersion.count({ where: { code: "C" } })).toBe(1);
    expect((await owner.catalogVersion.findUniqueOrThrow({ where: { code: "C" } })).name).toBe("Manual Operativo v7 (corregido)");
    expect(await owner.catalogPolicy.count({ where: { version: { code: "C" } } })).toBe(19);
  });

  it("un archivo inválido devuelve 422 con cada problema en su ruta, y no guarda nada", async () => {
    const before = { versions: await owner.catalogVersion.count(), policies: await owner.catalogPolicy.count() };
    const text = catalogText({ codigo: "D" }, (file) => {
      file.dimensiones[2]!.politicas[0]!.codigo = "POL99";
      delete file.dimensiones[4]!.politicas[1]!.nombre;
    });
    const result = await importAs(ids.operator, text);
    expect(result).toMatchObject({ ok: false, status: 422, error: "catalogo.json tiene 2 problemas; no se importó nada." });
    if (result.ok) return;
    // (The cross-checks, e.g. the missing POL15, run once every field is well formed.)
    expect(result.fieldErrors).toEqual({
      "dimensiones[2].politicas[0].codigo": ["Debe ser un código de política de POL01 a POL19."],
      "dimensiones[4].politicas[1].nombre": ["Falta este campo obligatorio."],
    });
    expect({ versions: await owner.catalogVersion.count(), policies: await owner.catalogPolicy.count() }).toEqual(before);

    const repeated = await importAs(ids.operator, catalogText({ codigo: "D" }, (file) => file.dimensiones[0]!.politicas.push({ codigo: "POL19", nombre: "Control Interno", lideres: ["DAFP"] })));
    expect(repeated).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { "dimensiones[6].politicas[0].codigo": ["La política POL19 ya está en dimensiones[0].politicas[3]: cada política va en una sola dimensión."] },
    });
    expect({ versions: await owner.catalogVersion.count(), policies: await owner.catalogPolicy.count() }).toEqual(before);
  });

  it("reimportar una versión en uso se rechaza con un mensaje claro (409) y no cambia nada", async () => {
    const before = await versionFingerprint(owner, "B");
    const result = await importAs(ids.operator, catalogText({ nombre: "Otro nombre para B" }));
    expect(result).toMatchObject({ ok: false, status: 409 });
    if (!result.ok) expect(result.error).toMatch(/^La versión «B» del catálogo ya la usa al menos una entidad, así que no se puede reemplazar/);
    expect(await versionFingerprint(owner, "B")).toEqual(before);
  });

  it("un código que solo difiere en mayúsculas no crea una versión paralela", async () => {
    const result = await importAs(ids.operator, catalogText({ codigo: "b" }));
    expect(result).toMatchObject({ ok: false, status: 409, error: "Ya existe la versión «B». Use exactamente ese código para reemplazarla, o un código distinto." });
    expect(await owner.catalogVersion.count({ where: { code: "b" } })).toBe(0);
  });

  it("nadie más que el operador de la plataforma puede importar (403), y no se guarda nada", async () => {
    const count = await owner.catalogVersion.count();
    expect(await importAs(ids.admin, catalogText({ codigo: "E" }))).toMatchObject({ ok: false, status: 403 });
    session.userId = null;
    expect(await importCatalogFile({ fileName: "x.json", fileText: catalogText({ codigo: "E" }) })).toMatchObject({ ok: false, status: 401 });
    expect(await owner.catalogVersion.count()).toBe(count);
  });
});

describe("el disparador que congela una versión en uso", () => {
  let database: TestDatabase;
  let owner: Db;
  let app: Db;

  beforeAll(async () => {
    database = await createTestDatabase("catalog_frozen");
    owner = createPrismaClient(database.url, { asAppRole: false });
    app = createPrismaClient(database.url);
    await seedCatalogReference(owner);
    const entity = await createEntity(owner, { name: "Gobernación", type: "GOBERNACION", departmentCode: "05", departmentName: "Antioquia" });
    const a = await owner.catalogVersion.findUniqueOrThrow({ where: { code: "A" } });
    await owner.entityCatalogVersion.create({ data: { entityId: entity.id, vigencia: 2022, versionId: a.id } });
  });
  afterAll(async () => {
    await owner?.$disconnect();
    await app?.$disconnect();
    await database?.drop();
  });

  it("rechaza cambiar, borrar o agregar a una versión en uso, aun para el dueño de las tablas", async () => {
    const frozen = /ya está en uso por alguna entidad/;
    const a = await owner.catalogVersion.findUniqueOrThrow({ where: { code: "A" }, include: { dimensions: { take: 1 } } });
    await expect(owner.catalogVersion.update({ where: { id: a.id }, data: { name: "Otro" } })).rejects.toThrow(frozen);
    await expect(owner.catalogVersion.delete({ where: { id: a.id } })).rejects.toThrow(frozen);
    await expect(owner.catalogPolicy.updateMany({ where: { versionId: a.id }, data: { name: "Otro" } })).rejects.toThrow(frozen);
    await expect(app.catalogDimension.create({ data: { versionId: a.id, number: 8, name: "Octava" } })).rejects.toThrow(frozen);
    expect((await owner.catalogVersion.findUniqueOrThrow({ where: { id: a.id } })).name).toBe("Manual Operativo MIPG 2022");
  });

  it("una versión que nadie usa sí se puede corregir", async () => {
    await expect(owner.catalogVersion.update({ where: { code: "B" }, data: { source: "Fuente corregida" } })).resolves.toMatchObject({ source: "Fuente corregida" });
  });
});

describe("npm run import:catalogo", () => {
  let database: TestDatabase;
  let owner: Db;
  const dir = tmpdir();

  beforeAll(async () => {
    database = await createTestDatabase("catalog_cli");
    owner = createPrismaClient(database.url, { asAppRole: false });
    await seedCatalogReference(owner);
  });
  afterAll(async () => {
    await owner?.$disconnect();
    await database?.drop();
  });

  async function cli(fileText: string): Promise<{ code: number; stdout: string; stderr: string }> {
    const file = path.join(dir, `catalogo-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, fileText);
    try {
      const { stdout, stderr } = await run(`${process.cwd()}/node_modules/.bin/tsx`, ["scripts/catalog/import-catalog.ts", file], {
        env: { ...process.env, DATABASE_URL: database.url },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  it("un archivo con problemas: los lista en español con su ruta, sale con 1 y no guarda nada", async () => {
    const result = await cli(catalogText({ codigo: "MO-v7" }, (file) => (file.dimensiones[2]!.politicas[0]!.codigo = "POL3")));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("dimensiones[2].politicas[0].codigo: Debe ser un código de política de POL01 a POL19.");
    expect(result.stderr).toContain("no se importó nada");
    expect(await owner.catalogVersion.count()).toBe(2);
  }, 60_000);

  it("un archivo válido se importa", async () => {
    const result = await cli(catalogText({ codigo: "MO-v7", nombre: "Manual Operativo v7" }));
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain("Versión «MO-v7» importada: 7 dimensiones, 19 políticas.");
    expect(await owner.catalogPolicy.count({ where: { version: { code: "MO-v7" } } })).toBe(19);
  }, 60_000);

  it("una versión en uso no se reemplaza: sale con 1 y lo explica", async () => {
    const entity = await createEntity(owner, { name: "Gobernación", type: "GOBERNACION", departmentCode: "05", departmentName: "Antioquia" });
    const version = await owner.catalogVersion.findUniqueOrThrow({ where: { code: "MO-v7" } });
    await owner.entityCatalogVersion.create({ data: { entityId: entity.id, vigencia: 2026, versionId: version.id } });
    const result = await cli(catalogText({ codigo: "MO-v7", nombre: "Cambiado" }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("La versión «MO-v7» del catálogo ya la usa al menos una entidad");
    expect((await owner.catalogVersion.findUniqueOrThrow({ where: { code: "MO-v7" } })).name).toBe("Manual Operativo v7");
  }, 60_000);
});
