// GET a self-assessment as an Excel file in the official autodiagnóstico
// layout. Anyone who may see the entity's autodiagnósticos may download it;
// another entity's assessment id answers 404.
import { z } from "zod";
import { entityRoute } from "@/lib/authz/routes";
import { downloadResponse, XLSX_TYPE } from "@/lib/http/download-response";
import { NotFoundError } from "@/lib/errors/app-error";
import { exportAssessmentWorkbook } from "@/lib/self-assessments/export/export-assessment-workbook";

export const GET = entityRoute<{ assessmentId: string }>("autodiagnostico.view", async (ctx, _request, params) => {
  if (!z.uuid().safeParse(params.assessmentId).success) throw new NotFoundError();
  const { bytes, fileName } = await exportAssessmentWorkbook(ctx, params.assessmentId);
  return downloadResponse(bytes, fileName, XLSX_TYPE);
});
