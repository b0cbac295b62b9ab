import type { Workbook, Worksheet } from "exceljs";
import { normalizeLabel } from "@/lib/autodiagnostico/import/normalize-label";
import { readCellText } from "@/lib/autodiagnostico/import/read-cell";
import { problemAt, type FuragImportProblem } from "./furag-import-error";

export interface QuestionColumn {
  readonly index: number;
  readonly letter: string;
  /** Header text as written, for messages. */
  readonly name: string;
}

export interface QuestionColumns {
  readonly sheet: Worksheet;
  readonly headerRow: number;
  readonly year: number | null;
  readonly id: QuestionColumn;
  readonly code: QuestionColumn;
  readonly text: QuestionColumn;
  readonly type: QuestionColumn;
  /** "Opción 1".."Opción N", sorted by their number. */
  readonly options: readonly QuestionColumn[];
}

const REQUIRED = {
  id: { name: "ID", match: (l: string) => l === "id" },
  code: { name: "Código", match: (l: string) => l === "codigo" },
  // The header carries the year ("Pregunta 2025"), so match its start.
  text: { name: "Pregunta", match: (l: string) => /^pregunta\b/.test(l) },
  type: { name: "Tipo de pregunta", match: (l: string) => l === "tipo de pregunta" || l === "tipo" },
} as const;

type RequiredKey = keyof typeof REQUIRED;
const HEADER_SEARCH_ROWS = 10;

/** Finds the header row (in any sheet, first rows) with the most of ID, Código, Pregunta…, Tipo de pregunta. */
export function locateQuestionColumns(workbook: Workbook): { columns: QuestionColumns } | { problems: FuragImportProblem[] } {
  let best: { sheet: Worksheet; row: number; found: Partial<Record<RequiredKey, QuestionColumn>>; options: QuestionColumn[] } | null = null;
  for (const sheet of workbook.worksheets) {
    for (let row = 1; row <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); row++) {
      const found: Partial<Record<RequiredKey, QuestionColumn>> = {};
      const options: { number: number; column: QuestionColumn }[] = [];
      sheet.getRow(row).eachCell((cell, index) => {
        const name = readCellText(cell);
        if (name === null) return;
        const label = normalizeLabel(name);
        const column = { index, letter: sheet.getColumn(index).letter, name };
        for (const key of Object.keys(REQUIRED) as RequiredKey[]) {
          if (!found[key] && REQUIRED[key].match(label)) found[key] = column;
        }
        const option = /^opcion\s*(\d+)$/.exec(label);
        if (option) options.push({ number: Number(option[1]), column });
      });
      if (!best || Object.keys(found).length > Object.keys(best.found).length) {
        best = { sheet, row, found, options: options.sort((a, b) => a.number - b.number).map((o) => o.column) };
      }
    }
  }
  if (!best || Object.keys(best.found).length === 0) {
    return { problems: [problemAt(null, null, null, "no se encontró la fila de encabezados (ID, Código, Pregunta, Tipo de pregunta) en las primeras filas de ninguna hoja")] };
  }
  const { sheet, row, found, options } = best;
  const missing = (Object.keys(REQUIRED) as RequiredKey[]).filter((key) => !found[key]);
  if (missing.length > 0) {
    return { problems: missing.map((key) => problemAt(row, null, null, `falta la columna obligatoria «${REQUIRED[key].name}»`)) };
  }
  const { id, code, text, type } = found as Record<RequiredKey, QuestionColumn>;
  const year = /\b(\d{4})\b/.exec(text.name);
  return { columns: { sheet, headerRow: row, year: year ? Number(year[1]) : null, id, code, text, type, options } };
}
