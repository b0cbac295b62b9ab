import { normalizeLabel } from "@/lib/autodiagnostico/import/normalize-label";
import { readCellText } from "@/lib/autodiagnostico/import/read-cell";
import { problemAt, type FuragImportProblem } from "./furag-import-error";
import {
  FURAG_CODE_PATTERN,
  FURAG_QUESTION_TYPE_LABELS,
  FURAG_QUESTION_TYPES,
  OPTION_RULES,
  type FuragQuestion,
  type FuragQuestionType,
} from "./furag-question-schema";
import type { QuestionColumn, QuestionColumns } from "./locate-question-columns";

export type RowResult =
  | { readonly kind: "empty" }
  | { readonly kind: "question"; readonly question: FuragQuestion }
  | { readonly kind: "invalid"; readonly problems: FuragImportProblem[] };

const TYPES_BY_LABEL = new Map<string, FuragQuestionType>(
  FURAG_QUESTION_TYPES.map((type) => [normalizeLabel(FURAG_QUESTION_TYPE_LABELS[type]), type]),
);
TYPES_BY_LABEL.set("abierta de texto", "OPEN_TEXT"); // wording seen in other years' files

/** Reads and checks one question row; every problem found is reported, not just the first. */
export function readQuestionRow(columns: QuestionColumns, row: number): RowResult {
  const cellText = (column: QuestionColumn) => readCellText(columns.sheet.getCell(row, column.index));
  const at = (column: QuestionColumn, problem: string) => problemAt(row, column.letter, column.name, problem);
  const id = cellText(columns.id);
  const rawCode = cellText(columns.code);
  const text = cellText(columns.text);
  const rawType = cellText(columns.type);
  const optionCells = columns.options.map((column) => ({ column, text: cellText(column) }));
  if ([id, rawCode, text, rawType, ...optionCells.map((o) => o.text)].every((value) => value === null)) return { kind: "empty" };

  const problems: FuragImportProblem[] = [];
  if (id === null) problems.push(at(columns.id, "el ID está vacío"));
  const code = rawCode?.toUpperCase() ?? null;
  const codeMatch = code === null ? null : FURAG_CODE_PATTERN.exec(code);
  if (code === null) problems.push(at(columns.code, "el código está vacío"));
  else if (!codeMatch) problems.push(at(columns.code, `el código «${rawCode}» no tiene la forma letras + número (p. ej. PLA200)`));
  if (text === null) problems.push(at(columns.text, "el texto de la pregunta está vacío"));
  const type = rawType === null ? null : TYPES_BY_LABEL.get(normalizeLabel(rawType));
  if (rawType === null) problems.push(at(columns.type, "el tipo de pregunta está vacío"));
  else if (!type) problems.push(at(columns.type, `tipo «${rawType}» desconocido (se esperaba: ${Object.values(FURAG_QUESTION_TYPE_LABELS).join(", ")})`));

  const options = readOptions(optionCells, type ?? null, at, problems);
  if (problems.length > 0 || !codeMatch || !type || id === null || text === null) return { kind: "invalid", problems };
  return {
    kind: "question",
    question: { externalId: id, code: codeMatch[0], modulePrefix: codeMatch[1] ?? "", text, type, options },
  };
}

function readOptions(
  cells: readonly { column: QuestionColumn; text: string | null }[],
  type: FuragQuestionType | null,
  at: (column: QuestionColumn, problem: string) => FuragImportProblem,
  problems: FuragImportProblem[],
): string[] {
  const lastFilled = cells.findLastIndex((c) => c.text !== null);
  const used = cells.slice(0, lastFilled + 1);
  // A blank before a filled option would renumber the options after it.
  for (const gap of used.filter((c) => c.text === null)) problems.push(at(gap.column, "opción vacía entre opciones con texto"));
  const options = used.flatMap((c) => (c.text === null ? [] : [c.text]));
  if (type === null) return options;

  const rule = OPTION_RULES[type];
  const label = FURAG_QUESTION_TYPE_LABELS[type];
  const first = used[0] ?? cells[0];
  if (rule.max === 0 && options.length > 0 && first) {
    problems.push(at(first.column, `una pregunta «${label}» no lleva opciones, y esta tiene ${options.length}`));
  } else if (options.length < rule.min) {
    const where = cells[options.length];
    const problem = `una pregunta «${label}» necesita al menos ${rule.min} ${rule.min === 1 ? "opción" : "opciones"}`;
    problems.push(where ? at(where.column, problem) : problemAt(null, null, null, problem));
  }
  if (rule.unique) {
    const seen = new Map<string, QuestionColumn>();
    for (const cell of used) {
      if (cell.text === null) continue;
      const key = normalizeLabel(cell.text);
      const earlier = seen.get(key);
      if (earlier) problems.push(at(cell.column, `opción «${cell.text}» repetida (igual a ${earlier.name})`));
      else seen.set(key, cell.column);
    }
  }
  return options;
}
