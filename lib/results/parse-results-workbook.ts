// Reads Función Pública's results workbook with exceljs' streaming reader, so
// a national file of 6,000 entities is read row by row instead of building the
// whole workbook in memory. Blank scores mean "does not apply" (null).
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { ValidationError } from "@/lib/errors/app-error";
import {
  columnMeaning,
  DIMENSION_KEYS,
  isMeciOnly,
  POLICY_CODES,
  vigenciaInTitle,
  type ColumnMeaning,
  type DimensionKey,
  type IdentityField,
  type PolicyCode,
} from "./official-layout";
import { ParseProblems } from "./parse-problems";
import { cellText, readScore, readSigep } from "./read-cells";

export type ParsedResultRow = {
  rowNumber: number;
  sigepCode: string;
  entityName: string;
  legalNature: string | null;
  orden: string | null;
  sector: string | null;
  departmentName: string | null;
  municipalityName: string | null;
  municipalityCode: string | null;
  peerGroup: string | null;
  formType: string | null;
  meciOnly: boolean;
  idi: number | null;
  dimensions: Record<DimensionKey, number | null>;
  policies: Record<PolicyCode, number | null>;
  /** Only the indices that apply. */
  indices: Record<string, number>;
};

export type ParsedResults = {
  rows: ParsedResultRow[];
  /** "POL01" → "POL01 Índice …", "I01" → "I01 …": the headers as published. */
  columnLabels: Record<string, string>;
  /** The vigencia the title rows name, when they name one. */
  titleVigencia: number | null;
};

/** The header row is row 3 in the official files; a few rows of slack for edited copies. */
const HEADER_SEARCH_ROWS = 10;
const REQUIRED_HEADERS = ["Código Sigep", "Entidad", "Índice de Desempeño Institucional", ...DIMENSION_KEYS.map((d) => d.toUpperCase()), ...POLICY_CODES];

type Columns = Map<number, ColumnMeaning & { header: string }>;

function readHeader(values: unknown[]): Columns | null {
  const columns: Columns = new Map();
  values.forEach((value, column) => {
    const header = cellText(value);
    const meaning = header ? columnMeaning(header) : null;
    if (meaning) columns.set(column, { ...meaning, header });
  });
  return [...columns.values()].some((c) => c.kind === "identity" && c.field === "sigepCode") ? columns : null;
}

function missingHeaders(columns: Columns): string[] {
  const found = new Set(
    [...columns.values()].map((c) =>
      c.kind === "identity" ? c.field : c.kind === "dimension" ? c.key : c.kind === "policy" ? c.code : c.code,
    ),
  );
  const keyOf = (label: string) =>
    ({ "Código Sigep": "sigepCode", Entidad: "entityName", "Índice de Desempeño Institucional": "idi" })[label] ??
    (/^D\d$/.test(label) ? label.toLowerCase() : label);
  return REQUIRED_HEADERS.filter((label) => !found.has(keyOf(label)));
}

function emptyRow(rowNumber: number): ParsedResultRow {
  return {
    rowNumber,
    sigepCode: "",
    entityName: "",
    legalNature: null,
    orden: null,
    sector: null,
    departmentName: null,
    municipalityName: null,
    municipalityCode: null,
    peerGroup: null,
    formType: null,
    meciOnly: false,
    idi: null,
    dimensions: Object.fromEntries(DIMENSION_KEYS.map((d) => [d, null])) as Record<DimensionKey, number | null>,
    policies: Object.fromEntries(POLICY_CODES.map((p) => [p, null])) as Record<PolicyCode, number | null>,
    indices: {},
  };
}

function readRow(values: unknown[], rowNumber: number, columns: Columns, problems: ParseProblems): ParsedResultRow {
  const row = emptyRow(rowNumber);
  for (const [column, meaning] of columns) {
    const value = values[column];
    if (meaning.kind === "identity" && meaning.field === "sigepCode") {
      const sigep = readSigep(value);
      if (sigep) row.sigepCode = sigep;
      else problems.at(rowNumber, column, cellText(value) ? `código SIGEP «${cellText(value)}» no válido` : "falta el código SIGEP");
      continue;
    }
    if (meaning.kind === "identity" && meaning.field !== "idi") {
      const text = cellText(value);
      (row as Record<IdentityField, string | null>)[meaning.field] = text === "" ? null : text;
      continue;
    }
    const reading = readScore(value);
    if (!reading.ok) {
      problems.at(rowNumber, column, `${meaning.header}: ${reading.problem}`);
      continue;
    }
    if (meaning.kind === "identity") row.idi = reading.score;
    else if (meaning.kind === "dimension") row.dimensions[meaning.key] = reading.score;
    else if (meaning.kind === "policy") row.policies[meaning.code] = reading.score;
    else if (reading.score !== null) row.indices[meaning.code] = reading.score;
  }
  row.meciOnly = isMeciOnly(row.formType, row.idi, row.policies);
  return row;
}

function isBlankRow(values: unknown[]): boolean {
  return values.every((value) => cellText(value) === "");
}

export async function parseResultsWorkbook(bytes: Uint8Array): Promise<ParsedResults> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  const problems = new ParseProblems();
  const rows: ParsedResultRow[] = [];
  const rowBySigep = new Map<string, number>();
  let columns: Columns | null = null;
  let titleVigencia: number | null = null;
  let sigepColumn = 0;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        if (!columns) {
          if (row.number > HEADER_SEARCH_ROWS) break;
          titleVigencia ??= vigenciaInTitle(values.map(cellText).join(" "));
          columns = readHeader(values);
          if (columns) {
            const missing = missingHeaders(columns);
            if (missing.length > 0) {
              throw new ValidationError(`Faltan columnas del formato oficial en la fila ${row.number}: ${missing.join(", ")}.`, {
                [`Fila ${row.number}`]: missing.map((m) => `falta la columna «${m}»`),
              });
            }
            sigepColumn = [...columns].find(([, c]) => c.kind === "identity" && c.field === "sigepCode")![0];
          }
          continue;
        }
        if (isBlankRow(values) || problems.full) continue;
        const parsed = readRow(values, row.number, columns, problems);
        if (!parsed.sigepCode) continue;
        if (!parsed.entityName) problems.at(row.number, null, "falta el nombre de la entidad");
        const first = rowBySigep.get(parsed.sigepCode);
        if (first !== undefined) problems.at(row.number, sigepColumn, `el código SIGEP ${parsed.sigepCode} ya está en la fila ${first}`);
        else rowBySigep.set(parsed.sigepCode, row.number);
        rows.push(parsed);
      }
      if (columns) break;
    }
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError("El archivo no es un libro de Excel (.xlsx) que se pueda leer.", { archivo: [(error as Error).message.slice(0, 200)] });
  }
  if (!columns) {
    throw new ValidationError("No se encontró la fila de encabezados (con «Código Sigep») en las primeras filas de la primera hoja.", {
      archivo: ["Use el libro de resultados de Función Pública: dos filas de título y los encabezados en la fila 3."],
    });
  }
  problems.throwIfAny();
  if (rows.length === 0) throw new ValidationError("El archivo no tiene filas de entidades debajo de los encabezados.");
  const columnLabels: Record<string, string> = {};
  for (const c of columns.values()) {
    if (c.kind === "policy" || c.kind === "index") columnLabels[c.code] = c.header;
    else if (c.kind === "dimension") columnLabels[c.key.toUpperCase()] = c.header;
  }
  return { rows, columnLabels, titleVigencia };
}
