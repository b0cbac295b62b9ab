/**
 * A small layout kit for server-rendered PDF reports (pdfkit, built-in
 * Helvetica, which covers Spanish accents): document, text, table, bar chart
 * and numbered footer. Reports of any feature compose these.
 */
export { contentWidth, createPdfDocument, ensureSpace, finishPdf, type PdfDoc } from "./document";
export { drawHeading, drawList, drawParagraph, drawSignatures, drawTitle } from "./text";
export { drawTable, type PdfColumn } from "./table";
export { drawBarChart, type PdfBar } from "./bar-chart";
export { addFooters } from "./footer";
