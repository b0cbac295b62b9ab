// A stored self-assessment in the shape of the official workbook, for the
// exporter in lib/autodiagnostico (which also computes every roll-up with
// lib/scoring).
//
// Numbering: an instrument imported from a workbook keeps its numbers and
// sub-item codes ("12", "12A"). A Faro reference instrument has none
// (its codes are "POL03-07"), so its activities are numbered 1, 2, 3… in
// instrument order across components — for the Faro instruments that is the
// number at the end of the code (POL03-07 → 7), since they are numbered
// consecutively. Each one is then a numbered activity without sub-items.
//
// "No aplica": an answer marked so, or an activity whose applicability rule
// leaves this entity out (scored as "no aplica" everywhere), is written the
// way the official tool says it: at the start of Observaciones, score blank.
import type { AutodiagnosticoItem } from "@/lib/autodiagnostico";
import type { AutodiagnosticoToExport } from "@/lib/autodiagnostico";
import { observationsForWorkbook } from "../import/not-applicable-observations";

export type ExportActivity = {
  code: string;
  activityNumber: string | null;
  activityText: string;
  itemText: string | null;
  groupLabel: string | null;
  criterion: string | null;
  analysisPeriod: string | null;
  rubric: string[];
  applies: boolean;
  response: { score: number | null; notApplicable: boolean; observations: string | null } | null;
};

export type ExportSource = {
  policyName: string;
  entityName: string;
  components: { name: string; categories: { name: string; activities: ExportActivity[] }[] }[];
};

export function assessmentWorkbookData(source: ExportSource): AutodiagnosticoToExport {
  const activities = source.components.flatMap((c) => c.categories.flatMap((k) => k.activities));
  const keepsNumbers = activities.every((a) => a.activityNumber !== null && /^[1-9]\d*$/.test(a.activityNumber));
  let position = 0;
  return {
    policyName: source.policyName.toLocaleUpperCase("es-CO"),
    entityName: source.entityName,
    components: source.components.map((component, i) => ({
      name: component.name,
      order: i + 1,
      categories: component.categories.map((category, j) => ({
        name: category.name,
        order: j + 1,
        items: category.activities.map((activity) => toItem(activity, keepsNumbers ? null : ++position)),
      })),
    })),
  };
}

/** `number`: the position to number it by, or null to keep the instrument's own number and code. */
function toItem(activity: ExportActivity, number: number | null): AutodiagnosticoItem {
  const notApplicable = !activity.applies || (activity.response?.notApplicable ?? false);
  const activityNumber = number ?? Number(activity.activityNumber);
  return {
    code: number === null ? activity.code : String(number),
    activityNumber,
    activityText: activity.activityText,
    itemText: number === null ? (activity.itemText ?? activity.activityText) : activity.activityText,
    group: number === null ? activity.groupLabel : null,
    criterion: activity.criterion,
    analysisPeriod: activity.analysisPeriod,
    rubric: activity.rubric,
    score: notApplicable ? null : (activity.response?.score ?? null),
    observations: observationsForWorkbook(notApplicable, activity.response?.observations ?? null),
    notApplicable,
  };
}
