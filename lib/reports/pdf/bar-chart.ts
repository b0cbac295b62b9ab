// Horizontal bars drawn with rectangles. The label and the value are written
// as text beside each bar (extractable, and readable in black and white); a
// bar's colour is only a second cue.
import { contentWidth, ensureSpace, type PdfDoc } from "./document";

export type PdfBar = {
  label: string;
  /** null draws no bar and writes the empty text instead. */
  value: number | null;
  /** e.g. "62,56 · N4". */
  valueText: string;
  color?: string;
};

const BAR_HEIGHT = 12;
const GAP = 6;

export function drawBarChart(doc: PdfDoc, bars: readonly PdfBar[], options: { max?: number; labelShare?: number } = {}): void {
  const max = options.max ?? 100;
  const left = doc.page.margins.left;
  const labelWidth = contentWidth(doc) * (options.labelShare ?? 0.38);
  const valueWidth = 70;
  const trackWidth = contentWidth(doc) - labelWidth - valueWidth - 8;
  doc.font("Helvetica").fontSize(8.5);
  for (const bar of bars) {
    const labelHeight = doc.heightOfString(bar.label, { width: labelWidth - 6 });
    const rowHeight = Math.max(BAR_HEIGHT, labelHeight) + GAP;
    ensureSpace(doc, rowHeight);
    const top = doc.y;
    doc.fillColor("#111827").text(bar.label, left, top, { width: labelWidth - 6 });
    const trackX = left + labelWidth;
    doc.rect(trackX, top, trackWidth, BAR_HEIGHT).fill("#f1f5f9");
    if (bar.value !== null && bar.value > 0) {
      doc.rect(trackX, top, (trackWidth * Math.min(bar.value, max)) / max, BAR_HEIGHT).fill(bar.color ?? "#1b5e8c");
    }
    doc.rect(trackX, top, trackWidth, BAR_HEIGHT).lineWidth(0.5).strokeColor("#94a3b8").stroke();
    doc.fillColor("#111827").text(bar.valueText, trackX + trackWidth + 6, top + 2, { width: valueWidth, lineBreak: false });
    doc.y = top + rowHeight;
  }
  doc.x = left;
  doc.moveDown(0.4);
}
