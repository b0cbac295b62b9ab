// npm run import:furag -- <archivo.xlsx> --vigencia <año> — loads (or
// corrects) the FURAG questionnaire of a vigencia into DATABASE_URL, or the
// embedded database, from Función Pública's question bank layout (ID, Código,
// Pregunta, Tipo de pregunta, Opción 1..N). Every problem is printed with its
// row and column, and nothing is stored unless the whole file is valid.
// Answers already given survive a re-import (questions are matched by code).
import { readFileSync } from "node:fs";
import path from "node:path";
import { importQuestionnaireFile } from "@/lib/furag/questionnaire/import-questionnaire";
import { ZVigencia } from "@/lib/furag/questionnaire/questionnaire-schemas";
import { argumentPath, runCommand, withImportDatabase } from "@/scripts/lib/import-command";

const USAGE = "Uso: npm run import:furag -- ruta/al/cuestionario.xlsx --vigencia 2025";

function readArguments(): { file: string; vigencia: number; bytes: Uint8Array } {
  const args = process.argv.slice(2).filter((arg) => arg !== "--");
  const at = args.indexOf("--vigencia");
  const vigencia = ZVigencia.safeParse(at >= 0 ? args[at + 1] : undefined);
  const file = args.find((arg, i) => !arg.startsWith("--") && args[i - 1] !== "--vigencia");
  if (!file || !vigencia.success) throw new Error(USAGE);
  try {
    return { file, vigencia: vigencia.data, bytes: readFileSync(argumentPath(file)) };
  } catch (error) {
    throw new Error(`No se pudo leer ${file}: ${(error as Error).message}`);
  }
}

async function main(): Promise<number> {
  const { file, vigencia, bytes } = readArguments();
  return withImportDatabase(async (client) => {
    const r = await importQuestionnaireFile(null, { vigencia, fileName: path.basename(file), bytes }, client);
    console.log(
      `✔ Cuestionario FURAG ${vigencia} ${r.created ? "importado" : "actualizado"}: ${r.questionCount} preguntas ` +
        `(${r.added} nuevas, ${r.updated} corregidas, ${r.unchanged} sin cambios, ${r.removed} quitadas, ${r.retired} retiradas con respuestas).`,
    );
  });
}

runCommand(main);
