// A recommendations workbook in the official shape: one sheet per entity,
// the código SIGEP in the title row, then Política, Recomendación, Política relacionada.
import ExcelJS from "exceljs";

export type RecommendationSheet = { sigepCode: string; entityName: string; rows: [policy: string, text: string, related: string | null][] };

export async function writeRecommendationsWorkbook(sheets: RecommendationSheet[], vigencia: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const entity of sheets) {
    const sheet = workbook.addWorksheet(entity.sigepCode);
    sheet.addRow([`Recomendaciones vigencia ${vigencia} - ${entity.entityName} - Código SIGEP: ${entity.sigepCode}`]);
    sheet.addRow(["Política", "Recomendación", "Política relacionada"]);
    for (const row of entity.rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
