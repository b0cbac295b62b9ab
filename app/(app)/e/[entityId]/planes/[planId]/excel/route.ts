// GET a plan as an Excel workbook (one row per item). Anyone who may see the
// entity's plans may download it; another entity's plan id answers 404.
import { NextResponse } from "next/server";
import { z } from "zod";
import { entityRoute } from "@/lib/authz/routes";
import { NotFoundError } from "@/lib/errors/app-error";
import { loadPlanExport, planFileName } from "@/lib/action-plans/export/load-plan-export";
import { planWorkbook } from "@/lib/action-plans/export/plan-workbook";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const GET = entityRoute<{ planId: string }>("plan.view", async (ctx, _request, params) => {
  if (!z.uuid().safeParse(params.planId).success) throw new NotFoundError();
  const data = await loadPlanExport(ctx, params.planId);
  const bytes = await planWorkbook(data);
  return new NextResponse(new Uint8Array(bytes), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${planFileName(data.plan, "xlsx")}"`,
      "Content-Length": String(bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
});
