// The demo evidence step: Rionegro gets three evidences with real stored
// files (all passing the integrity check), links to its POL03 activities, one
// vencida, and an open finding; a second run adds nothing.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { withSystem } from "@/lib/db/context";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { getEvidenceStorage } from "@/lib/evidence/storage/get-storage";
import { verifyIntegrity } from "@/lib/evidence/verify-integrity";
import { seedReferenceData } from "@/lib/reference-data/seed-reference-data";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "./setup/database";

let database: TestDatabase;
let owner: Db;
let root: string;
const savedDir = process.env.EVIDENCE_DIR;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "faro-demo-evid-"));
  process.env.EVIDENCE_DIR = root;
  database = await createTestDatabase("evidence_demo");
  owner = createPrismaClient(database.url, { asAppRole: false });
  await seedReferenceData(owner);
});
afterAll(async () => {
  await owner?.$disconnect();
  await database?.drop();
  await rm(root, { recursive: true, force: true });
  process.env.EVIDENCE_DIR = savedDir;
});

it("siembra evidencias de Rionegro con archivos íntegros, vínculos, una vencida y un hallazgo; una segunda vez no agrega nada", async () => {
  await seedDemo(owner);
  const rionegro = await owner.entity.findUniqueOrThrow({ where: { sigepCode: "900615" } });
  const evidences = await owner.evidence.findMany({ where: { entityId: rionegro.id }, include: { links: true } });
  expect(evidences).toHaveLength(3);
  expect(evidences.every((e) => e.links.filter((l) => l.targetKind === "ACTIVITY").length === 1)).toBe(true);
  // The accepted one is also the evidence of completion of the demo plan's cumplida item.
  const planLinks = evidences.flatMap((e) => e.links.filter((l) => l.targetKind === "PLAN_ITEM").map(() => e.reviewState));
  expect(planLinks).toEqual(["ACEPTADA"]);
  expect(evidences.filter((e) => e.validUntil !== null)).toHaveLength(1);
  expect(await owner.finding.count({ where: { entityId: rionegro.id, state: "ABIERTO" } })).toBe(1);
  const report = await withSystem(null, (db) => verifyIntegrity(db, getEvidenceStorage(), { includeUnreferenced: true }), owner);
  expect(report).toMatchObject({ checkedFiles: 3, okFiles: 3, problems: [], unreferencedObjects: [] });

  await seedDemo(owner);
  expect(await owner.evidence.count()).toBe(3);
  expect(await owner.evidenceFile.count()).toBe(3);
});
