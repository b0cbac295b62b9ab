// The prepared answers of one module as a printable PDF (A4), question by
// question: options with [X] where selected, values, text, supports and linked evidence.
// Helvetica (built in) writes Spanish accents; it has no check-box glyph.
import PDFDocument from "pdfkit";
import { formatDateTime } from "@/lib/format/dates";
import type { FuragItem } from "../workspace/load-furag-items";
import { answerLines, STATE_LABELS, typeLabel } from "./answer-lines";
import type { ModuleExportHeader } from "./export-header";
import { isChoice } from "../answers/answer-value";

export function modulePdf(header: ModuleExportHeader, items: readonly FuragItem[]): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: "A4", margin: 48, info: { Title: `FURAG ${header.vigencia} ${header.modulePrefix}`, Author: "Faro MIPG" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))));

  doc.font("Helvetica-Bold").fontSize(15).text(`FURAG ${header.vigencia} — módulo ${header.modulePrefix}`);
  doc.font("Helvetica").fontSize(10).text(header.topic);
  doc.fillColor("#475569").text(`${header.entityName}. Respuestas preparadas (simulacro), exportadas el ${formatDateTime(header.exportedAt)}.`);
  doc.fillColor("black").moveDown();
  for (const item of items) {
    doc.font("Helvetica-Bold").fontSize(10).text(`${item.question.code}. ${item.question.text}`);
    const who = item.answer?.responsible ? ` · Responsable: ${item.answer.responsible.name}` : "";
    doc.font("Helvetica").fontSize(8).fillColor("#475569").text(`${typeLabel(item)} · ${STATE_LABELS[item.answer?.state ?? "SIN_RESPONDER"]}${who}`);
    doc.fillColor("black").fontSize(9);
    const choice = isChoice(item.question.type) && !item.answer?.notApplicable;
    for (const line of answerLines(item)) {
      const text = choice && line.label !== "Detalle / explicación" ? `[${line.answer === "X" ? "X" : "  "}] ${line.label}` : `${line.label}: ${line.answer}`;
      doc.text(text, { indent: 12 });
      if (line.support) doc.fillColor("#1e40af").text(`Soporte: ${line.support}`, { indent: 28 }).fillColor("black");
      if (line.evidence) doc.fillColor("#1e40af").text(`Evidencias vinculadas: ${line.evidence}`, { indent: 28 }).fillColor("black");
    }
    doc.moveDown(0.6);
  }
  if (items.length === 0) doc.text("El módulo no tiene preguntas en este cuestionario.");
  doc.end();
  return done;
}
