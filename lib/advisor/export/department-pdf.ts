// The departmental table as a PDF (pdfkit, rendered on the server): landscape
// pages with the 19 policy scores of every entity, decimal comma, level
// number next to each score so the printout does not depend on colour, and a
// legend of levels and policy names. Built-in Helvetica covers Spanish accents.
import PDFDocument from "pdfkit";
import { formatScore, SCORE_LEVELS, scoreLevel } from "@/lib/scoring";
import type { DepartmentRow, PolicyName } from "../department-table-types";

const MARGIN = 28;
const NAME_WIDTH = 150;
const ROW_HEIGHT = 14;

function levelOf(score: number | null) {
  return score === null || score < 0 || score > 100 ? null : scoreLevel(score);
}

export async function departmentPdf(input: { departmentName: string; vigencia: number; rows: DepartmentRow[]; policies: PolicyName[]; generatedOn: string }): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", layout: "landscape", margin: MARGIN, info: { Title: `Resultados oficiales ${input.vigencia} · ${input.departmentName}` } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  const columns = ["IDI", ...input.policies.map((p) => p.code)];
  const usable = doc.page.width - 2 * MARGIN - NAME_WIDTH;
  const colWidth = usable / columns.length;

  const title = () => {
    doc.font("Helvetica-Bold").fontSize(13).fillColor("#000").text(`Resultados oficiales FURAG ${input.vigencia} · ${input.departmentName}`, MARGIN, MARGIN);
    doc.font("Helvetica").fontSize(8).text(`Fuente: Función Pública. Generado por Faro MIPG el ${input.generatedOn}. "—" = la política no aplica. Entre paréntesis, el nivel (1 a 5).`);
    doc.moveDown(0.5);
  };
  const headerRow = () => {
    const y = doc.y;
    doc.font("Helvetica-Bold").fontSize(7).fillColor("#000").text("Entidad", MARGIN, y, { width: NAME_WIDTH });
    columns.forEach((c, i) => doc.text(c, MARGIN + NAME_WIDTH + i * colWidth, y, { width: colWidth, align: "center" }));
    doc.y = y + ROW_HEIGHT;
  };

  title();
  headerRow();
  for (const row of input.rows) {
    if (doc.y + ROW_HEIGHT > doc.page.height - MARGIN) {
      doc.addPage();
      title();
      headerRow();
    }
    const y = doc.y;
    doc.font("Helvetica").fontSize(6.5).fillColor("#000").text(row.entityName, MARGIN, y + 3, { width: NAME_WIDTH - 4, height: ROW_HEIGHT, ellipsis: true, lineBreak: false });
    [row.idi, ...input.policies.map((p) => row.scores[p.code] ?? null)].forEach((score, i) => {
      const x = MARGIN + NAME_WIDTH + i * colWidth;
      const level = levelOf(score);
      if (level) doc.rect(x + 0.5, y + 0.5, colWidth - 1, ROW_HEIGHT - 1).fill(level.color);
      doc.fillColor(level ? level.textColor : "#000").font("Helvetica").fontSize(6)
        .text(score === null ? "—" : `${formatScore(score, 1)} (${level?.level ?? "?"})`, x, y + 4, { width: colWidth, align: "center", lineBreak: false });
    });
    doc.y = y + ROW_HEIGHT;
  }

  doc.addPage();
  doc.font("Helvetica-Bold").fontSize(11).fillColor("#000").text("Niveles", MARGIN, MARGIN);
  doc.font("Helvetica").fontSize(8);
  for (const level of SCORE_LEVELS) doc.text(`${level.label}: ${level.min} a ${level.max}`);
  doc.moveDown().font("Helvetica-Bold").fontSize(11).text("Políticas");
  doc.font("Helvetica").fontSize(8);
  for (const p of input.policies) doc.text(`${p.code}: ${p.name}`);
  doc.end();
  return done;
}
