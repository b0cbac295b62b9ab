// The prepared answers of one module as an Excel workbook: one row per
// option / value, marked with X where selected, to transcribe into the form.
import ExcelJS from "exceljs";
import { formatDateTime } from "@/lib/format/dates";
import type { FuragItem } from "../workspace/load-furag-items";
import { answerLines, STATE_LABELS, typeLabel } from "./answer-lines";
import type { ModuleExportHeader } from "./export-header";

export async function moduleWorkbook(header: ModuleExportHeader, items: readonly FuragItem[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "Faro MIPG";
  const sheet = book.addWorksheet(`FURAG ${header.modulePrefix}`);
  sheet.addRow([`FURAG ${header.vigencia} — módulo ${header.modulePrefix}: ${header.topic}`]).font = { bold: true, size: 13 };
  sheet.addRow([`${header.entityName}. Respuestas preparadas (simulacro), exportadas el ${formatDateTime(header.exportedAt)}.`]);
  sheet.addRow([]);
  const titles = sheet.addRow(["Código", "Pregunta", "Tipo", "Opción o dato", "Respuesta", "Soporte", "Evidencias vinculadas", "Estado", "Responsable"]);
  titles.font = { bold: true };
  titles.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  for (const item of items) {
    const state = STATE_LABELS[item.answer?.state ?? "SIN_RESPONDER"];
    for (const [index, line] of answerLines(item).entries()) {
      const first = index === 0;
      sheet.addRow([
        first ? item.question.code : "",
        first ? item.question.text : "",
        first ? typeLabel(item) : "",
        line.label,
        line.answer,
        line.support,
        line.evidence,
        first ? state : "",
        first ? (item.answer?.responsible?.name ?? "") : "",
      ]);
    }
  }
  const widths = [10, 60, 18, 60, 14, 40, 40, 18, 24];
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
    sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: "top" };
  });
  sheet.views = [{ state: "frozen", ySplit: 4 }];
  return new Uint8Array(await book.xlsx.writeBuffer());
}
