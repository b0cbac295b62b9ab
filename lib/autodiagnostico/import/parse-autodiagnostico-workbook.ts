import type { Worksheet } from "exceljs";
import { autodiagnosticoSchema, type Autodiagnostico, type ImportWarning } from "../autodiagnostico-schema";
import { SHEET_NAME } from "../official-layout";
import { scoreAutodiagnostico } from "../score-autodiagnostico";
import { AutodiagnosticoImportError } from "./autodiagnostico-import-error";
import { checkCachedTotals } from "./check-cached-totals";
import { findWorksheet } from "./find-worksheet";
import { loadWorkbook, UnreadableWorkbookError, type WorkbookBytes } from "./load-workbook";
import { locateSheetLayout, type SheetLayout } from "./locate-sheet-layout";
import { readCachedTotals, type CachedTotals } from "./read-cached-totals";
import { readSheetItems, type SheetComponent } from "./read-sheet-items";
import { readSheetTitle } from "./read-sheet-title";

/**
 * Imports an autodiagnóstico workbook: the official Función Pública tool or a
 * file written by our exporter (same layout). Throws AutodiagnosticoImportError
 * with a Spanish message naming sheet, row and column when it cannot.
 */
export async function parseAutodiagnosticoWorkbook(bytes: WorkbookBytes): Promise<Autodiagnostico> {
  const { sheet, layout, components, warnings } = await readAutodiagnosticoSheet(bytes);
  const { policyName, entityName } = readSheetTitle(sheet, layout.headerRow);
  const structured = components.map((component, i) => ({
    name: component.name,
    order: i + 1,
    categories: component.categories.map((category, j) => ({ name: category.name, order: j + 1, items: category.items })),
  }));
  const totals = readCachedTotals(sheet, layout, components);
  warnings.push(...checkCachedTotals(totals, scoreAutodiagnostico(structured)));
  const parsed = autodiagnosticoSchema.safeParse({ policyName, entityName, components: structured, warnings });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AutodiagnosticoImportError(
      { sheet: sheet.name, row: null, column: null },
      `la estructura leída no es válida (${issue ? `${issue.path.join(".")}: ${issue.message}` : "sin detalle"})`,
    );
  }
  return parsed.data;
}

/** The workbook's own cached roll-ups (formula results), to check them against lib/scoring. */
export async function readAutodiagnosticoCachedTotals(bytes: WorkbookBytes): Promise<CachedTotals> {
  const { sheet, layout, components } = await readAutodiagnosticoSheet(bytes);
  return readCachedTotals(sheet, layout, components);
}

interface SheetRead {
  readonly sheet: Worksheet;
  readonly layout: SheetLayout;
  readonly components: SheetComponent[];
  readonly warnings: ImportWarning[];
}

async function readAutodiagnosticoSheet(bytes: WorkbookBytes): Promise<SheetRead> {
  let workbook;
  try {
    workbook = await loadWorkbook(bytes);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) {
      throw new AutodiagnosticoImportError({ sheet: null, row: null, column: null }, error.message);
    }
    throw error;
  }
  const sheet = findWorksheet(workbook, SHEET_NAME);
  if (!sheet) {
    const names = workbook.worksheets.map((s) => `«${s.name.trim()}»`).join(", ");
    throw new AutodiagnosticoImportError(
      { sheet: null, row: null, column: null },
      `el libro no tiene la hoja «${SHEET_NAME}» (hojas encontradas: ${names || "ninguna"})`,
    );
  }
  const layout = locateSheetLayout(sheet);
  const warnings: ImportWarning[] = [];
  const components = readSheetItems(sheet, layout, warnings);
  if (components.length === 0) {
    throw new AutodiagnosticoImportError({ sheet: sheet.name, row: layout.firstDataRow, column: null }, "no se encontró ninguna actividad calificable");
  }
  return { sheet, layout, components, warnings };
}
