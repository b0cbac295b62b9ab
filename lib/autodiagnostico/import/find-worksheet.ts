import type { Workbook, Worksheet } from "exceljs";
import { normalizeLabel } from "./normalize-label";

/**
 * Finds a sheet by name ignoring case, accents and surrounding spaces: the
 * official tool names it "Autodiagnóstico " (trailing space), others may type
 * "AUTODIAGNOSTICO". Returns undefined when none matches.
 */
export function findWorksheet(workbook: Workbook, name: string): Worksheet | undefined {
  const wanted = normalizeLabel(name);
  return workbook.worksheets.find((sheet) => normalizeLabel(sheet.name) === wanted);
}
