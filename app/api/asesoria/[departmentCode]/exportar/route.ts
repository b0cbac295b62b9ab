// GET the departmental table as Excel (?formato=xlsx) or PDF (?formato=pdf),
// for the vigencia and order the advisor is looking at. Only an advisor of
// the department in the URL; anyone else gets 404.
import { advisorRoute } from "@/lib/authz/advisor-context";
import { exportDepartmentTable } from "@/lib/advisor/export/export-department-table";
import { downloadResponse } from "@/lib/http/download-response";

export const GET = advisorRoute(async (ctx, request) => {
  const url = new URL(request.url);
  const { bytes, fileName, contentType } = await exportDepartmentTable(ctx, {
    format: url.searchParams.get("formato") ?? "",
    vigencia: url.searchParams.get("vigencia") ?? undefined,
    orden: url.searchParams.get("orden") ?? undefined,
    dir: url.searchParams.get("dir") ?? undefined,
  });
  return downloadResponse(bytes, fileName, contentType);
});
