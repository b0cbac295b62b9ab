import type { InstrumentDraft } from "./instrument-draft";
import type { ReferenceInstrument } from "./reference/schema";

export function referenceToDraft(instrument: ReferenceInstrument): InstrumentDraft {
  return {
    key: `faro:${instrument.policyCode}:${instrument.version}`,
    policyCode: instrument.policyCode,
    version: instrument.version,
    title: instrument.title,
    source: "FARO_REFERENCE",
    sourceNote: instrument.source,
    components: instrument.components.map((component) => ({
      name: component.name,
      categories: component.categories.map((category) => ({
        name: category.name,
        activities: category.activities.map((activity) => ({
          code: activity.code,
          activityNumber: null,
          activityText: activity.text,
          itemText: null,
          groupLabel: null,
          criterion: null,
          analysisPeriod: null,
          rubric: activity.rubric,
          applicability: activity.applicability ?? null,
        })),
      })),
    })),
  };
}
