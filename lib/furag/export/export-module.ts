// One module's prepared answers, for download as Excel or PDF.
import type { EntityContext } from "@/lib/authz/entity-context";
import { NotFoundError } from "@/lib/errors/app-error";
import { loadFuragItems } from "../workspace/load-furag-items";
import { moduleWorkbook } from "./export-module-xlsx";
import { modulePdf } from "./export-module-pdf";

export type ExportFormat = "xlsx" | "pdf";

const TYPES: Record<ExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

export async function exportModule(ctx: EntityContext, vigencia: number, modulePrefix: string, format: ExportFormat) {
  const workspace = await loadFuragItems(ctx, vigencia);
  const items = workspace.items.filter((i) => i.question.modulePrefix === modulePrefix);
  if (items.length === 0) throw new NotFoundError("Ese módulo no existe en el cuestionario de esa vigencia.");
  const header = { entityName: ctx.entity.name, vigencia, modulePrefix, topic: workspace.moduleTopics.get(modulePrefix) ?? "", exportedAt: new Date() };
  const bytes = format === "xlsx" ? await moduleWorkbook(header, items) : await modulePdf(header, items);
  return { bytes, contentType: TYPES[format], fileName: `furag-${vigencia}-${modulePrefix.toLowerCase()}.${format}` };
}
