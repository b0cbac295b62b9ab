// Titles, headings and paragraphs with one consistent look.
import { contentWidth, ensureSpace, type PdfDoc } from "./document";

const INK = "#0c2a40";
const MUTED = "#475569";

export function drawTitle(doc: PdfDoc, title: string, subtitle?: string): void {
  doc.font("Helvetica-Bold").fontSize(18).fillColor(INK).text(title, { width: contentWidth(doc) });
  if (subtitle) doc.moveDown(0.2).font("Helvetica").fontSize(10).fillColor(MUTED).text(subtitle, { width: contentWidth(doc) });
  doc.moveDown(0.8);
}

export function drawHeading(doc: PdfDoc, text: string): void {
  ensureSpace(doc, 60);
  doc.moveDown(0.4).font("Helvetica-Bold").fontSize(13).fillColor(INK).text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

export function drawParagraph(doc: PdfDoc, text: string, options: { muted?: boolean } = {}): void {
  doc
    .font("Helvetica")
    .fontSize(10)
    .fillColor(options.muted ? MUTED : "#111827")
    .text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.4);
}

/** A bulleted list; "—" when empty, so an empty section is visibly empty. */
export function drawList(doc: PdfDoc, items: readonly string[], empty: string): void {
  if (items.length === 0) return drawParagraph(doc, empty, { muted: true });
  doc.font("Helvetica").fontSize(10).fillColor("#111827");
  for (const item of items) {
    ensureSpace(doc, 14);
    doc.text(`•  ${item}`, doc.page.margins.left + 6, doc.y, { width: contentWidth(doc) - 6 });
  }
  doc.moveDown(0.4);
}
