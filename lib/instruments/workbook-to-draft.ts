// An official Función Pública workbook, as parsed by lib/autodiagnostico, as
// an instrument draft. The key is the SHA-256 of the file, so importing the
// same workbook twice reuses one instrument.
import type { Autodiagnostico } from "@/lib/autodiagnostico";
import type { InstrumentDraft } from "./instrument-draft";

export function workbookToDraft(
  workbook: Autodiagnostico,
  options: { policyCode: string; fileSha256: string; fileName: string },
): InstrumentDraft {
  return {
    key: `oficial:${options.policyCode}:${options.fileSha256}`,
    policyCode: options.policyCode,
    version: `oficial-${options.fileSha256.slice(0, 12)}`,
    title: `Autodiagnóstico oficial — ${workbook.policyName}`,
    source: "OFFICIAL_WORKBOOK",
    sourceNote: `Herramienta de autodiagnóstico de Función Pública importada del archivo «${options.fileName}».`,
    components: workbook.components.map((component) => ({
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
    })),
  };
}
