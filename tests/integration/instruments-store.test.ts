// Instruments reach the database whole: the 19 Faro reference instruments
// once, and the official Talento Humano workbook with every scored row.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAutodiagnosticoWorkbook } from "@/lib/autodiagnostico";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { seedReferenceInstruments } from "@/lib/instruments/seed-reference-instruments";
import { storeInstrument } from "@/lib/instruments/store-instrument";
import { workbookToDraft } from "@/lib/instruments/workbook-to-draft";
import { createTestDatabase, type TestDatabase } from "./setup/database";

const WORKBOOK = path.resolve(process.cwd(), "../shared/data/autodiagnostico-talento-humano.xlsx");

describe("instrumentos en la base de datos", () => {
  let database: TestDatabase;
  let owner: Db;

  beforeAll(async () => {
    database = await createTestDatabase("instruments");
    owner = createPrismaClient(database.url, { asAppRole: false });
  });
  afterAll(async () => {
    await owner?.$disconnect();
    await database?.drop();
  });

  it("carga los 19 instrumentos de referencia Faro una sola vez", async () => {
    expect(await seedReferenceInstruments(owner)).toEqual({ applied: true });
    expect(await seedReferenceInstruments(owner)).toEqual({ applied: false });
    const instruments = await owner.instrument.findMany({ select: { policyCode: true, source: true, entityId: true, _count: { select: { activities: true } } } });
    expect(instruments.map((i) => i.policyCode).sort()).toEqual(Array.from({ length: 19 }, (_, i) => `POL${String(i + 1).padStart(2, "0")}`));
    expect(instruments.every((i) => i.source === "FARO_REFERENCE" && i.entityId === null && i._count.activities >= 8)).toBe(true);
    const rubric = await owner.instrumentActivity.findFirstOrThrow({ where: { code: "POL01-01" }, select: { rubric: true } });
    expect(rubric.rubric).toHaveLength(5);
  });

  it("guarda el libro oficial de Talento Humano completo: 4 componentes, 25 categorías, 131 filas calificables", async () => {
    const bytes = readFileSync(WORKBOOK);
    const workbook = await parseAutodiagnosticoWorkbook(bytes);
    const draft = workbookToDraft(workbook, { policyCode: "POL01", entityId: null, fileName: "autodiagnostico-talento-humano.xlsx" });
    const stored = await owner.$transaction((db) => storeInstrument(db, draft, null));
    expect(stored.created).toBe(true);
    const counts = {
      components: await owner.instrumentComponent.count({ where: { instrumentId: stored.id } }),
      categories: await owner.instrumentCategory.count({ where: { component: { instrumentId: stored.id } } }),
      activities: await owner.instrumentActivity.count({ where: { instrumentId: stored.id } }),
      numbered: (await owner.instrumentActivity.findMany({ where: { instrumentId: stored.id }, distinct: ["activityNumber"], select: { id: true } })).length,
    };
    expect(counts).toEqual({ components: 4, categories: 25, activities: 131, numbered: 68 });
    const again = await owner.$transaction((db) => storeInstrument(db, draft, null));
    expect(again).toEqual({ id: stored.id, created: false });
  });
});
