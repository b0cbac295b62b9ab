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

/**
 * A bulleted (or numbered) list whose wrapped lines stay indented under the
 * item; the `empty` text when there are no items, so an empty section is
 * visibly empty.
 */
export function drawList(doc: PdfDoc, items: readonly string[], empty: string, options: { numbered?: boolean } = {}): void {
  if (items.length === 0) return drawParagraph(doc, empty, { muted: true });
  const left = doc.page.margins.left;
  const indent = options.numbered ? 18 : 12;
  doc.font("Helvetica").fontSize(10).fillColor("#111827");
  items.forEach((item, i) => {
    ensureSpace(doc, doc.heightOfString(item, { width: contentWidth(doc) - indent }));
    const top = doc.y;
    doc.text(options.numbered ? `${i + 1}.` : "•", left + 2, top, { width: indent, lineBreak: false });
    doc.text(item, left + indent, top, { width: contentWidth(doc) - indent });
  });
  doc.x = left;
  doc.moveDown(0.4);
}

/** Lines to sign on, side by side, each with the role written under it. */
export function drawSignatures(doc: PdfDoc, roles: readonly string[]): void {
  ensureSpace(doc, 80);
  const left = doc.page.margins.left;
  const width = contentWidth(doc) / roles.length;
  const lineY = doc.y + 48;
  doc.font("Helvetica").fontSize(9).fillColor("#111827");
  roles.forEach((role, i) => {
    const x = left + i * width;
    doc.moveTo(x + 8, lineY).lineTo(x + width - 16, lineY).lineWidth(0.7).strokeColor("#111827").stroke();
    doc.text(role, x + 8, lineY + 4, { width: width - 24, align: "center" });
  });
  doc.x = left;
  doc.y = lineY + 24;
}
