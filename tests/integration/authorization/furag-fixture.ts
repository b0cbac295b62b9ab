// FURAG rows for the authorization suite: a small questionnaire (vigencia
// 2030, so it never meets the real 2025 one) with a PLA question — POL03,
// the fixture RESPONSABLE's policy — and an answer of each entity to it.
import type { Db } from "@/lib/db/prisma";
import type { Side } from "./tenant-fixture";

export const FURAG_FIXTURE_VIGENCIA = 2030;

export async function addFuragRows(owner: Db, sides: Side[]): Promise<string> {
  const questionnaire = await owner.furagQuestionnaire.create({ data: { vigencia: FURAG_FIXTURE_VIGENCIA, sourceFileName: "fixture.xlsx" } });
  const question = await owner.furagQuestion.create({
    data: {
      questionnaireId: questionnaire.id,
      externalId: "1",
      code: "PLA900",
      modulePrefix: "PLA",
      text: "¿La entidad contó con un plan de acción?",
      type: "MULTIPLE_CHOICE",
      options: ["Plan adoptado", "Plan publicado", "Ninguna de las anteriores"],
      sortOrder: 0,
    },
  });
  for (const side of sides) {
    await owner.furagAnswer.create({
      data: { entityId: side.entityId, questionId: question.id, state: "RESPONDIDA", value: { selected: ["Plan adoptado"], numbers: {}, text: "", supports: {} } },
    });
  }
  return question.id;
}
