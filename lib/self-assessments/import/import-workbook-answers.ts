// Writes a workbook's scores and observations into the entity's
// self-assessment of one vigencia and policy: created pinned to the imported
// instrument, or updated when it is already pinned to that same instrument.
// Each changed answer gets a new version, so anyone editing it in the app at
// that moment gets the usual conflict instead of overwriting the import.
import type { AutodiagnosticoItem } from "@/lib/autodiagnostico";
import type { DbClient } from "@/lib/db/prisma";
import { ConflictError, ValidationError } from "@/lib/errors/app-error";
import { STATE_LABELS } from "../transition-assessment";
import { observationsFromWorkbook } from "./not-applicable-observations";

export type AnswersTarget = { entityId: string; userId: string | null; vigencia: number; policyCode: string; instrumentId: string };

export type ImportedAnswers = {
  assessmentId: string;
  assessmentCreated: boolean;
  /** Rows with a score, rows marked "no aplica", rows with observations. */
  scored: number;
  notApplicable: number;
  withObservations: number;
  /** Stored answers written (new or changed) and left as they were. */
  written: number;
  unchanged: number;
};

type Answer = { score: number | null; notApplicable: boolean; observations: string | null };

/** As the app saves it: a "no aplica" row keeps no score. Observations as in the filling form. */
function answerOf(item: AutodiagnosticoItem): Answer {
  const observations = observationsFromWorkbook(item.notApplicable, item.observations);
  if (observations !== null && observations.length > 4000) {
    const message = `Las observaciones de la actividad ${item.code} tienen más de 4.000 caracteres; acórtelas en el libro.`;
    throw new ValidationError(message, { file: [message] });
  }
  return { score: item.notApplicable ? null : item.score, notApplicable: item.notApplicable, observations };
}

async function findOrCreateAssessment(db: DbClient, target: AnswersTarget) {
  const key = { entityId: target.entityId, vigencia: target.vigencia, policyCode: target.policyCode };
  const existing = await db.selfAssessment.findUnique({
    where: { entityId_vigencia_policyCode: key },
    select: { id: true, state: true, instrumentId: true, instrument: { select: { title: true } } },
  });
  if (!existing) return { id: (await db.selfAssessment.create({ data: { ...key, instrumentId: target.instrumentId }, select: { id: true } })).id, created: true };
  if (existing.instrumentId !== target.instrumentId) {
    throw new ConflictError(
      `El autodiagnóstico de ${target.policyCode} de la vigencia ${target.vigencia} ya existe y usa otro instrumento («${existing.instrument.title}»). ` +
        "Sus puntajes no se pueden reemplazar con los de este libro: no se importó nada. Importe el libro en otra vigencia, o solo como instrumento.",
    );
  }
  if (existing.state !== "BORRADOR") {
    throw new ConflictError(
      `El autodiagnóstico de ${target.policyCode} de la vigencia ${target.vigencia} está «${STATE_LABELS[existing.state]}» y no se puede modificar: no se importó nada.`,
    );
  }
  return { id: existing.id, created: false };
}

export async function importWorkbookAnswers(db: DbClient, target: AnswersTarget, items: readonly AutodiagnosticoItem[]): Promise<ImportedAnswers> {
  const answers = items.map((item) => ({ code: item.code, answer: answerOf(item) }));
  const assessment = await findOrCreateAssessment(db, target);
  const activities = await db.instrumentActivity.findMany({ where: { instrumentId: target.instrumentId }, select: { id: true, code: true } });
  const activityIds = new Map(activities.map((a) => [a.code, a.id]));
  const stored = await db.activityResponse.findMany({
    where: { assessmentId: assessment.id },
    select: { id: true, activityId: true, score: true, notApplicable: true, observations: true, version: true },
  });
  const storedByActivity = new Map(stored.map((row) => [row.activityId, row]));

  let written = 0;
  let unchanged = 0;
  for (const { code, answer } of answers) {
    const activityId = activityIds.get(code);
    if (!activityId) throw new Error(`La actividad ${code} del libro no está en el instrumento importado`);
    const row = storedByActivity.get(activityId);
    const blank = answer.score === null && !answer.notApplicable && answer.observations === null;
    if (row ? sameAnswer(row, answer) : blank) {
      unchanged += 1;
      continue;
    }
    if (row) {
      // Conditional on the version read: a save in between makes the import fail whole.
      const { count } = await db.activityResponse.updateMany({
        where: { id: row.id, version: row.version },
        data: { ...answer, version: { increment: 1 }, updatedById: target.userId },
      });
      if (count === 0) throw new ConflictError("Alguien guardó respuestas de este autodiagnóstico mientras se importaba el libro. Intente de nuevo: no se importó nada.");
    } else {
      await db.activityResponse.create({ data: { ...answer, entityId: target.entityId, assessmentId: assessment.id, activityId, updatedById: target.userId } });
    }
    written += 1;
  }
  return {
    assessmentId: assessment.id,
    assessmentCreated: assessment.created,
    scored: answers.filter((a) => a.answer.score !== null).length,
    notApplicable: answers.filter((a) => a.answer.notApplicable).length,
    withObservations: answers.filter((a) => a.answer.observations !== null).length,
    written,
    unchanged,
  };
}

function sameAnswer(row: Answer, answer: Answer): boolean {
  return row.score === answer.score && row.notApplicable === answer.notApplicable && row.observations === answer.observations;
}
