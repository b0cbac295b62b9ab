import type { Worksheet } from "exceljs";
import { AutodiagnosticoImportError } from "./autodiagnostico-import-error";
import { normalizeLabel } from "./normalize-label";
import { readCellText } from "./read-cell";

/** Column numbers (1-based) and key rows of one autodiagnóstico sheet. */
export interface SheetLayout {
  readonly headerRow: number;
  /** First row after the (usually two-row, merged) header. */
  readonly firstDataRow: number;
  readonly columns: {
    readonly component: number;
    readonly componentScore: number | null;
    readonly category: number;
    readonly categoryScore: number | null;
    readonly activityNumber: number;
    readonly activityText: number;
    readonly subItemText: number;
    readonly criterion: number | null;
    readonly bandLabel: number;
    readonly bandText: number;
    readonly period: number | null;
    readonly score: number;
    readonly observations: number;
  };
}

const HEADER_SEARCH_ROWS = 40;

/** Finds the header row by its labels, so moved or extra columns do not break the import. */
export function locateSheetLayout(sheet: Worksheet): SheetLayout {
  for (let row = 1; row <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); row++) {
    const labels = headerLabels(sheet, row);
    const component = findColumn(labels, (l) => l === "componentes" || l === "componente");
    if (component === null) continue;
    const required = {
      category: findColumn(labels, (l) => l === "categoria" || l === "categorias"),
      activityNumber: findColumn(labels, (l) => l.startsWith("actividades de gestion") || l.startsWith("actividad de gestion")),
      bandLabel: findColumn(labels, (l) => l === "valoracion"),
      score: findColumn(labels, (l) => l.startsWith("puntaje")),
      observations: findColumn(labels, (l) => l.startsWith("observacion")),
    };
    for (const [key, column] of Object.entries(required)) {
      if (column === null) throw missingColumn(sheet.name, row, key);
    }
    const { category, activityNumber, bandLabel, score, observations } = required as Record<keyof typeof required, number>;
    const scoreLabels = labels.filter((l) => l.label === "calificacion").map((l) => l.column);
    return {
      headerRow: row,
      firstDataRow: lastMergedRow(sheet, row, component) + 1,
      columns: {
        component,
        componentScore: scoreLabels.find((c) => c > component && c < category) ?? null,
        category,
        categoryScore: scoreLabels.find((c) => c > category && c < activityNumber) ?? null,
        activityNumber,
        activityText: activityNumber + 1,
        subItemText: activityNumber + 2,
        criterion: findColumn(labels, (l) => l.startsWith("criterio de calificacion")),
        bandLabel,
        bandText: bandLabel + 1,
        period: findColumn(labels, (l) => l.startsWith("periodo de analisis")),
        score,
        observations,
      },
    };
  }
  throw new AutodiagnosticoImportError(
    { sheet: sheet.name, row: null, column: null },
    `no se encontró la fila de encabezados (Componentes, Categoría, Actividades de Gestión, Valoración, Puntaje, Observaciones) en las primeras ${HEADER_SEARCH_ROWS} filas`,
  );
}

interface HeaderLabel {
  readonly column: number;
  readonly label: string;
}

function headerLabels(sheet: Worksheet, row: number): HeaderLabel[] {
  const labels: HeaderLabel[] = [];
  const current = sheet.getRow(row);
  current.eachCell((cell, column) => {
    // A label merged over several columns is reported once, at its first column.
    if (cell.isMerged && cell.master.address !== cell.address) return;
    const text = readCellText(cell);
    if (text !== null) labels.push({ column, label: normalizeLabel(text) });
  });
  return labels;
}

function findColumn(labels: readonly HeaderLabel[], match: (label: string) => boolean): number | null {
  return labels.find((l) => match(l.label))?.column ?? null;
}

function lastMergedRow(sheet: Worksheet, row: number, column: number): number {
  const master = sheet.getCell(row, column).master.address;
  let last = row;
  while (last < sheet.rowCount && sheet.getCell(last + 1, column).master.address === master) last++;
  return last;
}

const REQUIRED_LABELS: Record<string, string> = {
  category: "Categoría",
  activityNumber: "Actividades de Gestión",
  bandLabel: "Valoración",
  score: "Puntaje",
  observations: "Observaciones",
};

function missingColumn(sheet: string, row: number, key: string): AutodiagnosticoImportError {
  return new AutodiagnosticoImportError(
    { sheet, row, column: null },
    `falta la columna «${REQUIRED_LABELS[key] ?? key}» en la fila de encabezados`,
  );
}
