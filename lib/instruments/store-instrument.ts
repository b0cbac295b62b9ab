// Writes an instrument draft with its components, categories and activities.
// Idempotent by key: an instrument already stored is returned as it is
// (stored instruments are immutable once used).
import type { DbClient } from "@/lib/db/prisma";
import type { InstrumentDraft } from "./instrument-draft";

export async function storeInstrument(db: DbClient, draft: InstrumentDraft, entityId: string | null): Promise<{ id: string; created: boolean }> {
  const existing = await db.instrument.findUnique({ where: { key: draft.key }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };

  const instrument = await db.instrument.create({
    data: {
      entityId,
      key: draft.key,
      policyCode: draft.policyCode,
      version: draft.version,
      title: draft.title,
      source: draft.source,
      sourceNote: draft.sourceNote,
    },
  });
  let activityOrder = 0;
  for (const [ci, component] of draft.components.entries()) {
    const storedComponent = await db.instrumentComponent.create({
      data: { entityId, instrumentId: instrument.id, name: component.name, sortOrder: ci + 1 },
    });
    for (const [ki, category] of component.categories.entries()) {
      const storedCategory = await db.instrumentCategory.create({
        data: { entityId, componentId: storedComponent.id, name: category.name, sortOrder: ki + 1 },
      });
      await db.instrumentActivity.createMany({
        data: category.activities.map((activity) => ({
          ...activity,
          applicability: activity.applicability ?? undefined,
          entityId,
          instrumentId: instrument.id,
          categoryId: storedCategory.id,
          sortOrder: ++activityOrder,
        })),
      });
    }
  }
  return { id: instrument.id, created: true };
}
