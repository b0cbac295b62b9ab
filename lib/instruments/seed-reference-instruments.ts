// The 19 Faro reference instruments, stored once as shared instruments
// (entity_id null) from prisma/seed/reference-instruments. Recorded in
// seed_runs: needs the login role, like the other reference data.
import type { Db, DbClient } from "@/lib/db/prisma";
import { referenceToDraft } from "./reference-to-draft";
import { loadReferenceInstruments } from "./reference/load-reference-instruments";
import { storeInstrument } from "./store-instrument";

export const REFERENCE_INSTRUMENTS_STEP = "faro-reference-instruments-2026.1";

export async function seedReferenceInstrumentsIn(db: DbClient): Promise<boolean> {
  if (await db.seedRun.findUnique({ where: { name: REFERENCE_INSTRUMENTS_STEP } })) return false;
  for (const instrument of await loadReferenceInstruments()) {
    await storeInstrument(db, referenceToDraft(instrument), null);
  }
  await db.seedRun.create({ data: { name: REFERENCE_INSTRUMENTS_STEP } });
  return true;
}

export async function seedReferenceInstruments(client: Db): Promise<{ applied: boolean }> {
  return { applied: await client.$transaction((db) => seedReferenceInstrumentsIn(db), { timeout: 120_000 }) };
}
