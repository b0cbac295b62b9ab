// A simple table: header row, wrapped cells, page breaks that repeat the
// header. Cells are text, so every figure stays extractable.
import { contentWidth, ensureSpace, type PdfDoc } from "./document";

export type PdfColumn = { header: string; /** Share of the width (weights). */ weight: number; align?: "left" | "right" | "center" };

const PAD = 4;
const FONT_SIZE = 9;

function rowHeight(doc: PdfDoc, cells: readonly string[], widths: number[]): number {
  return Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 2 * PAD }))) + 2 * PAD;
}

function drawRow(doc: PdfDoc, cells: readonly string[], columns: readonly PdfColumn[], widths: number[], header: boolean): void {
  doc.font(header ? "Helvetica-Bold" : "Helvetica").fontSize(FONT_SIZE);
  const height = rowHeight(doc, cells, widths);
  ensureSpace(doc, height);
  const top = doc.y;
  let x = doc.page.margins.left;
  if (header) doc.rect(x, top, widths.reduce((a, b) => a + b, 0), height).fill("#e2e8f0");
  doc.fillColor("#111827");
  cells.forEach((cell, i) => {
    doc.text(cell, x + PAD, top + PAD, { width: widths[i]! - 2 * PAD, align: columns[i]!.align ?? "left" });
    x += widths[i]!;
  });
  doc
    .moveTo(doc.page.margins.left, top + height)
    .lineTo(x, top + height)
    .lineWidth(0.5)
    .strokeColor("#cbd5e1")
    .stroke();
  doc.y = top + height;
}

export function drawTable(doc: PdfDoc, columns: readonly PdfColumn[], rows: readonly (readonly string[])[]): void {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => (contentWidth(doc) * c.weight) / total);
  const headers = columns.map((c) => c.header);
  drawRow(doc, headers, columns, widths, true);
  for (const row of rows) {
    doc.font("Helvetica").fontSize(FONT_SIZE);
    const startPage = doc.bufferedPageRange().count;
    ensureSpace(doc, rowHeight(doc, row, widths));
    if (doc.bufferedPageRange().count !== startPage) drawRow(doc, headers, columns, widths, true);
    drawRow(doc, row, columns, widths, false);
  }
  doc.x = doc.page.margins.left;
  doc.moveDown(0.6);
}
