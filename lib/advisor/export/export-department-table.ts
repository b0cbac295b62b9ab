// One entry for both exports: the same rows, in the same order, as the page.
import type { AdvisorContext } from "@/lib/authz/advisor-context";
import { ValidationError } from "@/lib/errors/app-error";
import { formatDate } from "@/lib/format/dates";
import { loadDepartmentTable } from "../load-department-table";
import { parseSort, sortRows } from "../sort-rows";
import { departmentPdf } from "./department-pdf";
import { departmentWorkbook } from "./department-workbook";

const TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;

export async function exportDepartmentTable(
  ctx: AdvisorContext,
  query: { format: string; vigencia?: string; orden?: string; dir?: string },
): Promise<{ bytes: Buffer; fileName: string; contentType: string }> {
  if (query.format !== "xlsx" && query.format !== "pdf") throw new ValidationError("Elija el formato: xlsx o pdf.");
  const table = await loadDepartmentTable(ctx, query.vigencia ? Number(query.vigencia) : undefined);
  if (table.vigencia === null) throw new ValidationError(`Todavía no hay resultados oficiales del departamento de ${ctx.departmentName}.`);
  const { key, dir } = parseSort(query.orden, query.dir);
  const input = { departmentName: ctx.departmentName, vigencia: table.vigencia, rows: sortRows(table.rows, key, dir), policies: table.policies };
  const bytes = query.format === "xlsx" ? await departmentWorkbook(input) : await departmentPdf({ ...input, generatedOn: formatDate(new Date()) });
  return { bytes, fileName: `resultados-${table.vigencia}-departamento-${ctx.departmentCode}.${query.format}`, contentType: TYPES[query.format] };
}
