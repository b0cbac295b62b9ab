// The follow-up sections of the dashboard PDF: evidence review, open
// findings and FURAG readiness. Each one: heading, text summary, bars with
// their numbers written out, and a table.
import { dateOnly, formatDay } from "@/lib/evidence/expiry";
import { REVIEW_STATE_LABELS, SEVERITY_LABELS, FINDING_STATE_LABELS } from "@/lib/evidence/labels";
import type { EvidenceReviewState, FindingSeverity } from "@/lib/generated/prisma/enums";
import { drawBarChart, drawHeading, drawParagraph, drawTable, type PdfDoc } from "@/lib/reports/pdf";
import { percentText, summarizeEvidenceReviewText, summarizeFuragReadinessText, summarizeOpenFindingsText } from "../follow-up-summaries";
import type { EvidenceReviewSection, FuragReadinessSection, OpenFindingsSection } from "../types";

const REVIEW_ORDER: EvidenceReviewState[] = ["ACEPTADA", "CON_OBSERVACIONES", "RECHAZADA", "PENDIENTE"];
const SEVERITY_ORDER: FindingSeverity[] = ["CRITICA", "ALTA", "MEDIA", "BAJA"];

export function drawEvidenceReview(doc: PdfDoc, section: EvidenceReviewSection): void {
  doc.addPage();
  drawHeading(doc, `Revisión de evidencias ${section.vigencia}`);
  drawParagraph(doc, summarizeEvidenceReviewText(section));
  const max = Math.max(section.total, 1);
  drawBarChart(
    doc,
    [
      ...REVIEW_ORDER.map((state) => ({ label: REVIEW_STATE_LABELS[state], value: section.states[state], valueText: String(section.states[state]) })),
      { label: "Vencidas", value: section.expired, valueText: String(section.expired), color: "#b91c1c" },
      { label: `Por vencer (${section.expiringSoonDays} días)`, value: section.expiringSoon, valueText: String(section.expiringSoon), color: "#b45309" },
    ],
    { max },
  );
}

export function drawOpenFindings(doc: PdfDoc, section: OpenFindingsSection): void {
  drawHeading(doc, "Hallazgos abiertos");
  drawParagraph(doc, summarizeOpenFindingsText(section));
  if (section.open === 0) return;
  drawBarChart(
    doc,
    SEVERITY_ORDER.map((s) => ({ label: `Severidad ${SEVERITY_LABELS[s].toLowerCase()}`, value: section.bySeverity[s], valueText: String(section.bySeverity[s]) })),
    { max: section.open },
  );
  drawTable(
    doc,
    [
      { header: "Hallazgo (más antiguos primero)", weight: 5 },
      { header: "Severidad", weight: 1.3 },
      { header: "Estado", weight: 1.4 },
      { header: "Responde", weight: 2.2 },
      { header: "Plazo", weight: 1.8 },
    ],
    section.oldest.map((f) => [
      f.description,
      SEVERITY_LABELS[f.severity],
      FINDING_STATE_LABELS[f.state],
      f.responsibleName,
      `${formatDay(dateOnly(f.dueDate))}${f.overdue ? " (vencido)" : ""}`,
    ]),
  );
}

export function drawFuragReadiness(doc: PdfDoc, section: FuragReadinessSection): void {
  drawHeading(doc, `Preparación FURAG ${section.vigencia}`);
  drawParagraph(doc, summarizeFuragReadinessText(section));
  if (!section.hasQuestionnaire) return;
  const { percents } = section;
  drawBarChart(doc, [
    { label: "Respondidas", value: percents.answered, valueText: percentText(percents.answered) },
    { label: "Con evidencia", value: percents.evidence, valueText: percentText(percents.evidence) },
    { label: "Revisadas por control interno", value: percents.reviewed, valueText: percentText(percents.reviewed) },
  ]);
  drawTable(
    doc,
    [
      { header: "Módulo más rezagado", weight: 5 },
      { header: "Respondidas", weight: 2, align: "right" },
      { header: "Con evidencia", weight: 1.5, align: "right" },
      { header: "Revisadas", weight: 1.5, align: "right" },
    ],
    section.weakestModules.map((m) => [
      `${m.prefix}${m.topic ? ` · ${m.topic}` : ""}`,
      `${percentText(m.percents.answered)} (${m.answered} de ${m.total})`,
      percentText(m.percents.evidence),
      percentText(m.percents.reviewed),
    ]),
  );
}
