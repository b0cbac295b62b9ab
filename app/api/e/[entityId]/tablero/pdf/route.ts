// GET the entity dashboard of a vigencia (?vigencia=2025) as a PDF, with its
// charts drawn server-side. Anyone who may see the dashboard may download it.
import { entityRoute } from "@/lib/authz/routes";
import { loadDashboard } from "@/lib/dashboard/load-dashboard";
import { renderDashboardPdf } from "@/lib/dashboard/reports/dashboard-pdf";
import { downloadResponse, PDF_TYPE } from "@/lib/http/download-response";
import { parseVigencia } from "@/lib/self-assessments/parse-vigencia";

export const GET = entityRoute<Record<never, never>>("dashboard.view", async (ctx, request) => {
  const vigencia = parseVigencia(new URL(request.url).searchParams.get("vigencia") ?? undefined);
  const bytes = await renderDashboardPdf(await loadDashboard(ctx, vigencia));
  return downloadResponse(bytes, `tablero-mipg-${vigencia}.pdf`, PDF_TYPE);
});
