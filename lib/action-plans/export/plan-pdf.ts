// The plan as a PDF for the committee: heading, progress and effectiveness,
// then each action with its gap, responsible, dates, status and before/after.
// Built-in Helvetica covers Spanish accents; no font files needed.
import PDFDocument from "pdfkit";
import { formatCalendarDate, formatDate } from "@/lib/format/dates";
import { formatScore } from "@/lib/scoring";
import { ITEM_STATUS_LABELS, PLAN_STATE_LABELS, PRIORITY_LABELS } from "../labels";
import type { PlanExport } from "./load-plan-export";
import { evidenceText } from "./plan-workbook";

function percent(value: number | null): string {
  return value === null ? "—" : `${Math.round(value)} %`;
}

export function planPdf(data: PlanExport): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 48, info: { Title: data.plan.name, Author: data.entityName } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  doc.font("Helvetica-Bold").fontSize(16).text(data.entityName);
  doc.fontSize(13).text(data.plan.name);
  doc.font("Helvetica").fontSize(10).fillColor("#333333");
  doc.text(`Vigencia ${data.plan.vigencia}${data.plan.policyCode ? ` · ${data.plan.policyCode} ${data.plan.policyName ?? ""}` : ""}`);
  doc.text(
    `Estado: ${PLAN_STATE_LABELS[data.plan.state]}` + (data.plan.approvedAt ? ` · aprobado por ${data.plan.approvedByName} el ${formatDate(data.plan.approvedAt)}` : ""),
  );
  const p = data.progress;
  doc.text(`Avance: ${percent(p.progress)} · ${p.done} de ${p.total - p.cancelled} acciones cumplidas · ${p.overdue} vencidas · corte ${formatDate(new Date(`${data.today}T12:00:00Z`))}`);
  if (data.plan.sourceAssessmentId) {
    doc.text(`Puntaje de la política: antes ${formatScore(data.policyScore.before)} · ahora ${formatScore(data.policyScore.now)}`);
  }
  doc.moveDown();

  data.items.forEach((item, index) => {
    if (doc.y > doc.page.height - 160) doc.addPage();
    doc.fillColor("#000000").font("Helvetica-Bold").fontSize(11).text(`${index + 1}. ${item.action}`);
    doc.font("Helvetica").fontSize(9).fillColor("#333333");
    doc.text(`Brecha: ${item.gapLabel}`);
    doc.text(
      `Responsable: ${item.responsibleName ?? "sin asignar"} · Inicio: ${formatCalendarDate(item.startDate)} · Fecha límite: ${formatCalendarDate(item.dueDate)} · Prioridad: ${PRIORITY_LABELS[item.priority]}`,
    );
    doc.text(`Estado: ${ITEM_STATUS_LABELS[item.effectiveStatus]} · Avance: ${item.progress} %` + (item.sourceKind === "ACTIVITY" ? ` · Puntaje antes ${formatScore(item.scoreBefore)}, ahora ${formatScore(item.scoreNow)}` : ""));
    if (item.deliverable) doc.text(`Entregable: ${item.deliverable}`);
    if (item.indicator || item.goal) doc.text(`Indicador: ${item.indicator || "—"} · Meta: ${item.goal || "—"}`);
    if (item.cancelReason) doc.text(`Motivo de la cancelación: ${item.cancelReason}`);
    if (item.gapState) doc.text(`Estado de la brecha: ${item.gapState.text}`);
    if (item.completionNote) doc.text(`Cumplimiento: ${item.completionNote}`);
    if (item.evidence.length) doc.text(`Evidencias: ${evidenceText(item.evidence)}`);
    doc.moveDown(0.6);
  });
  doc.end();
  return done;
}
