// The plan as an Excel workbook: a short heading, then one row per item with
// every field, so planning offices can filter and report in their own tools.
import ExcelJS from "exceljs";
import { formatDate } from "@/lib/format/dates";
import { ITEM_STATUS_LABELS, PLAN_STATE_LABELS, PRIORITY_LABELS } from "../labels";
import type { PlanExport } from "./load-plan-export";

const SOURCE_LABELS = { ACTIVITY: "Autodiagnóstico", FURAG_OPTION: "FURAG", FINDING: "Hallazgo de control interno", COMMITMENT: "Compromiso del comité" } as const;

const COLUMNS: { header: string; width: number }[] = [
  { header: "N.°", width: 5 },
  { header: "Brecha", width: 50 },
  { header: "Fuente", width: 16 },
  { header: "Política", width: 9 },
  { header: "Puntaje antes", width: 10 },
  { header: "Puntaje ahora", width: 10 },
  { header: "Acción", width: 50 },
  { header: "Entregable", width: 30 },
  { header: "Indicador", width: 25 },
  { header: "Meta", width: 25 },
  { header: "Responsable", width: 28 },
  { header: "Inicio", width: 12 },
  { header: "Fecha límite", width: 12 },
  { header: "Prioridad", width: 10 },
  { header: "Estado", width: 12 },
  { header: "Avance (%)", width: 10 },
  { header: "Motivo de cancelación", width: 30 },
  { header: "Nota de cumplimiento", width: 40 },
  { header: "Notas de seguimiento", width: 60 },
  { header: "Estado de la brecha (FURAG / hallazgo)", width: 30 },
  { header: "Evidencias de cumplimiento", width: 50 },
];

/** "Acta 12; Informe (rechazada)": the titles of the item's evidence. */
export function evidenceText(evidence: readonly { title: string; rejected: boolean }[]): string {
  return evidence.map((e) => (e.rejected ? `${e.title} (rechazada)` : e.title)).join("; ");
}

export async function planWorkbook(data: PlanExport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Faro MIPG";
  const sheet = workbook.addWorksheet("Plan de acción");
  sheet.addRow([data.entityName]).font = { bold: true, size: 14 };
  sheet.addRow([data.plan.name]).font = { bold: true };
  sheet.addRow([
    `Vigencia ${data.plan.vigencia}${data.plan.policyCode ? ` · ${data.plan.policyCode} ${data.plan.policyName ?? ""}` : ""} · Estado: ${PLAN_STATE_LABELS[data.plan.state]}` +
      (data.plan.approvedAt ? ` · Aprobado por ${data.plan.approvedByName} el ${formatDate(data.plan.approvedAt)}` : ""),
  ]);
  sheet.addRow([]);
  const header = sheet.addRow(COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "top" };
  COLUMNS.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  sheet.views = [{ state: "frozen", ySplit: header.number }];

  data.items.forEach((item, index) => {
    const notes = (data.notesByItem.get(item.id) ?? []).map((n) => `${formatDate(n.createdAt)} ${n.authorName}: ${n.body}`).join("\n");
    const row = sheet.addRow([
      index + 1,
      item.gapLabel,
      SOURCE_LABELS[item.sourceKind],
      item.policyCode ?? "",
      item.scoreBefore,
      item.scoreNow,
      item.action,
      item.deliverable,
      item.indicator,
      item.goal,
      item.responsibleName ?? "",
      item.startDate,
      item.dueDate,
      PRIORITY_LABELS[item.priority],
      ITEM_STATUS_LABELS[item.effectiveStatus],
      item.progress,
      item.cancelReason ?? "",
      item.completionNote ?? "",
      notes,
      item.gapState?.text ?? "",
      evidenceText(item.evidence),
    ]);
    row.alignment = { wrapText: true, vertical: "top" };
    for (const col of [12, 13]) row.getCell(col).numFmt = "dd/mm/yyyy";
    for (const col of [5, 6]) row.getCell(col).numFmt = "0.00";
  });
  sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number, column: COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
