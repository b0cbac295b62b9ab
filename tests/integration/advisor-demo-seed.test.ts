// The advisory demo data: sharing choices, two requests, and the training
// offer built from the demo's official results of Antioquia.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { DEMO_ENTITIES } from "@/prisma/seed/demo-data";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "./setup/database";

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
    expect(await owner.trainingOffer.count()).toBe(1); // the demo has official results of Antioquia
  });

  it("la capacitación invita al grupo más grande de municipios con la misma política más baja; una sola vez", async () => {
    const offer = await owner.trainingOffer.findFirstOrThrow({ select: { policyCode: true, vigencia: true, invitees: { select: { sigepCode: true } } } });
    // Recompute the grouping by hand from the official rows of that vigencia.
    const rows = await owner.officialEntityResult.findMany({
      where: { departmentCode: "05", vigencia: offer.vigencia, meciOnly: false },
      select: { sigepCode: true, policyScores: { select: { policyCode: true, score: true } } },
    });
    const groups = new Map<string, string[]>();
    for (const row of rows) {
      const scored = row.policyScores.filter((p) => p.score !== null) as { policyCode: string; score: number }[];
      if (scored.length === 0) continue;
      const lowest = Math.min(...scored.map((p) => p.score));
      for (const p of scored.filter((q) => q.score === lowest)) groups.set(p.policyCode, [...(groups.get(p.policyCode) ?? []), row.sigepCode]);
    }
    const largestSize = Math.max(...[...groups.values()].map((g) => g.length));
    expect(groups.get(offer.policyCode)?.length).toBe(largestSize);
    expect(offer.invitees.map((i) => i.sigepCode).sort()).toEqual([...groups.get(offer.policyCode)!].sort());
    expect(await seedDemo(owner)).toEqual({ applied: false });
    expect(await owner.trainingOffer.count()).toBe(1);
  });
});
