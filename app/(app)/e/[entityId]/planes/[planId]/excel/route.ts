// GET a plan as an Excel workbook (one row per item). Anyone who may see the
// entity's plans may download it; another entity's plan id answers 404.
import { z } from "zod";
import { entityRoute } from "@/lib/authz/routes";
import { downloadResponse, XLSX_TYPE } from "@/lib/http/download-response";
import { NotFoundError } from "@/lib/errors/app-error";
import { loadPlanExport, planFileName } from "@/lib/action-plans/export/load-plan-export";
import { planWorkbook } from "@/lib/action-plans/export/plan-workbook";

export const GET = entityRoute<{ planId: string }>("plan.view", async (ctx, _request, params) => {
  if (!z.uuid().safeParse(params.planId).success) throw new NotFoundError();
  const data = await loadPlanExport(ctx, params.planId);
  const bytes = await planWorkbook(data);
  return downloadResponse(bytes, planFileName(data.plan, "xlsx"), XLSX_TYPE);
});
