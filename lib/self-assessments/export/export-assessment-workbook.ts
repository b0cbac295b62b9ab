// An entity's self-assessment as an .xlsx in the official layout, with its
// roll-ups computed by lib/scoring. Read inside the entity's row-level
// security: another entity's assessment id is simply not found.
import { exportAutodiagnosticoWorkbook } from "@/lib/autodiagnostico";
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { NotFoundError } from "@/lib/errors/app-error";
import { activityApplies } from "../applicability";
import { assessmentWorkbookData, type ExportSource } from "./assessment-workbook-data";

export type ExportedWorkbook = { bytes: Buffer; fileName: string };

const ACTIVITY_SELECT = {
  id: true,
  code: true,
  activityNumber: true,
  activityText: true,
  itemText: true,
  groupLabel: true,
  criterion: true,
  analysisPeriod: true,
  rubric: true,
  applicability: true,
} as const;

async function loadExportSource(ctx: EntityContext, assessmentId: string): Promise<{ source: ExportSource; policyCode: string; vigencia: number }> {
  return withTenant(ctx, async (db) => {
    const assessment = await db.selfAssessment.findUnique({
      where: { id: assessmentId },
      select: {
        policyCode: true,
        vigencia: true,
        instrumentId: true,
        responses: { select: { activityId: true, score: true, notApplicable: true, observations: true } },
      },
    });
    if (!assessment) throw new NotFoundError();
    const entity = await db.entity.findUniqueOrThrow({ where: { id: ctx.entityId }, select: { name: true, type: true, municipalCategory: true } });
    const policy = await db.catalogPolicy.findFirst({ where: { code: assessment.policyCode }, orderBy: { version: { createdAt: "desc" } }, select: { name: true } });
    const components = await db.instrumentComponent.findMany({
      where: { instrumentId: assessment.instrumentId },
      orderBy: { sortOrder: "asc" },
      select: { name: true, categories: { orderBy: { sortOrder: "asc" }, select: { name: true, activities: { orderBy: { sortOrder: "asc" }, select: ACTIVITY_SELECT } } } },
    });
    const responses = new Map(assessment.responses.map((r) => [r.activityId, r]));
    const source: ExportSource = {
      policyName: policy?.name ?? assessment.policyCode,
      entityName: entity.name,
      components: components.map((component) => ({
        name: component.name,
        categories: component.categories.map((category) => ({
          name: category.name,
          activities: category.activities.map(({ id, applicability, ...activity }) => ({
            ...activity,
            applies: activityApplies(applicability, entity),
            response: responses.get(id) ?? null,
          })),
        })),
      })),
    };
    return { source, policyCode: assessment.policyCode, vigencia: assessment.vigencia };
  });
}

export async function exportAssessmentWorkbook(ctx: EntityContext, assessmentId: string): Promise<ExportedWorkbook> {
  const { source, policyCode, vigencia } = await loadExportSource(ctx, assessmentId);
  const bytes = await exportAutodiagnosticoWorkbook(assessmentWorkbookData(source));
  // Only a validated POL code and a year: nothing from user text reaches the header.
  return { bytes, fileName: `autodiagnostico-${policyCode}-${vigencia}.xlsx` };
}
