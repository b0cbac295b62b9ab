import type { Worksheet } from "exceljs";
import { EXPORT_COLUMNS as COL, EXPORT_ROWS as ROW, HEADER_LABELS, TITLE_PREFIX } from "../official-layout";
import { mergeRange, styleHeader, styleText, writeScore } from "./sheet-styles";

const WIDTHS: Record<number, number> = { 1: 2, 2: 2, 3: 18, 4: 13, 5: 24, 6: 13, 7: 7, 8: 45, 9: 40, 10: 32, 11: 10, 12: 60, 13: 14, 14: 12, 15: 36 };

/** Title, entity, "PUNTAJE FINAL" and the two-row column header, where the official tool has them. */
export function writeSheetHeader(sheet: Worksheet, policyName: string, entityName: string | null, policyScore: number | null): void {
  for (const [column, width] of Object.entries(WIDTHS)) sheet.getColumn(Number(column)).width = width;
  const first = COL.component;
  const last = COL.observations;

  const title = sheet.getCell(ROW.title, first);
  title.value = `${TITLE_PREFIX}${policyName}`;
  title.font = { bold: true, size: 14 };
  styleText(title, "center");
  mergeRange(sheet, ROW.title, first, ROW.title, last);

  // ENTIDAD over C:I and PUNTAJE FINAL over J:O, values two rows below.
  writeLabel(sheet, ROW.labels, first, COL.subItemText, "ENTIDAD");
  writeLabel(sheet, ROW.labels, COL.criterion, last, "PUNTAJE FINAL");
  const entity = sheet.getCell(ROW.values, first);
  entity.value = entityName;
  styleText(entity, "center");
  mergeRange(sheet, ROW.values, first, ROW.values + 1, COL.subItemText);
  writeScore(sheet.getCell(ROW.values, COL.criterion), policyScore);
  mergeRange(sheet, ROW.values, COL.criterion, ROW.values + 1, last);

  const header: [number, number, string][] = [
    [COL.component, COL.component, HEADER_LABELS.component],
    [COL.componentScore, COL.componentScore, HEADER_LABELS.componentScore],
    [COL.category, COL.category, HEADER_LABELS.category],
    [COL.categoryScore, COL.categoryScore, HEADER_LABELS.categoryScore],
    [COL.activityNumber, COL.subItemText, HEADER_LABELS.activity],
    [COL.criterion, COL.criterion, HEADER_LABELS.criterion],
    [COL.bandLabel, COL.bandText, HEADER_LABELS.rubric],
    [COL.period, COL.period, HEADER_LABELS.period],
    [COL.score, COL.score, HEADER_LABELS.score],
    [COL.observations, COL.observations, HEADER_LABELS.observations],
  ];
  for (const [left, right, label] of header) {
    const cell = sheet.getCell(ROW.header, left);
    cell.value = label;
    styleHeader(cell);
    mergeRange(sheet, ROW.header, left, ROW.header + 1, right);
  }
  sheet.views = [{ state: "frozen", ySplit: ROW.header + 1 }];
}

function writeLabel(sheet: Worksheet, row: number, left: number, right: number, label: string): void {
  const cell = sheet.getCell(row, left);
  cell.value = label;
  styleHeader(cell);
  mergeRange(sheet, row, left, row, right);
}
