import type { Worksheet } from "exceljs";
import { AutodiagnosticoImportError } from "./autodiagnostico-import-error";
import { normalizeLabel } from "./normalize-label";
import { readCellText } from "./read-cell";

const TITLE = /^autodiagn[oó]stico\s+de\s+/i;

export interface SheetTitle {
  /** Title without "AUTODIAGNÓSTICO DE", e.g. "GESTIÓN ESTRATÉGICA DE TALENTO HUMANO". */
  readonly policyName: string;
  /** Text under the "ENTIDAD" label; blank in the files Función Pública publishes. */
  readonly entityName: string | null;
}

/** Reads the title and entity cells above the header row. */
export function readSheetTitle(sheet: Worksheet, headerRow: number): SheetTitle {
  let policyName: string | null = null;
  let entityName: string | null = null;
  for (let row = 1; row < headerRow; row++) {
    sheet.getRow(row).eachCell((cell, column) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const text = readCellText(cell);
      if (text === null) return;
      if (policyName === null && TITLE.test(text)) policyName = text.replace(TITLE, "").trim();
      if (entityName === null && normalizeLabel(text) === "entidad") entityName = textBelow(sheet, row, column, headerRow);
    });
  }
  if (policyName === null || policyName === "") {
    throw new AutodiagnosticoImportError(
      { sheet: sheet.name, row: null, column: null },
      "no se encontró el título «AUTODIAGNÓSTICO DE …» encima de los encabezados",
    );
  }
  return { policyName, entityName };
}

function textBelow(sheet: Worksheet, row: number, column: number, headerRow: number): string | null {
  const label = sheet.getCell(row, column).master.address;
  for (let below = row + 1; below < headerRow; below++) {
    const cell = sheet.getCell(below, column);
    if (cell.master.address === label) continue;
    const text = readCellText(cell);
    if (text !== null) return text;
  }
  return null;
}
