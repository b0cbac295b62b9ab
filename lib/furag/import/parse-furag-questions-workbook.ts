import { loadWorkbook, UnreadableWorkbookError, type WorkbookBytes } from "@/lib/autodiagnostico/import/load-workbook";
import { FuragImportError, problemAt, type FuragImportProblem } from "./furag-import-error";
import { furagQuestionnaireSchema, type FuragQuestion, type FuragQuestionnaire } from "./furag-question-schema";
import { locateQuestionColumns } from "./locate-question-columns";
import { readQuestionRow } from "./read-question-row";

/**
 * Imports a FURAG question bank (one row per question: ID, Código,
 * Pregunta <año>, Tipo de pregunta, Opción 1..N). All-or-nothing: any problem
 * refuses the whole file with FuragImportError listing every problem, because
 * a partly imported questionnaire would silently lose questions.
 */
export async function parseFuragQuestionsWorkbook(bytes: WorkbookBytes): Promise<FuragQuestionnaire> {
  let workbook;
  try {
    workbook = await loadWorkbook(bytes);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw new FuragImportError([problemAt(null, null, null, error.message)]);
    throw error;
  }
  const located = locateQuestionColumns(workbook);
  if ("problems" in located) throw new FuragImportError(located.problems);
  const { columns } = located;

  const questions: FuragQuestion[] = [];
  const problems: FuragImportProblem[] = [];
  const rowOfCode = new Map<string, number>();
  const rowOfId = new Map<string, number>();
  for (let row = columns.headerRow + 1; row <= columns.sheet.rowCount; row++) {
    const result = readQuestionRow(columns, row);
    if (result.kind === "empty") continue;
    if (result.kind === "invalid") {
      problems.push(...result.problems);
      continue;
    }
    const { question } = result;
    const codeRow = rowOfCode.get(question.code);
    if (codeRow !== undefined) {
      problems.push(problemAt(row, columns.code.letter, columns.code.name, `código «${question.code}» repetido (ya está en la fila ${codeRow})`));
    } else rowOfCode.set(question.code, row);
    const idRow = rowOfId.get(question.externalId);
    if (idRow !== undefined) {
      problems.push(problemAt(row, columns.id.letter, columns.id.name, `ID «${question.externalId}» repetido (ya está en la fila ${idRow})`));
    } else rowOfId.set(question.externalId, row);
    questions.push(question);
  }
  if (questions.length === 0 && problems.length === 0) {
    problems.push(problemAt(null, null, null, `la hoja «${columns.sheet.name}» no tiene preguntas bajo los encabezados`));
  }
  if (problems.length > 0) throw new FuragImportError(problems);
  return furagQuestionnaireSchema.parse({ year: columns.year, questions });
}
