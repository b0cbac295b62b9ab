// The dashboard as a workbook: one sheet per section, numbers stored as
// numbers (two-decimal format), so people can chart and filter them in Excel.
import ExcelJS from "exceljs";
import { formatDate } from "@/lib/format/dates";
import { levelLabel, stateLabel } from "../labels";
import { sectionOf } from "../load-dashboard";
import type { Dashboard } from "../types";
import { header, PERCENT_FORMAT, SCORE_FORMAT } from "./excel-sheet";
import { addActionPlansSheet } from "./action-plans-report";
import { addFollowUpSheets } from "./follow-up-excel";


export async function renderDashboardWorkbook(dashboard: Dashboard): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Faro MIPG";
  workbook.created = new Date(dashboard.generatedAt);
  workbook.title = `Tablero MIPG ${dashboard.vigencia} · ${dashboard.entityName}`;

  // Which entity, which vigencia, when: a file read on its own must say so.
  const about = workbook.addWorksheet("Tablero");
  about.columns = [{ width: 24 }, { width: 90 }];
  about.addRows([
    ["Entidad", dashboard.entityName],
    ["Vigencia", dashboard.vigencia],
    ["Generado el", formatDate(new Date(dashboard.generatedAt))],
    ["Nota", "Puntajes del autodiagnóstico de la entidad. Los estimados por dimensión y de la entidad son internos (promedio de las políticas), no el índice oficial de Función Pública."],
    ["Resultados oficiales", "La hoja «Resultados oficiales FURAG» trae lo publicado por Función Pública; no se mezcla con los puntajes del autodiagnóstico."],
  ]);
  about.getColumn(1).font = { bold: true };

  const scores = sectionOf(dashboard, "policy-scores");
  if (scores) {
    const sheet = workbook.addWorksheet("Puntajes por política");
    header(sheet, [
      { header: "Dimensión", key: "dimension", width: 40 },
      { header: "Código", key: "code", width: 9 },
      { header: "Política", key: "policy", width: 60 },
      { header: "Puntaje", key: "score", width: 10, numFmt: SCORE_FORMAT },
      { header: "Nivel", key: "level", width: 8 },
      { header: "Nombre del nivel", key: "levelName", width: 22 },
      { header: "Estado", key: "state", width: 14 },
    ]);
    for (const d of scores.dimensions) {
      for (const p of d.policies) {
        sheet.addRow({ dimension: `D${d.number} ${d.name}`, code: p.code, policy: p.name, score: p.score, level: p.level, levelName: levelLabel(p.score), state: stateLabel(p.state) });
      }
    }
    const dims = workbook.addWorksheet("Dimensiones (estimado)");
    header(dims, [
      { header: "Número", key: "number", width: 8 },
      { header: "Dimensión", key: "name", width: 50 },
      { header: "Puntaje estimado", key: "score", width: 16, numFmt: SCORE_FORMAT },
      { header: "Nivel", key: "level", width: 8 },
    ]);
    for (const d of scores.dimensions) dims.addRow({ number: d.number, name: d.name, score: d.score, level: d.level });
    dims.addRow({ name: "Entidad (estimado interno, no el índice oficial)", score: scores.entityScore, level: scores.entityLevel });
  }

  const progress = sectionOf(dashboard, "self-assessment-progress");
  if (progress) {
    const sheet = workbook.addWorksheet("Avance autodiagnósticos");
    header(sheet, [
      { header: "Código", key: "code", width: 9 },
      { header: "Política", key: "policy", width: 60 },
      { header: "Estado", key: "state", width: 14 },
      { header: "Actividades respondidas", key: "answered", width: 14 },
      { header: "Actividades", key: "total", width: 12 },
      { header: "Avance", key: "ratio", width: 10, numFmt: PERCENT_FORMAT },
    ]);
    for (const p of progress.policies) {
      sheet.addRow({ code: p.code, policy: p.name, state: stateLabel(p.state), answered: p.answered, total: p.total, ratio: p.ratio });
    }
  }
  const plans = sectionOf(dashboard, "action-plans");
  if (plans) addActionPlansSheet(workbook, plans);
  addFollowUpSheets(workbook, dashboard);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
