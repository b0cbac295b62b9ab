// The follow-up and official sheets of the dashboard workbook: evidence
// review, open findings, FURAG readiness and official FURAG results. Counts
// and scores are numbers; a blank score stays an empty cell.
import type ExcelJS from "exceljs";
import { REVIEW_STATE_LABELS, SEVERITY_LABELS, FINDING_STATE_LABELS } from "@/lib/evidence/labels";
import type { EvidenceReviewState, FindingSeverity } from "@/lib/generated/prisma/enums";
import { sectionOf } from "../load-dashboard";
import type { Dashboard } from "../types";
import { header, ONE_DECIMAL } from "./excel-sheet";

const REVIEW_ORDER: EvidenceReviewState[] = ["ACEPTADA", "CON_OBSERVACIONES", "RECHAZADA", "PENDIENTE"];
const SEVERITY_ORDER: FindingSeverity[] = ["CRITICA", "ALTA", "MEDIA", "BAJA"];

function countSheet(workbook: ExcelJS.Workbook, name: string, rows: [string, number | null][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  header(sheet, [
    { header: "Indicador", key: "label", width: 48 },
    { header: "Valor", key: "value", width: 12 },
  ]);
  for (const [label, value] of rows) sheet.addRow({ label, value });
  return sheet;
}

export function addFollowUpSheets(workbook: ExcelJS.Workbook, dashboard: Dashboard): void {
  const evidence = sectionOf(dashboard, "evidence-review");
  if (evidence) {
    countSheet(workbook, "Revisión de evidencias", [
      ...REVIEW_ORDER.map((s): [string, number] => [REVIEW_STATE_LABELS[s], evidence.states[s]]),
      [`Total de la vigencia ${evidence.vigencia}`, evidence.total],
      ["Vencidas", evidence.expired],
      [`Por vencer (${evidence.expiringSoonDays} días)`, evidence.expiringSoon],
    ]);
  }

  const findings = sectionOf(dashboard, "open-findings");
  if (findings) {
    const sheet = countSheet(workbook, "Hallazgos abiertos", [
      ...SEVERITY_ORDER.map((s): [string, number] => [`Severidad ${SEVERITY_LABELS[s].toLowerCase()}`, findings.bySeverity[s]]),
      ["Total abiertos (todas las vigencias)", findings.open],
      ["Respondidos, sin cerrar", findings.answered],
      ["Con el plazo vencido", findings.overdue],
    ]);
    sheet.addRow([]);
    sheet.addRow(["Más antiguos", "Severidad", "Estado", "Responde", "Plazo", "Vencido"]).font = { bold: true };
    for (const f of findings.oldest) {
      sheet.addRow([f.description, SEVERITY_LABELS[f.severity], FINDING_STATE_LABELS[f.state], f.responsibleName, new Date(`${f.dueDate}T00:00:00Z`), f.overdue ? "Sí" : "No"]);
    }
    sheet.getColumn(5).numFmt = "dd/mm/yyyy";
    sheet.getColumn(5).width = 12;
  }

  const furag = sectionOf(dashboard, "furag-readiness");
  if (furag?.hasQuestionnaire) {
    const sheet = workbook.addWorksheet("Preparación FURAG");
    header(sheet, [
      { header: "Grupo", key: "label", width: 48 },
      { header: "Preguntas", key: "total", width: 11 },
      { header: "Respondidas", key: "answered", width: 12 },
      { header: "% respondidas", key: "pAnswered", width: 14, numFmt: ONE_DECIMAL },
      { header: "% con evidencia", key: "pEvidence", width: 16, numFmt: ONE_DECIMAL },
      { header: "% revisadas", key: "pReviewed", width: 12, numFmt: ONE_DECIMAL },
    ]);
    const row = (label: string, total: number, answered: number, p: typeof furag.percents) =>
      sheet.addRow({ label, total, answered, pAnswered: p.answered, pEvidence: p.evidence, pReviewed: p.reviewed });
    row(`Total de la entidad ${furag.vigencia}`, furag.total, furag.answered, furag.percents);
    for (const m of furag.weakestModules) row(`Módulo rezagado ${m.prefix}${m.topic ? ` · ${m.topic}` : ""}`, m.total, m.answered, m.percents);
  }

  const official = sectionOf(dashboard, "official-results");
  if (official) {
    const sheet = workbook.addWorksheet("Resultados oficiales FURAG");
    const years = official.vigencias.map((v) => v.vigencia);
    header(sheet, [
      { header: "Código", key: "code", width: 9 },
      { header: "Resultado oficial", key: "name", width: 60 },
      ...years.map((y) => ({ header: String(y), key: `y${y}`, width: 9, numFmt: ONE_DECIMAL })),
      { header: "Cambio", key: "change", width: 9, numFmt: ONE_DECIMAL },
      { header: `Mediana grupo par ${official.vigencia}`, key: "median", width: 14, numFmt: ONE_DECIMAL },
    ]);
    const byYear = (values: (number | null)[]) => Object.fromEntries(years.map((y, i) => [`y${y}`, values[i]]));
    sheet.addRow({ code: "IDI", name: "Índice de Desempeño Institucional", ...byYear(official.vigencias.map((v) => v.idi)), change: official.idiChange, median: official.vigencias.find((v) => v.vigencia === official.vigencia)?.peerMedianIdi ?? null });
    sheet.addRow({ code: "", name: "Mediana del IDI del grupo par", ...byYear(official.vigencias.map((v) => v.peerMedianIdi)) });
    for (const p of official.policies) sheet.addRow({ code: p.code, name: p.name, ...byYear(p.scores), change: p.change, median: p.peerMedian });
  }
}
