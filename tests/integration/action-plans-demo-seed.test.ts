// The demo plan: Rionegro's Integridad 2025 plan in follow-up, built from the
// real gap selection, with items in every state; a second run adds nothing.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { seedReferenceData } from "@/lib/reference-data/seed-reference-data";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "./setup/database";

let database: TestDatabase;
let owner: Db;

beforeAll(async () => {
  database = await createTestDatabase("demo_plan");
  owner = createPrismaClient(database.url, { asAppRole: false });
  await seedReferenceData(owner);
}, 120_000);
afterAll(async () => {
  await owner?.$disconnect();
  await database?.drop();
});

it("Rionegro tiene un plan en seguimiento con acciones en cada estado, una sola vez", async () => {
  await seedDemo(owner);
  const plan = await owner.actionPlan.findFirstOrThrow({ where: { entity: { sigepCode: "900615" } }, include: { items: { orderBy: { sortOrder: "asc" } }, transitions: true } });
  expect(plan).toMatchObject({ state: "EN_SEGUIMIENTO", policyCode: "POL02", vigencia: 2025 });
  expect(plan.items.map((i) => i.status)).toEqual(["CUMPLIDA", "EN_CURSO", "PENDIENTE", "CANCELADA", "PENDIENTE", "PENDIENTE"]);
  // Ordered by distance to level 4: the weakest scores first.
  const before = plan.items.map((i) => i.scoreBefore!);
  expect([...before].sort((a, b) => a - b)).toEqual(before);
  expect(plan.transitions).toHaveLength(2);
  // The cumplida item carries its evidence of completion (an accepted demo evidence).
  const links = await owner.evidenceLink.findMany({ where: { targetKind: "PLAN_ITEM" }, include: { evidence: true } });
  expect(links.map((l) => [l.targetId, l.evidence.reviewState])).toEqual([[plan.items[0]!.id, "ACEPTADA"]]);
  expect(await seedDemo(owner)).toEqual({ applied: false });
  expect(await owner.actionPlan.count()).toBe(1);
});
