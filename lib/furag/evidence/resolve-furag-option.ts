// The FURAG_OPTION link target: an answer of this entity (targetId) and one
// of its option keys (targetSubId: the option's exact text, or "respuesta"
// for open and numeric answers). A key outside the question is refused (422);
// a key the saved answer does not declare is described but may not receive
// new evidence (see evidenceKeysDeclared for why).
import type { TargetResolver } from "@/lib/evidence/link-targets";
import { ValidationError } from "@/lib/errors/app-error";
import type { FuragQuestionType } from "@/lib/generated/prisma/enums";
import { ANSWER_KEY, isChoice, readAnswerValue } from "../answers/answer-value";
import { evidenceKeysDeclared } from "../evidence-status";

const SHORT = 80;
const shorten = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text);

export const resolveFuragOption: TargetResolver = async (db, entityId, { targetId, targetSubId: key }) => {
  const answer = await db.furagAnswer.findFirst({
    where: { id: targetId, entityId },
    select: {
      value: true,
      notApplicable: true,
      question: { select: { id: true, code: true, type: true, options: true, modulePrefix: true, retired: true, questionnaire: { select: { vigencia: true } } } },
    },
  });
  if (!answer) return null;
  const { question } = answer;
  if (!optionKeysOf(question).includes(key)) throw new ValidationError("Esa opción no está en la pregunta.", { "target.targetSubId": ["Esa opción no está en la pregunta."] });
  const mapping = await db.furagModulePolicy.findUnique({ where: { prefix: question.modulePrefix }, select: { policyCode: true } });
  return {
    label: `FURAG ${question.code}: ${key === ANSWER_KEY ? "respuesta" : shorten(key)}`,
    href: `/e/${entityId}/furag/pregunta/${question.id}`,
    policyCode: mapping?.policyCode ?? null,
    vigencia: question.questionnaire.vigencia,
    refusal: refusalOf(answer, question, key),
  };
};

type Question = { type: FuragQuestionType; options: string[]; retired: boolean };

/** Every key evidence may be linked to: the options (and sub-questions), or the one answer of open questions (a matrix's cells are not options). */
function optionKeysOf(question: Question): readonly string[] {
  return isChoice(question.type) || question.type === "MULTIPLE_CHOICE_NUMERIC" ? question.options : [ANSWER_KEY];
}

function refusalOf(answer: { value: unknown; notApplicable: boolean }, question: Question, key: string): string | undefined {
  if (question.retired) return "La pregunta ya no está en el cuestionario vigente.";
  if (answer.notApplicable) return "La pregunta está marcada «no aplica»: no declara nada que requiera evidencia.";
  if (!evidenceKeysDeclared(question, readAnswerValue(answer.value)).includes(key)) {
    return "Elija esa opción (o escriba el valor) y guarde la respuesta antes de vincularle evidencia.";
  }
  return undefined;
}
