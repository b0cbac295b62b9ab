// The advisory demo data: sharing choices, two requests, and the training
// offer only once official results of Antioquia exist (built from them).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { DEMO_ENTITIES } from "@/prisma/seed/demo-data";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "./setup/database";
import { insertOfficialResults } from "./setup/official-results";

describe("datos de demostración de la asesoría", () => {
  let database: TestDatabase;
  let owner: Db;
  beforeAll(async () => {
    database = await createTestDatabase("advisor_demo_seed");
    owner = createPrismaClient(database.url, { asAppRole: false });
  });
  afterAll(async () => {
    await owner?.$disconnect();
    await database?.drop();
  });

  it("Rionegro comparte su autodiagnóstico y Guarne no; dos solicitudes en pasos distintos", async () => {
    await seedDemo(owner);
    const entities = await owner.entity.findMany({ select: { sigepCode: true, sharesWithAdvisor: true } });
    const shares = (slug: string) => entities.find((e) => e.sigepCode === DEMO_ENTITIES.find((d) => d.slug === slug)!.entity.sigepCode)?.sharesWithAdvisor;
    expect([shares("rionegro"), shares("guarne")]).toEqual([true, false]);
    const requests = await owner.advisoryRequest.findMany({ select: { state: true, departmentCode: true, _count: { select: { sessions: true } } }, orderBy: { state: "asc" } });
    expect(requests).toEqual([
      { state: "RECIBIDA", departmentCode: "05", _count: { sessions: 0 } },
      { state: "EN_EJECUCION", departmentCode: "05", _count: { sessions: 1 } },
    ]);
    expect(await owner.trainingOffer.count()).toBe(0); // no official results yet
  });

  it("con resultados oficiales, la capacitación invita al grupo más grande con la misma política más baja; una vez", async () => {
    await insertOfficialResults(owner, 2024, [
      { sigepCode: "T1", entityName: "Alcaldía de Uno", departmentCode: "05", scores: { POL01: 30, POL02: 60 } },
      { sigepCode: "T2", entityName: "Alcaldía de Dos", departmentCode: "05", scores: { POL01: 35, POL02: 50 } },
      { sigepCode: "T3", entityName: "Alcaldía de Tres", departmentCode: "05", scores: { POL01: 70, POL02: 20 } },
    ]);
    expect(await seedDemo(owner)).toEqual({ applied: true });
    const offer = await owner.trainingOffer.findFirstOrThrow({ select: { policyCode: true, vigencia: true, invitees: { select: { sigepCode: true }, orderBy: { sigepCode: "asc" } } } });
    expect(offer).toEqual({ policyCode: "POL01", vigencia: 2024, invitees: [{ sigepCode: "T1" }, { sigepCode: "T2" }] });
    expect(await seedDemo(owner)).toEqual({ applied: false });
    expect(await owner.trainingOffer.count()).toBe(1);
  });
});
