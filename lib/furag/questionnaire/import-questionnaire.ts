// The one way a questionnaire file gets in, for the operator's upload and
// for `npm run import:furag`: parse (every problem with its row and column,
// nothing stored), check the year, store.
import { withSystem } from "@/lib/db/context";
import type { Db } from "@/lib/db/prisma";
import { ValidationError } from "@/lib/errors/app-error";
import { FuragImportError } from "../import/furag-import-error";
import { parseFuragQuestionsWorkbook } from "../import/parse-furag-questions-workbook";
import { storeQuestionnaire, type StoreQuestionnaireResult } from "./store-questionnaire";

export type QuestionnaireFile = { vigencia: number; fileName: string; bytes: Uint8Array };

export type ImportQuestionnaireResult = StoreQuestionnaireResult & { questionCount: number };

export async function importQuestionnaireFile(userId: string | null, file: QuestionnaireFile, client?: Db): Promise<ImportQuestionnaireResult> {
  let data;
  try {
    data = await parseFuragQuestionsWorkbook(Buffer.from(file.bytes));
  } catch (error) {
    if (!(error instanceof FuragImportError)) throw error;
    const count = error.problems.length === 1 ? "1 problema" : `${error.problems.length} problemas`;
    throw new ValidationError(`El cuestionario no se importó: el archivo tiene ${count}. Corríjalo y vuelva a cargarlo.`, {
      archivo: error.problems.map((p) => p.message),
    });
  }
  if (data.year !== null && data.year !== file.vigencia) {
    throw new ValidationError(`El archivo es del cuestionario ${data.year} (encabezado «Pregunta ${data.year}») y se eligió la vigencia ${file.vigencia}.`, {
      vigencia: [`El archivo corresponde a ${data.year}.`],
    });
  }
  const stored = await withSystem(userId, (db) => storeQuestionnaire(db, file.vigencia, file.fileName, data), client);
  return { ...stored, questionCount: data.questions.length };
}
