// The demo entities use version A for 2022 and B for 2024 to 2026, from a
// seed step of its own: a demo database seeded before the step existed gets
// it on the next `npm run demo`, and nothing else changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { DEMO_ENTITIES } from "@/prisma/seed/demo-data";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "./setup/database";

describe("versiones del catálogo de las entidades de demostración", () => {
  let database: TestDatabase;
  let owner: Db;

  beforeAll(async () => {
    database = await createTestDatabase("catalog_demo");
    owner = createPrismaClient(database.url, { asAppRole: false });
  });
  afterAll(async () => {
    await owner?.$disconnect();
    await database?.drop();
  });

  async function assignments() {
    const rows = await owner.entityCatalogVersion.findMany({ select: { vigencia: true, version: { select: { code: true } }, entity: { select: { sigepCode: true } } } });
    return rows.map((r) => `${r.entity.sigepCode}:${r.vigencia}:${r.version.code}`).sort();
  }

  it("las tres entidades usan A en 2022 y B de 2024 a 2026", async () => {
    expect(await seedDemo(owner)).toEqual({ applied: true });
    const expected = DEMO_ENTITIES.flatMap(({ entity }) => [
      `${entity.sigepCode}:2022:A`,
      `${entity.sigepCode}:2024:B`,
      `${entity.sigepCode}:2025:B`,
      `${entity.sigepCode}:2026:B`,
    ]).sort();
    expect(await assignments()).toEqual(expected);
  });

  it("una base sembrada antes de este paso lo recibe, sin tocar lo demás ni lo que ya se eligió", async () => {
    const rionegro = await owner.entity.findUniqueOrThrow({ where: { sigepCode: "900615" } });
    await owner.entityCatalogVersion.deleteMany({ where: { vigencia: { not: 2025 } } });
    const a = await owner.catalogVersion.findUniqueOrThrow({ where: { code: "A" } });
    await owner.entityCatalogVersion.update({ where: { entityId_vigencia: { entityId: rionegro.id, vigencia: 2025 } }, data: { versionId: a.id } });
    await owner.seedRun.delete({ where: { name: "demo-catalog-versions-v1" } });
    const users = await owner.user.count();

    expect(await seedDemo(owner)).toEqual({ applied: true });
    expect(await owner.user.count()).toBe(users);
    expect(await assignments()).toContain("900615:2025:A"); // the choice made in the demo is kept
    expect(await assignments()).toContain("900615:2022:A");
    expect(await owner.entityCatalogVersion.count()).toBe(12);

    expect(await seedDemo(owner)).toEqual({ applied: false });
    expect(await owner.entityCatalogVersion.count()).toBe(12);
  });
});
