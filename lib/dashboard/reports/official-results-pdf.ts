// The official FURAG results in the dashboard PDF, under their own heading
// and note, never beside the autodiagnóstico estimates: the IDI per vigencia
// with the grupo par median, and each policy's official scores.
import { drawHeading, drawParagraph, drawTable, type PdfDoc } from "@/lib/reports/pdf";
import { formatScore } from "@/lib/scoring";
import { signedChange, summarizeOfficialResultsText } from "../official-results-summary";
import type { OfficialResultsSection } from "../types";

export function drawOfficialResults(doc: PdfDoc, section: OfficialResultsSection): void {
  doc.addPage();
  drawHeading(doc, "Resultados oficiales FURAG");
  drawParagraph(
    doc,
    `Publicados por Función Pública${section.peerGroup ? `; grupo par: ${section.peerGroup}` : ""}. No son los puntajes del autodiagnóstico y no se mezclan con ellos.`,
    { muted: true },
  );
  drawParagraph(doc, summarizeOfficialResultsText(section));
  drawTable(
    doc,
    [
      { header: "Vigencia", weight: 1 },
      { header: "IDI oficial", weight: 1.4, align: "right" },
      { header: "Mediana grupo par", weight: 1.8, align: "right" },
    ],
    section.vigencias.map((v) => [String(v.vigencia), v.meciOnly && v.idi === null ? "Solo MECI" : formatScore(v.idi, 1), formatScore(v.peerMedianIdi, 1)]),
  );
  const years = section.vigencias.map((v) => String(v.vigencia));
  drawTable(
    doc,
    [{ header: "Política", weight: 4 }, ...years.map((y) => ({ header: y, weight: 0.9, align: "right" as const })), { header: "Cambio", weight: 1, align: "right" }, { header: `Mediana ${section.vigencia}`, weight: 1.3, align: "right" }],
    section.policies.map((p) => [`${p.code} ${p.name}`, ...p.scores.map((s) => formatScore(s, 1)), signedChange(p.change), formatScore(p.peerMedian, 1)]),
  );
}
