// GET the entity dashboard of a vigencia (?vigencia=2025) as an Excel
// workbook, one sheet per section. Same permission as the dashboard page.
import { entityRoute } from "@/lib/authz/routes";
import { loadDashboard } from "@/lib/dashboard/load-dashboard";
import { renderDashboardWorkbook } from "@/lib/dashboard/reports/dashboard-excel";
import { downloadResponse, XLSX_TYPE } from "@/lib/http/download-response";
import { parseVigencia } from "@/lib/self-assessments/parse-vigencia";

export const GET = entityRoute<Record<never, never>>("dashboard.view", async (ctx, request) => {
  const vigencia = parseVigencia(new URL(request.url).searchParams.get("vigencia") ?? undefined);
  const bytes = await renderDashboardWorkbook(await loadDashboard(ctx, vigencia));
  return downloadResponse(bytes, `tablero-mipg-${vigencia}.xlsx`, XLSX_TYPE);
});
