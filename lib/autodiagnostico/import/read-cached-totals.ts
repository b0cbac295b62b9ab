import type { Worksheet } from "exceljs";
import { normalizeLabel } from "./normalize-label";
import type { SheetLayout } from "./locate-sheet-layout";
import { readCellNumber, readCellText } from "./read-cell";
import type { SheetComponent } from "./read-sheet-items";

/**
 * The roll-ups as the workbook last showed them: the cached results of its
 * formulas (Excel stores them with the file). null = the cell showed nothing
 * (the official formula shows "" when nothing is scored).
 */
export interface CachedTotals {
  readonly policy: number | null;
  readonly components: readonly CachedTotal[];
  /** Categories of all components, in sheet order. */
  readonly categories: readonly CachedTotal[];
}

export interface CachedTotal {
  readonly name: string;
  /** 1-based order of the component, and of the category inside it. */
  readonly componentOrder: number;
  readonly categoryOrder: number | null;
  readonly row: number;
  readonly column: string;
  readonly value: number | null;
}

/** Reads D (component) and F (category) at each group's first row, and the "PUNTAJE FINAL" value. */
export function readCachedTotals(sheet: Worksheet, layout: SheetLayout, components: readonly SheetComponent[]): CachedTotals {
  const { componentScore, categoryScore } = layout.columns;
  const read = (row: number, column: number | null): { column: string; value: number | null } | null => {
    if (column === null) return null;
    const value = readCellNumber(sheet.getCell(row, column));
    return { column: sheet.getColumn(column).letter, value: value.kind === "number" ? value.value : null };
  };
  const componentTotals: CachedTotal[] = [];
  const categoryTotals: CachedTotal[] = [];
  components.forEach((component, i) => {
    const cell = read(component.row, componentScore);
    if (cell) componentTotals.push({ name: component.name, componentOrder: i + 1, categoryOrder: null, row: component.row, ...cell });
    component.categories.forEach((category, j) => {
      const categoryCell = read(category.row, categoryScore);
      if (categoryCell) categoryTotals.push({ name: category.name, componentOrder: i + 1, categoryOrder: j + 1, row: category.row, ...categoryCell });
    });
  });
  return { policy: readFinalScore(sheet, layout), components: componentTotals, categories: categoryTotals };
}

/** The value under the "PUNTAJE FINAL" label (official: label J7, value J9, merged J9:O10). */
function readFinalScore(sheet: Worksheet, layout: SheetLayout): number | null {
  for (let row = 1; row < layout.headerRow; row++) {
    let labelColumn: number | null = null;
    sheet.getRow(row).eachCell((cell, column) => {
      const text = readCellText(cell);
      if (labelColumn === null && text !== null && normalizeLabel(text) === "puntaje final") labelColumn = column;
    });
    if (labelColumn === null) continue;
    for (let below = row + 1; below < layout.headerRow; below++) {
      const value = readCellNumber(sheet.getCell(below, labelColumn));
      if (value.kind === "number") return value.value;
    }
    return null;
  }
  return null;
}
