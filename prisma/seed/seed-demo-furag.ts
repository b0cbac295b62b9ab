// Demo step: the FURAG 2025 questionnaire, imported from Función Pública's
// question bank when the file is beside the repository
// (../shared/data/furag-2025-preguntas.xlsx, or FARO_FURAG_QUESTIONNAIRE).
// A fresh clone may not have it: then nothing is invented — the step says
// so, is not recorded, and runs again next time (or the operator imports it
// with `npm run import:furag -- <archivo> --vigencia 2025`).
// Rionegro gets a started rehearsal: the PLA module assigned to its
// planning officer and one answer with its supports.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Db, DbClient } from "@/lib/db/prisma";
import { parseFuragQuestionsWorkbook } from "@/lib/furag/import/parse-furag-questions-workbook";
import { storeQuestionnaire } from "@/lib/furag/questionnaire/store-questionnaire";
import { DEMO_ENTITIES, demoEmail } from "./demo-data";

const STEP = "demo-furag-2025-v1";
const VIGENCIA = 2025;

export function demoQuestionnairePath(): string {
  return process.env.FARO_FURAG_QUESTIONNAIRE ?? path.resolve(process.cwd(), "../shared/data/furag-2025-preguntas.xlsx");
}

export async function seedDemoFurag(client: Db): Promise<{ applied: boolean; message: string | null }> {
  if (await client.seedRun.findUnique({ where: { name: STEP } })) return { applied: false, message: null };
  const file = demoQuestionnairePath();
  if (!existsSync(file)) {
    return { applied: false, message: `Cuestionario FURAG ${VIGENCIA} no encontrado en ${file}: la demo queda sin cuestionario (impórtelo con npm run import:furag).` };
  }
  const data = await parseFuragQuestionsWorkbook(readFileSync(file));
  await client.$transaction(async (db) => {
    await storeQuestionnaire(db, VIGENCIA, path.basename(file), data);
    await startRionegroRehearsal(db);
    await db.seedRun.create({ data: { name: STEP } });
  }, { timeout: 120_000 });
  return { applied: true, message: `Cuestionario FURAG ${VIGENCIA} importado (${data.questions.length} preguntas).` };
}

async function startRionegroRehearsal(db: DbClient): Promise<void> {
  const rionegro = await db.entity.findUnique({ where: { sigepCode: DEMO_ENTITIES[0]!.entity.sigepCode }, select: { id: true } });
  const planner = await db.user.findUnique({ where: { email: demoEmail("planeacion", "rionegro") }, select: { id: true } });
  if (!rionegro || !planner) return; // no demo tenants in this database
  const questions = await db.furagQuestion.findMany({ where: { questionnaire: { vigencia: VIGENCIA }, modulePrefix: "PLA" }, select: { id: true, code: true, options: true } });
  await db.furagAnswer.createMany({
    data: questions.map((q) => ({ entityId: rionegro.id, questionId: q.id, responsibleUserId: planner.id })),
    skipDuplicates: true,
  });
  const pla200 = questions.find((q) => q.code === "PLA200");
  if (!pla200) return;
  const [normograma, grupos] = pla200.options;
  await db.furagAnswer.update({
    where: { entityId_questionId: { entityId: rionegro.id, questionId: pla200.id } },
    data: {
      state: "RESPONDIDA",
      updatedById: planner.id,
      value: { selected: [normograma!, grupos!], numbers: {}, text: "", supports: { [normograma!]: "Normograma publicado en la sede electrónica, versión de marzo de 2025" } },
    },
  });
}
