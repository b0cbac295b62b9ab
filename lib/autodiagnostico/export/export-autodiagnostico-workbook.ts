import ExcelJS from "exceljs";
import { autodiagnosticoSchema, type Autodiagnostico } from "../autodiagnostico-schema";
import { SHEET_NAME } from "../official-layout";
import { scoreAutodiagnostico } from "../score-autodiagnostico";
import { writeItemBlocks } from "./write-item-blocks";
import { writeSheetHeader } from "./write-sheet-header";

/** What the exporter needs: an imported or edited autodiagnóstico (warnings are not exported). */
export type AutodiagnosticoToExport = Omit<Autodiagnostico, "warnings">;

/**
 * Writes an .xlsx in the official layout (see ../official-layout), readable
 * again by parseAutodiagnosticoWorkbook without loss.
 *
 * Roll-ups (component, category, PUNTAJE FINAL) are written as VALUES computed
 * by lib/scoring, not as Excel formulas: the official formulas would count an
 * item marked "No aplica" that still has a score, and the file must show the
 * same numbers as the application. It is a snapshot: editing a score in Excel
 * does not update the totals until the file is imported again.
 */
export async function exportAutodiagnosticoWorkbook(data: AutodiagnosticoToExport): Promise<Buffer> {
  const { policyName, entityName, components } = data; // warnings, if any, are not exported
  const valid = autodiagnosticoSchema.omit({ warnings: true }).parse({ policyName, entityName, components });
  const scores = scoreAutodiagnostico(valid.components);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Faro MIPG";
  const sheet = workbook.addWorksheet(SHEET_NAME);
  writeSheetHeader(sheet, valid.policyName, valid.entityName, scores.policy);
  writeItemBlocks(sheet, valid.components, scores);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
