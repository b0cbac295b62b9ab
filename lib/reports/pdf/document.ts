// A pdfkit document set up the way every Faro report is: A4, Spanish
// metadata, pages buffered so the footer can number them at the end, and a
// helper that turns the finished document into bytes.
import PDFDocument from "pdfkit";

export type PdfDoc = PDFKit.PDFDocument;

export const PDF_MARGIN = 48;
/** Room kept free at the bottom of every page for the footer. */
export const FOOTER_HEIGHT = 28;

export function createPdfDocument(info: { title: string; author?: string; subject?: string }): PdfDoc {
  return new PDFDocument({
    size: "A4",
    margins: { top: PDF_MARGIN, left: PDF_MARGIN, right: PDF_MARGIN, bottom: PDF_MARGIN + FOOTER_HEIGHT },
    bufferPages: true,
    lang: "es-CO",
    info: { Title: info.title, Author: info.author ?? "Faro MIPG", Subject: info.subject ?? info.title, Creator: "Faro MIPG" },
  });
}

/** Ends the document and resolves with its bytes. */
export function finishPdf(doc: PdfDoc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}

/** Width available between the side margins. */
export function contentWidth(doc: PdfDoc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page when fewer than `height` points are left above the footer. */
export function ensureSpace(doc: PdfDoc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}
