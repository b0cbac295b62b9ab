// Shared look of the dashboard workbook's sheets: bold, frozen header row;
// numbers stored as numbers with a display format.
import type ExcelJS from "exceljs";

export const SCORE_FORMAT = "0.00";
export const PERCENT_FORMAT = "0%";
/** Readiness percentages are stored 0-100 with one decimal, as the page shows them. */
export const ONE_DECIMAL = "0.0";

export type SheetColumn = { header: string; key: string; width: number; numFmt?: string };

export function header(sheet: ExcelJS.Worksheet, columns: SheetColumn[]): void {
  sheet.columns = columns.map(({ header, key, width, numFmt }) => ({ header, key, width, style: numFmt ? { numFmt } : {} }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
}
