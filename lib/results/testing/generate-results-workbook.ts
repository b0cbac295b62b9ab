// Writes workbooks in Función Pública's results layout for tests, the
// benchmark and the demo seed: deterministic (seeded), with blank cells
// (policies that do not apply), MECI-only rows and any mix of entities.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { POLICY_NAMES } from "@/lib/members/policy-names";
import { DIMENSION_KEYS, POLICY_CODES, type PolicyCode } from "../official-layout";

export type GeneratedResultRow = {
  sigepCode: string;
  entityName: string;
  legalNature: string;
  departmentName: string;
  municipalityName: string | null;
  peerGroup: string;
  formType: "MIPG" | "MECI";
  idi: number | null;
  dimensions: (number | null)[];
  policies: Record<PolicyCode, number | null>;
  indices: (number | null)[];
};

export type EntityIdentity = Pick<GeneratedResultRow, "sigepCode" | "entityName" | "departmentName" | "municipalityName" | "peerGroup"> & {
  legalNature?: string;
};

export const INDEX_COUNT = 68;
const PEER_GROUPS = ["Municipios grupo par 1", "Municipios grupo par 2", "Municipios grupo par 3", "Municipios grupo par 4", "Municipios grupo par 5"];
const DEPARTMENTS = ["Antioquia", "Cundinamarca", "Boyacá", "Valle del Cauca", "Santander", "Nariño", "Cauca", "Tolima", "Huila", "Meta"];

/** mulberry32: the same seed always gives the same file. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * Scores for one entity. Every 7th row leaves two policies blank (does not
 * apply), every 23rd is MECI-only (only POL19 and D7). `level` shifts the
 * entity's scores so a demo entity can be made stronger or weaker.
 */
export function generateScores(identity: EntityIdentity, position: number, random: () => number, level = 0): GeneratedResultRow {
  const meciOnly = position % 23 === 22;
  const base = 45 + random() * 40 + level;
  const score = () => oneDecimal(Math.min(100, Math.max(0, base + (random() - 0.5) * 30)));
  const policies = Object.fromEntries(POLICY_CODES.map((code) => [code, score()])) as Record<PolicyCode, number | null>;
  if (meciOnly) for (const code of POLICY_CODES) if (code !== "POL19") policies[code] = null;
  if (!meciOnly && position % 7 === 3) {
    policies.POL09 = null;
    policies.POL17 = null;
  }
  const dimensions = DIMENSION_KEYS.map((_d, i) => (meciOnly && i !== 6 ? null : score()));
  const indices = Array.from({ length: INDEX_COUNT }, (_v, i) => (meciOnly || (position % 7 === 3 && i % 11 === 0) ? null : score()));
  return {
    legalNature: identity.legalNature ?? "Alcaldía",
    ...identity,
    formType: meciOnly ? "MECI" : "MIPG",
    idi: meciOnly ? null : score(),
    dimensions,
    policies,
    indices,
  };
}

/** `count` entities that are in no platform: SIGEP codes from 500000 up. */
export function generateReferenceRows(count: number, seed: number, firstSigep = 500_000): GeneratedResultRow[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_v, i) =>
    generateScores(
      {
        sigepCode: String(firstSigep + i),
        entityName: `Alcaldía de Municipio de Referencia ${i + 1}`,
        departmentName: DEPARTMENTS[i % DEPARTMENTS.length]!,
        municipalityName: `Municipio de Referencia ${i + 1}`,
        peerGroup: PEER_GROUPS[i % PEER_GROUPS.length]!,
      },
      i,
      random,
    ),
  );
}

const IDENTITY_HEADERS = ["Código Sigep", "Entidad", "Naturaleza Jurídica", "Departamento", "Municipio", "Grupo par", "Tipo Formulario"];

export function resultsHeader(): string[] {
  return [
    ...IDENTITY_HEADERS,
    "Índice de Desempeño Institucional",
    "D1 Talento Humano",
    "D2 Direccionamiento Estratégico y Planeación",
    "D3 Gestión con Valores para Resultados",
    "D4 Evaluación de Resultados",
    "D5 Información y Comunicación",
    "D6 Gestión del Conocimiento",
    "D7 Control Interno",
    ...POLICY_CODES.map((code) => `${code} Índice de ${POLICY_NAMES[code]}`),
    ...Array.from({ length: INDEX_COUNT }, (_v, i) => `I${String(i + 1).padStart(2, "0")} Índice de gestión ${i + 1}`),
  ];
}

export function resultsRowValues(row: GeneratedResultRow): (string | number | null)[] {
  return [
    Number(row.sigepCode),
    row.entityName,
    row.legalNature,
    row.departmentName,
    row.municipalityName,
    row.peerGroup,
    row.formType,
    row.idi,
    ...row.dimensions,
    ...POLICY_CODES.map((code) => row.policies[code]),
    ...row.indices,
  ];
}

/** The workbook bytes: two title rows, the header on row 3, one row per entity (streamed, so 6,000 rows stay cheap). */
export async function writeResultsWorkbook(rows: GeneratedResultRow[], vigencia: number, extraRows: (string | number | null)[][] = []): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet("Resultados");
  sheet.addRow([`Resultados de desempeño institucional - vigencia ${vigencia}`]).commit();
  sheet.addRow(["Medición del desempeño institucional - FURAG (Función Pública)"]).commit();
  sheet.addRow(resultsHeader()).commit();
  for (const row of rows) sheet.addRow(resultsRowValues(row)).commit();
  for (const values of extraRows) sheet.addRow(values).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
