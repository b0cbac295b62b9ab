// POST an official autodiagnóstico workbook (multipart: file, policyCode,
// vigencia). A route handler rather than a server action: server actions
// refuse bodies over 1 MB, and the official Talento Humano file alone is
// 1.1 MB. The entity is the one in the URL; a RESPONSABLE may import only
// into an assigned policy, checked once the workbook's policy is known.
import { NextResponse } from "next/server";
import { requirePermission } from "@/lib/authz/entity-context";
import { entityRoute } from "@/lib/authz/routes";
import { importWorkbook } from "@/lib/self-assessments/import/import-workbook";
import { readWorkbookForm } from "@/lib/self-assessments/import/read-workbook-form";
import { loadAssessment } from "@/lib/self-assessments/load-assessment";

// No route parameter besides the entity.
export const POST = entityRoute<Record<never, never>>("autodiagnostico.edit", async (ctx, request) => {
  const upload = await readWorkbookForm(request);
  const result = await importWorkbook(
    { userId: ctx.userId, entityId: ctx.entityId, authorize: (policyCode) => requirePermission(ctx, "autodiagnostico.edit", policyCode) },
    { fileName: upload.file.name, fileBytes: upload.bytes, policyCode: upload.policyCode, vigencia: upload.vigencia },
  );
  // The score as every page shows it: computed from the stored answers by the one scoring module.
  const policyScore = result.answers ? (await loadAssessment(ctx, result.answers.assessmentId)).scores.policy : null;
  return NextResponse.json(
    { ...result, answers: result.answers && { ...result.answers, policyScore } },
    { status: result.instrument.created || result.answers?.assessmentCreated ? 201 : 200, headers: { "Cache-Control": "no-store" } },
  );
});
