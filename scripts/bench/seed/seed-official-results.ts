// Official FURAG results for every bench entity, five vigencias (2021–2025),
// loaded through the real import path: a workbook in Función Pública's
// layout is written for each vigencia and handed to importResultsWorkbook,
// exactly what the operator's upload does (parse, validate, link by código
// SIGEP, bulk insert). So the dataset also proves the import at national size.
import { performance } from "node:perf_hooks";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { createPrismaClient } from "@/lib/db/prisma";
import { importResultsWorkbook } from "@/lib/results/import-results";
import { generateScores, resultsHeader, resultsRowValues, seededRandom, type GeneratedResultRow } from "@/lib/results/testing/generate-results-workbook";
import type { BenchEntity } from "./national-entities";

export const RESULT_VIGENCIAS = [2021, 2022, 2023, 2024, 2025];

const LEGAL_NATURE: Record<string, string> = {
  ALCALDIA: "Alcaldía",
  CONCEJO: "Concejo municipal",
  PERSONERIA: "Personería",
  GOBERNACION: "Gobernación",
  ASAMBLEA: "Asamblea departamental",
  CONTRALORIA: "Contraloría territorial",
  EMPRESA_SOCIAL_DEL_ESTADO: "Empresa Social del Estado",
  ESTABLECIMIENTO_PUBLICO: "Establecimiento público",
  EMPRESA_INDUSTRIAL_Y_COMERCIAL: "Empresa industrial y comercial del Estado",
  OTRA: "Otra",
};

export type ResultIdentity = Pick<BenchEntity, "sigepCode" | "name" | "type" | "departmentName" | "municipalityName" | "municipalCategory">;

/** One row per entity (in roster order) for one vigencia: deterministic, slowly improving year on year. */
export function benchResultRows(entities: ResultIdentity[], vigencia: number, seed: number): GeneratedResultRow[] {
  const random = seededRandom(seed + vigencia);
  return entities.map((e, position) =>
    generateScores(
      {
        sigepCode: e.sigepCode,
        entityName: e.name,
        legalNature: LEGAL_NATURE[e.type] ?? "Otra",
        departmentName: e.departmentName,
        municipalityName: e.municipalityName,
        peerGroup: e.municipalCategory ? `Municipios categoría ${e.municipalCategory.toLowerCase()}` : `Entidades ${LEGAL_NATURE[e.type] ?? "otras"}`,
      },
      position,
      random,
      (vigencia - 2023) * 2,
    ),
  );
}

/**
 * The official layout with the code written as text: bench codes are
 * synthetic ("B000123", never a real SIGEP number), and the shared generator
 * writes codes as numbers, like Función Pública's file.
 */
export async function writeBenchResultsWorkbook(rows: GeneratedResultRow[], vigencia: number): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet("Resultados");
  sheet.addRow([`Resultados de desempeño institucional - vigencia ${vigencia}`]).commit();
  sheet.addRow(["Medición del desempeño institucional - FURAG (Función Pública)"]).commit();
  sheet.addRow(resultsHeader()).commit();
  for (const row of rows) sheet.addRow([row.sigepCode, ...resultsRowValues(row).slice(1)]).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

export type ResultsSeedCount = { vigencias: number; rows: number; matched: number; importSeconds: number[] };

/** Runs after the main load has committed: the import opens its own transaction as faro_app (system context). */
export async function seedOfficialResults(databaseUrl: string, entities: BenchEntity[], seed: number): Promise<ResultsSeedCount> {
  const client = createPrismaClient(databaseUrl);
  const count: ResultsSeedCount = { vigencias: 0, rows: 0, matched: 0, importSeconds: [] };
  try {
    for (const vigencia of RESULT_VIGENCIAS) {
      const bytes = await writeBenchResultsWorkbook(benchResultRows(entities, vigencia, seed), vigencia);
      const started = performance.now();
      const summary = await importResultsWorkbook(null, { vigencia, scope: "territorio", fileName: `Resultados_vig${vigencia}_territorio.xlsx`, bytes }, client);
      count.importSeconds.push((performance.now() - started) / 1000);
      count.vigencias += 1;
      count.rows += summary.rowCount;
      count.matched += summary.matchedCount;
    }
  } finally {
    await client.$disconnect();
  }
  return count;
}
