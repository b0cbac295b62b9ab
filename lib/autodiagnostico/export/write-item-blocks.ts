import type { Worksheet } from "exceljs";
import type { AutodiagnosticoComponent, AutodiagnosticoItem } from "../autodiagnostico-schema";
import { isActivityRow } from "../autodiagnostico-schema";
import { BLOCK_ROWS, EXPORT_COLUMNS as COL, EXPORT_ROWS, RUBRIC_BAND_LABELS } from "../official-layout";
import type { AutodiagnosticoScores } from "../score-autodiagnostico";
import { mergeRange, styleText, writeScore } from "./sheet-styles";

/**
 * Writes every component, category and item as the official sheet does: one
 * 5-row block per scored item, component and category cells merged over
 * their rows with their score beside them. Returns the last row written.
 */
export function writeItemBlocks(sheet: Worksheet, components: readonly AutodiagnosticoComponent[], scores: AutodiagnosticoScores): number {
  let row: number = EXPORT_ROWS.firstBlock;
  components.forEach((component, i) => {
    const componentStart = row;
    component.categories.forEach((category, j) => {
      const categoryStart = row;
      let previous: AutodiagnosticoItem | null = null;
      for (const item of category.items) {
        if (startsGroup(item, previous)) row = writeGroupHeading(sheet, row, item.group ?? "");
        writeItemBlock(sheet, row, item);
        row += BLOCK_ROWS;
        previous = item;
      }
      writeMergedGroup(sheet, categoryStart, row - 1, COL.category, category.name, COL.categoryScore, scores.components[i]?.categories[j]?.score ?? null);
    });
    writeMergedGroup(sheet, componentStart, row - 1, COL.component, component.name, COL.componentScore, scores.components[i]?.score ?? null);
  });
  return row - 1;
}

/** A heading row goes before the first sub-item of each run sharing a group text. */
function startsGroup(item: AutodiagnosticoItem, previous: AutodiagnosticoItem | null): boolean {
  if (item.group === null) return false;
  return previous === null || previous.activityNumber !== item.activityNumber || previous.group !== item.group;
}

function writeGroupHeading(sheet: Worksheet, row: number, text: string): number {
  const cell = sheet.getCell(row, COL.activityText);
  cell.value = text;
  cell.font = { bold: true };
  styleText(cell);
  mergeRange(sheet, row, COL.activityText, row, COL.criterion);
  return row + 1;
}

function writeItemBlock(sheet: Worksheet, top: number, item: AutodiagnosticoItem): void {
  const bottom = top + BLOCK_ROWS - 1;
  const merged = (column: number, value: string | number | null, right = column): void => {
    const cell = sheet.getCell(top, column);
    cell.value = value;
    styleText(cell, typeof value === "number" ? "center" : "left");
    mergeRange(sheet, top, column, bottom, right);
  };
  if (isActivityRow(item)) {
    merged(COL.activityNumber, item.activityNumber);
    merged(COL.activityText, item.activityText, COL.subItemText);
  } else {
    merged(COL.activityText, item.code);
    merged(COL.subItemText, item.itemText);
  }
  merged(COL.criterion, item.criterion);
  RUBRIC_BAND_LABELS.forEach((band, i) => {
    sheet.getCell(top + i, COL.bandLabel).value = band;
    styleText(sheet.getCell(top + i, COL.bandLabel), "center");
    sheet.getCell(top + i, COL.bandText).value = item.rubric[i] ?? "";
    styleText(sheet.getCell(top + i, COL.bandText));
  });
  merged(COL.period, item.analysisPeriod);
  merged(COL.score, item.score);
  merged(COL.observations, item.observations);
}

function writeMergedGroup(
  sheet: Worksheet, top: number, bottom: number, nameColumn: number, name: string, scoreColumn: number, score: number | null,
): void {
  const cell = sheet.getCell(top, nameColumn);
  cell.value = name;
  cell.font = { bold: true };
  styleText(cell, "center");
  mergeRange(sheet, top, nameColumn, bottom, nameColumn);
  writeScore(sheet.getCell(top, scoreColumn), score);
  mergeRange(sheet, top, scoreColumn, bottom, scoreColumn);
}
