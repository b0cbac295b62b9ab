import type { Cell, Worksheet } from "exceljs";
import { scoreLevel } from "@/lib/scoring";

/** Small styling helpers so the export reads like the official tool. */

export const HEADER_FILL = "FF1F3864";

export function styleHeader(cell: Cell): void {
  cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

export function styleText(cell: Cell, horizontal: "left" | "center" = "left"): void {
  cell.alignment = { horizontal, vertical: "middle", wrapText: true };
}

/** Writes a score (or leaves it blank) coloured with its level, as the official conditional formats do. */
export function writeScore(cell: Cell, score: number | null): void {
  cell.value = score;
  cell.numFmt = "0.00";
  styleText(cell, "center");
  const level = scoreLevel(score);
  if (!level) return;
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(level.officialColor) } };
  cell.font = { bold: true, color: { argb: argb(level.textColor) } };
}

/** Merges a range unless it is a single cell (exceljs refuses nothing, Excel warns on 1x1 merges). */
export function mergeRange(sheet: Worksheet, top: number, left: number, bottom: number, right: number): void {
  if (top === bottom && left === right) return;
  sheet.mergeCells(top, left, bottom, right);
}

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}
