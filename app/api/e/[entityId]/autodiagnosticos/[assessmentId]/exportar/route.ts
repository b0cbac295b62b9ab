// GET a self-assessment as an Excel file in the official autodiagnóstico
// layout. Anyone who may see the entity's autodiagnósticos may download it;
// another entity's assessment id answers 404.
import { NextResponse } from "next/server";
import { z } from "zod";
import { entityRoute } from "@/lib/authz/routes";
import { NotFoundError } from "@/lib/errors/app-error";
import { exportAssessmentWorkbook } from "@/lib/self-assessments/export/export-assessment-workbook";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const GET = entityRoute<{ assessmentId: string }>("autodiagnostico.view", async (ctx, _request, params) => {
  if (!z.uuid().safeParse(params.assessmentId).success) throw new NotFoundError();
  const { bytes, fileName } = await exportAssessmentWorkbook(ctx, params.assessmentId);
  return new NextResponse(new Uint8Array(bytes), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Content-Length": String(bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      // The entity's own answers: never kept by a shared cache.
      "Cache-Control": "private, no-store",
    },
  });
});
