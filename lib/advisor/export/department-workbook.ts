// The departmental table as an Excel workbook (exceljs): one sheet with the
// official scores as numbers (so the advisor can keep working with them),
// coloured by level, and one sheet with the grouping by lowest-scoring policy
// (seed 004, Tabla 4).
import ExcelJS from "exceljs";
import { scoreLevel } from "@/lib/scoring";
import type { DepartmentRow, PolicyName } from "../department-table-types";
import { groupByLowestPolicy } from "../lowest-policy";

function argb(hex: string) {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

function colourScore(cell: ExcelJS.Cell, score: number | null) {
  const level = score === null || score < 0 || score > 100 ? null : scoreLevel(score);
  if (!level) return;
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(level.color) } };
  cell.font = { color: { argb: argb(level.textColor) } };
}

export async function departmentWorkbook(input: {
  departmentName: string;
  vigencia: number;
  rows: DepartmentRow[];
  policies: PolicyName[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Faro MIPG";
  const sheet = workbook.addWorksheet("Puntajes oficiales", { views: [{ state: "frozen", xSplit: 2, ySplit: 3 }] });
  sheet.getCell("A1").value = `Resultados oficiales FURAG ${input.vigencia} · ${input.departmentName}`;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = "Fuente: Función Pública (índices oficiales). Vacío = la política no aplica a la entidad.";
  const header = ["Código SIGEP", "Entidad", "En Faro", "IDI", ...input.policies.map((p) => `${p.code} ${p.name}`), "Política más baja", "Puntaje más bajo"];
  const headerRow = sheet.getRow(3);
  headerRow.values = header;
  headerRow.font = { bold: true };
  headerRow.alignment = { wrapText: true, vertical: "top" };
  headerRow.height = 90;
  for (const row of input.rows) {
    const values = [
      row.sigepCode,
      row.entityName,
      row.entityId ? "Sí" : "No",
      row.idi,
      ...input.policies.map((p) => row.scores[p.code] ?? null),
      row.meciOnly ? "Solo MECI" : (row.lowest?.policyCodes.join(", ") ?? ""),
      row.meciOnly ? null : (row.lowest?.score ?? null),
    ];
    const added = sheet.addRow(values);
    input.policies.forEach((p, i) => colourScore(added.getCell(5 + i), row.scores[p.code] ?? null));
  }
  sheet.getColumn(1).width = 14;
  sheet.getColumn(2).width = 38;
  for (let c = 4; c <= header.length; c++) {
    sheet.getColumn(c).width = 12;
    sheet.getColumn(c).numFmt = "0.00";
  }

  const groups = workbook.addWorksheet("Agrupación por política");
  groups.addRow(["Política más baja", "Entidad", "Código SIGEP", "Puntaje", "Empate"]).font = { bold: true };
  const names = new Map(input.policies.map((p) => [p.code, p.name]));
  for (const group of groupByLowestPolicy(input.rows)) {
    for (const e of group.entities) {
      groups.addRow([`${group.policyCode} ${names.get(group.policyCode) ?? ""}`, e.entityName, e.sigepCode, e.score, e.tied ? "Sí" : ""]);
    }
  }
  groups.getColumn(1).width = 50;
  groups.getColumn(2).width = 38;
  groups.getColumn(4).numFmt = "0.00";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
