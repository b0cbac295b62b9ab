// The action plans section in the dashboard's PDF (heading, summary, bars with
// their counts written out, a table per plan, the overdue items) and workbook
// (one sheet: counts and progress as numbers, due dates as dates).
import type ExcelJS from "exceljs";
import { ITEM_STATUS_LABELS } from "@/lib/action-plans/labels";
import { roundedProgress } from "@/lib/action-plans/summarize-progress";
import { dateOnly, formatDay } from "@/lib/evidence/expiry";
import { drawBarChart, drawHeading, drawParagraph, drawTable, type PdfDoc } from "@/lib/reports/pdf";
import { percentText, summarizeActionPlansText } from "../follow-up-summaries";
import type { ActionPlansSection } from "../types";
import { header, ONE_DECIMAL } from "./excel-sheet";

const STATUS_ORDER = ["CUMPLIDA", "EN_CURSO", "PENDIENTE", "VENCIDA", "CANCELADA"] as const;

export function drawActionPlans(doc: PdfDoc, section: ActionPlansSection): void {
  doc.addPage();
  drawHeading(doc, `Planes de acción ${section.vigencia}`);
  drawParagraph(doc, summarizeActionPlansText(section));
  drawBarChart(
    doc,
    STATUS_ORDER.map((s) => ({ label: ITEM_STATUS_LABELS[s], value: section.statusCounts[s], valueText: String(section.statusCounts[s]), color: s === "VENCIDA" ? "#b91c1c" : undefined })),
    { max: Math.max(section.totals.total, 1) },
  );
  drawTable(
    doc,
    [
      { header: "Plan", weight: 5 },
      { header: "Estado", weight: 2 },
      { header: "Acciones", weight: 1.3, align: "right" },
      { header: "Cumplidas", weight: 1.4, align: "right" },
      { header: "Vencidas", weight: 1.3, align: "right" },
      { header: "Avance", weight: 1.4, align: "right" },
    ],
    section.plans.map((p) => [p.name, p.stateLabel, String(p.progress.total), String(p.progress.done), String(p.progress.overdue), percentText(roundedProgress(p.progress.progress))]),
  );
  if (section.overdueItems.length === 0) return;
  drawTable(
    doc,
    [
      { header: "Acción vencida (más atrasadas primero)", weight: 5 },
      { header: "Plan", weight: 2.5 },
      { header: "Responsable", weight: 2 },
      { header: "Venció", weight: 1.5 },
    ],
    section.overdueItems.map((i) => [i.action, i.planName, i.responsibleName ?? "sin asignar", formatDay(dateOnly(i.dueDate))]),
  );
}

export function addActionPlansSheet(workbook: ExcelJS.Workbook, section: ActionPlansSection): void {
  const sheet = workbook.addWorksheet("Planes de acción");
  header(sheet, [
    { header: "Plan", key: "name", width: 48 },
    { header: "Estado", key: "state", width: 16 },
    { header: "Acciones", key: "total", width: 10 },
    { header: "Cumplidas", key: "done", width: 11 },
    { header: "Vencidas", key: "overdue", width: 10 },
    { header: "Canceladas", key: "cancelled", width: 11 },
    { header: "% avance", key: "progress", width: 10, numFmt: ONE_DECIMAL },
  ]);
  for (const p of section.plans) {
    sheet.addRow({ name: p.name, state: p.stateLabel, total: p.progress.total, done: p.progress.done, overdue: p.progress.overdue, cancelled: p.progress.cancelled, progress: roundedProgress(p.progress.progress) });
  }
  sheet.addRow({ name: `Total de la vigencia ${section.vigencia}`, total: section.totals.total, done: section.totals.done, overdue: section.totals.overdue, cancelled: section.totals.cancelled, progress: roundedProgress(section.totals.progress) }).font = { bold: true };
  if (section.overdueItems.length === 0) return;
  sheet.addRow([]);
  sheet.addRow(["Acciones vencidas", "Plan", "Responsable", "Venció"]).font = { bold: true };
  for (const i of section.overdueItems) {
    // Only this cell is a date: column 4 holds counts in the table above.
    sheet.addRow([i.action, i.planName, i.responsibleName ?? "sin asignar", new Date(`${i.dueDate}T00:00:00Z`)]).getCell(4).numFmt = "dd/mm/yyyy";
  }
}
