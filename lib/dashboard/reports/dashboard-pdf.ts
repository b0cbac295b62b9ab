// The dashboard as a PDF for the committee's file: every section with its
// chart (drawn here with rectangles), its text summary and its table. Values
// are text, so the PDF can be searched and read aloud.
import { formatDate } from "@/lib/format/dates";
import { addFooters, createPdfDocument, drawBarChart, drawHeading, drawParagraph, drawTable, drawTitle, finishPdf } from "@/lib/reports/pdf";
import { formatScore, scoreLevel } from "@/lib/scoring";
import { levelLabel, percentLabel, shortScoreLabel, stateLabel } from "../labels";
import { sectionOf } from "../load-dashboard";
import { summarizeDimensionsText, summarizeDimensionText, summarizeProgressText } from "../text-summaries";
import type { Dashboard, PolicyScoresSection, SelfAssessmentProgressSection } from "../types";
import { drawActionPlans } from "./action-plans-report";
import { drawEvidenceReview, drawFuragReadiness, drawOpenFindings } from "./follow-up-pdf";
import { drawOfficialResults } from "./official-results-pdf";

function drawPolicyScores(doc: PDFKit.PDFDocument, section: PolicyScoresSection): void {
  drawHeading(doc, "Puntaje y nivel por dimensión (estimado interno)");
  drawParagraph(doc, summarizeDimensionsText(section));
  drawBarChart(
    doc,
    section.dimensions.map((d) => ({ label: `D${d.number} · ${d.name}`, value: d.score, valueText: shortScoreLabel(d.score), color: scoreLevel(d.score)?.color })),
  );
  for (const dimension of section.dimensions) {
    drawHeading(doc, `D${dimension.number} · ${dimension.name}`);
    drawParagraph(doc, summarizeDimensionText(dimension));
    drawBarChart(
      doc,
      dimension.policies.map((p) => ({ label: `${p.code} ${p.name}`, value: p.score, valueText: shortScoreLabel(p.score), color: scoreLevel(p.score)?.color })),
    );
    drawTable(
      doc,
      [
        { header: "Política", weight: 5 },
        { header: "Puntaje", weight: 1.3, align: "right" },
        { header: "Nivel", weight: 2 },
        { header: "Estado", weight: 1.6 },
      ],
      dimension.policies.map((p) => [`${p.code} ${p.name}`, formatScore(p.score), levelLabel(p.score), stateLabel(p.state)]),
    );
  }
}

function drawProgress(doc: PDFKit.PDFDocument, section: SelfAssessmentProgressSection): void {
  doc.addPage();
  drawHeading(doc, "Avance de los autodiagnósticos");
  drawParagraph(doc, summarizeProgressText(section));
  drawTable(
    doc,
    [
      { header: "Política", weight: 5 },
      { header: "Estado", weight: 1.6 },
      { header: "Respondidas", weight: 1.6, align: "right" },
      { header: "Avance", weight: 1.1, align: "right" },
    ],
    section.policies.map((p) => [`${p.code} ${p.name}`, stateLabel(p.state), p.ratio === null ? "—" : `${p.answered} de ${p.total}`, percentLabel(p.ratio)]),
  );
}

export async function renderDashboardPdf(dashboard: Dashboard): Promise<Buffer> {
  const title = `Tablero MIPG ${dashboard.vigencia}`;
  const doc = createPdfDocument({ title: `${title} · ${dashboard.entityName}` });
  const generated = formatDate(new Date(dashboard.generatedAt));
  const scores = sectionOf(dashboard, "policy-scores");
  drawTitle(
    doc,
    `${title} · ${dashboard.entityName}`,
    `Generado el ${generated}. Puntajes del autodiagnóstico de la entidad${scores?.catalogName ? ` (${scores.catalogName})` : ""}; ` +
      "los estimados por dimensión y de la entidad son internos, no el índice oficial de Función Pública.",
  );
  if (scores) drawPolicyScores(doc, scores);
  const progress = sectionOf(dashboard, "self-assessment-progress");
  if (progress) drawProgress(doc, progress);
  const plans = sectionOf(dashboard, "action-plans");
  if (plans) drawActionPlans(doc, plans);
  const evidence = sectionOf(dashboard, "evidence-review");
  if (evidence) drawEvidenceReview(doc, evidence);
  const findings = sectionOf(dashboard, "open-findings");
  if (findings) drawOpenFindings(doc, findings);
  const furag = sectionOf(dashboard, "furag-readiness");
  if (furag) drawFuragReadiness(doc, furag);
  const official = sectionOf(dashboard, "official-results");
  if (official) drawOfficialResults(doc, official);
  addFooters(doc, `${dashboard.entityName} · Tablero MIPG ${dashboard.vigencia} · ${generated}`);
  return finishPdf(doc);
}
