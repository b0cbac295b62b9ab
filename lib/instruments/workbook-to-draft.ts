// An official Función Pública workbook, as parsed by lib/autodiagnostico, as
// an instrument draft of the entity that imports it. The key is the entity
// plus a hash of the instrument itself (components, categories, rows, rubric
// texts — not the scores):
// - the same instrument filled in again (another vigencia, corrected scores,
//   or a file exported by Faro) is recognised as the same instrument, so its
//   scores can update the self-assessment pinned to it;
// - keys are unique across the database while each entity sees only its own
//   imports: two entities importing the same official file do not collide
//   (a collision would tell the second one that the first has that file).
import { createHash } from "node:crypto";
import type { Autodiagnostico } from "@/lib/autodiagnostico";
import type { InstrumentDraft } from "./instrument-draft";

export function workbookToDraft(
  workbook: Autodiagnostico,
  options: { policyCode: string; entityId: string | null; fileName: string },
): InstrumentDraft {
  const components: InstrumentDraft["components"] = workbook.components.map((component) => ({
    name: component.name,
    categories: component.categories.map((category) => ({
      name: category.name,
      activities: category.items.map((item) => ({
        code: item.code,
        activityNumber: String(item.activityNumber),
        activityText: item.activityText,
        itemText: item.itemText === item.activityText ? null : item.itemText,
        groupLabel: item.group,
        criterion: item.criterion,
        analysisPeriod: item.analysisPeriod,
        rubric: item.rubric as [string, string, string, string, string],
        applicability: null,
      })),
    })),
  }));
  const contentSha256 = createHash("sha256").update(JSON.stringify(components)).digest("hex");
  return {
    key: `oficial:${options.policyCode}:${options.entityId ?? "compartido"}:${contentSha256}`,
    policyCode: options.policyCode,
    version: `oficial-${contentSha256.slice(0, 12)}`,
    title: `Autodiagnóstico oficial — ${workbook.policyName}`,
    source: "OFFICIAL_WORKBOOK",
    sourceNote: `Herramienta de autodiagnóstico de Función Pública importada del archivo «${options.fileName}».`,
    components,
  };
}
