// Numbers every page ("Página 2 de 5") under a footer line. Call once, after
// all content, on a document created with bufferPages.
import { PDF_MARGIN, type PdfDoc } from "./document";

export function addFooters(doc: PdfDoc, text: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin must not start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - PDF_MARGIN;
    const width = doc.page.width - 2 * PDF_MARGIN;
    doc.font("Helvetica").fontSize(8).fillColor("#475569");
    doc.text(text, PDF_MARGIN, y, { width: width - 90, lineBreak: false });
    doc.text(`Página ${i - range.start + 1} de ${range.count}`, PDF_MARGIN + width - 90, y, { width: 90, align: "right", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
