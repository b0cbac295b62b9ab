// The same question code asked last vigencia: an option given then and
// dropped now (did the entity stop doing it?) or the reverse (what changed
// to do it now?). Not an error — a question the committee will be asked.
import { normalizeLabel } from "@/lib/autodiagnostico/import/normalize-label";
import { isChoice, type FuragAnswerValue } from "../answers/answer-value";
import type { AnsweredQuestion, ConsistencyWarning } from "./types";

export type PreviousAnswer = { vigencia: number; options: readonly string[]; value: FuragAnswerValue | null };

export function checkChangedSinceLastYear({ question, value }: AnsweredQuestion, previous: PreviousAnswer | null): ConsistencyWarning[] {
  if (!previous?.value || !value || !isChoice(question.type) || previous.value.selected.length === 0 || value.selected.length === 0) return [];
  const before = new Set(previous.value.selected.map(normalizeLabel));
  const now = new Set(value.selected.map(normalizeLabel));
  // Only options offered both years: a new or removed option says nothing about the entity.
  const offeredBefore = new Set(previous.options.map(normalizeLabel));
  const warnings: ConsistencyWarning[] = [];
  for (const option of previous.value.selected) {
    if (!now.has(normalizeLabel(option)) && question.options.some((o) => normalizeLabel(o) === normalizeLabel(option))) {
      warnings.push({
        rule: "CHANGED_SINCE_LAST_YEAR",
        questionCode: question.code,
        message: `En ${previous.vigencia} se respondió «${option}» y ahora no. Confirme que la entidad dejó de cumplirlo o corrija la respuesta.`,
      });
    }
  }
  for (const option of value.selected) {
    if (!before.has(normalizeLabel(option)) && offeredBefore.has(normalizeLabel(option))) {
      warnings.push({
        rule: "CHANGED_SINCE_LAST_YEAR",
        questionCode: question.code,
        message: `Ahora se responde «${option}», que en ${previous.vigencia} no se eligió. Tenga a mano la evidencia de qué cambió.`,
      });
    }
  }
  return warnings;
}
