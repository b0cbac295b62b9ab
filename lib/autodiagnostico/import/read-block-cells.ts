import type { Cell, Worksheet } from "exceljs";
import { RUBRIC_BAND_LABELS } from "../official-layout";
import type { ImportWarning } from "../autodiagnostico-schema";
import type { SheetLayout } from "./locate-sheet-layout";
import { readCellNumber, readCellText } from "./read-cell";
import { cellError, cellWarning } from "./sheet-problems";

/** The raw cells of one 5-row scored block, before it is placed in the hierarchy. */
export interface BlockCells {
  readonly row: number;
  /** Text and identity of the (merged) component / category cell. */
  readonly component: GroupCell;
  readonly category: GroupCell;
  /** Column G: a number starts a numbered activity; blank on sub-item rows. */
  readonly activityNumber: { readonly value: number; readonly key: string } | null;
  /** Column H: activity text, or the sub-item code ("12A"). */
  readonly activityText: string | null;
  /** Column I: the sub-item text (on activity rows H:I is merged, so it repeats H). */
  readonly subItemText: string | null;
  readonly criterion: string | null;
  readonly period: string | null;
  readonly rubric: string[];
  readonly score: number | null;
  readonly observations: string | null;
}

export interface GroupCell {
  /** Identity of the cell: the merged range's master, or the text when not merged. */
  readonly key: string;
  readonly name: string | null;
}

const BAND_PATTERN = /^(\d+)\s*-\s*(\d+)$/;

/** Whether `row` starts a scored block: its "Valoración" cell reads "0 - 20". */
export function startsBlock(sheet: Worksheet, layout: SheetLayout, row: number): boolean {
  return bandKey(readCellText(sheet.getCell(row, layout.columns.bandLabel))) === bandKey(RUBRIC_BAND_LABELS[0]);
}

export function readBlockCells(sheet: Worksheet, layout: SheetLayout, row: number, warnings: ImportWarning[]): BlockCells {
  const c = layout.columns;
  const at = (column: number, r = row): Cell => sheet.getCell(r, column);
  const text = (column: number | null): string | null => (column === null ? null : readCellText(at(column)));
  const rubric = RUBRIC_BAND_LABELS.map((band, i) => {
    const label = readCellText(at(c.bandLabel, row + i));
    if (bandKey(label) !== bandKey(band)) {
      throw cellError(sheet, row + i, c.bandLabel, "Valoración", `se esperaba la banda «${band}» y se encontró «${label ?? ""}»`);
    }
    const description = readCellText(at(c.bandText, row + i));
    if (description === null) warnings.push(cellWarning(sheet, row + i, c.bandText, "Valoración", `la descripción de la banda «${band}» está vacía`));
    return description ?? "";
  });
  const number = readCellNumber(at(c.activityNumber));
  return {
    row,
    component: groupCell(at(c.component)),
    category: groupCell(at(c.category)),
    activityNumber: number.kind === "number" ? { value: number.value, key: at(c.activityNumber).master.address } : null,
    activityText: text(c.activityText),
    subItemText: text(c.subItemText),
    criterion: text(c.criterion),
    period: text(c.period),
    rubric,
    score: readScore(sheet, row, c.score),
    observations: text(c.observations),
  };
}

function readScore(sheet: Worksheet, row: number, column: number): number | null {
  const value = readCellNumber(sheet.getCell(row, column));
  if (value.kind === "empty") return null;
  if (value.kind === "invalid" || value.value < 0 || value.value > 100) {
    const shown = value.kind === "invalid" ? value.text : String(value.value);
    throw cellError(sheet, row, column, "Puntaje", `«${shown}» no es un puntaje válido (debe ser un número entre 0 y 100, o quedar vacío)`);
  }
  return value.value;
}

function groupCell(cell: Cell): GroupCell {
  const name = readCellText(cell);
  return { key: cell.isMerged ? `merge:${cell.master.address}` : `text:${name ?? ""}`, name };
}

function bandKey(label: string | null): string | null {
  const match = label === null ? null : BAND_PATTERN.exec(label.trim());
  return match ? `${match[1]}-${match[2]}` : null;
}
