// Reads Función Pública's recommendations: one sheet per entity (the código
// SIGEP in a title row or as the sheet name) with the columns Política,
// Recomendación, Política relacionada; or one consolidated sheet that adds a
// "Código Sigep" column. Policies are recognised by code or official name.
import ExcelJS from "exceljs";
import { ValidationError } from "@/lib/errors/app-error";
import { POLICY_NAMES } from "@/lib/members/policy-names";
import { normaliseHeader, POLICY_CODES, type PolicyCode } from "./official-layout";
import { ParseProblems } from "./parse-problems";
import { cellText, readSigep } from "./read-cells";

export type ParsedRecommendation = {
  sigepCode: string;
  policyCode: PolicyCode | null;
  policyName: string;
  text: string;
  relatedPolicyName: string | null;
};

const NAME_TO_CODE = new Map(POLICY_CODES.map((code) => [normaliseHeader(POLICY_NAMES[code]), code]));

export function policyCodeOf(name: string): PolicyCode | null {
  const text = normaliseHeader(name);
  const byCode = /^pol ?(\d{2})\b/.exec(text);
  if (byCode) return (POLICY_CODES as readonly string[]).includes(`POL${byCode[1]}`) ? (`POL${byCode[1]}` as PolicyCode) : null;
  if (NAME_TO_CODE.has(text)) return NAME_TO_CODE.get(text)!;
  for (const [official, code] of NAME_TO_CODE) if (text.includes(official)) return code;
  return null;
}

type Columns = { policy: number; text: number; related?: number; sigep?: number };

function findColumns(values: unknown[]): Columns | null {
  const columns: Partial<Columns> = {};
  values.forEach((value, column) => {
    const header = normaliseHeader(cellText(value));
    if (header === "politica") columns.policy = column;
    else if (header === "recomendacion" || header === "recomendaciones") columns.text = column;
    else if (header === "politica relacionada") columns.related = column;
    else if (header === "codigo sigep") columns.sigep = column;
  });
  return columns.policy !== undefined && columns.text !== undefined ? (columns as Columns) : null;
}

export async function parseRecommendationsWorkbook(bytes: Uint8Array): Promise<ParsedRecommendation[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new ValidationError("El archivo no es un libro de Excel (.xlsx) que se pueda leer.");
  }
  const problems = new ParseProblems();
  const recommendations: ParsedRecommendation[] = [];
  for (const sheet of workbook.worksheets) {
    let columns: Columns | null = null;
    let sheetSigep: string | null = /^\d{1,20}$/.test(sheet.name.trim()) ? sheet.name.trim() : null;
    sheet.eachRow((row, rowNumber) => {
      const values = row.values as unknown[];
      if (!columns) {
        const title = values.map(cellText).join(" ");
        const match = /sigep\D{0,5}(\d{1,20})/i.exec(title);
        if (match) sheetSigep = match[1]!;
        columns = findColumns(values);
        return;
      }
      const policyName = cellText(values[columns.policy]);
      const text = cellText(values[columns.text]);
      if (!policyName && !text) return;
      const where = `${sheet.name}: `;
      const sigep = columns.sigep !== undefined ? readSigep(values[columns.sigep]) : sheetSigep;
      if (!sigep) problems.at(rowNumber, columns.sigep ?? null, `${where}falta el código SIGEP de la entidad`);
      if (!text) problems.at(rowNumber, columns.text, `${where}falta el texto de la recomendación`);
      if (!policyName) problems.at(rowNumber, columns.policy, `${where}falta la política`);
      if (sigep && text && policyName) {
        const related = columns.related !== undefined ? cellText(values[columns.related]) : "";
        recommendations.push({ sigepCode: sigep, policyCode: policyCodeOf(policyName), policyName, text, relatedPolicyName: related || null });
      }
    });
  }
  problems.throwIfAny();
  if (recommendations.length === 0) {
    throw new ValidationError("No se encontraron recomendaciones: cada hoja necesita las columnas «Política» y «Recomendación».");
  }
  return recommendations;
}
