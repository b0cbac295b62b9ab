// The demo seed runs on every `npm run demo`: the second run must add nothing
// and keep what people changed in between.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_ENTITIES, DEMO_PASSWORD, DEMO_ROLES, demoEmail } from "@/prisma/seed/demo-data";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "./setup/database";

describe("datos de demostración", () => {
  let database: TestDatabase;
  let prisma: Db;

  beforeAll(async () => {
    database = await createTestDatabase("demo_seed");
    prisma = createPrismaClient(database.url, { asAppRole: false });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  it("crea dos alcaldías y su gobernación, con una persona por rol en cada una", async () => {
    expect(await seedDemo(prisma)).toEqual({ applied: true });
    const entities = await prisma.entity.findMany({ orderBy: { name: "asc" } });
    expect(entities.map((e) => e.type).sort()).toEqual(["ALCALDIA", "ALCALDIA", "GOBERNACION"]);
    expect(new Set(entities.map((e) => e.departmentCode))).toEqual(new Set(["05"]));
    for (const { slug } of DEMO_ENTITIES) {
      for (const { role } of DEMO_ROLES) {
        const member = await prisma.membership.findFirst({ where: { role, user: { email: demoEmail(role, slug) } } });
        expect(member, `${role} en ${slug}`).not.toBeNull();
      }
    }
    const planner = await prisma.user.findUniqueOrThrow({
      where: { email: demoEmail("PLANEACION", "rionegro") },
      omit: { passwordHash: false },
    });
    expect(planner.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(planner.passwordHash!, DEMO_PASSWORD)).toBe(true);
  });

  it("carga resultados FURAG oficiales de demostración 2022-2025 con entidades de referencia de Antioquia", async () => {
    const rionegro = await prisma.officialEntityResult.findMany({ where: { sigepCode: "900615" }, orderBy: { vigencia: "asc" } });
    expect(rionegro.map((r) => r.vigencia)).toEqual([2022, 2023, 2024, 2025]);
    expect(rionegro.every((r) => r.entityId !== null)).toBe(true);
    expect(await prisma.officialEntityResult.count({ where: { vigencia: 2025, departmentCode: "05", entityId: null } })).toBe(120);
    expect(await prisma.officialRecommendation.count({ where: { vigencia: 2025, sigepCode: "900615" } })).toBe(3);
  });

  it("una segunda ejecución no duplica nada y conserva los cambios", async () => {
    const email = demoEmail("ADMIN", "guarne");
    await prisma.user.update({ where: { email }, data: { name: "Nombre cambiado por la persona" } });
    const before = { users: await prisma.user.count(), members: await prisma.membership.count(), entities: await prisma.entity.count() };

    expect(await seedDemo(prisma)).toEqual({ applied: false });

    expect({ users: await prisma.user.count(), members: await prisma.membership.count(), entities: await prisma.entity.count() }).toEqual(before);
    expect((await prisma.user.findUniqueOrThrow({ where: { email } })).name).toBe("Nombre cambiado por la persona");
  });
});
