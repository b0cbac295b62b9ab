// Gap source: FURAG options the entity did not select in the answered
// multiple-choice questions of the plan's vigencia (lib/furag/gaps.ts decides
// which unselected options are gaps), limited to the plan's policy. FURAG
// gaps carry no score: the item's goal is that the option can honestly be
// marked in the next report.
import { furagGapsIn } from "@/lib/furag/gaps";
import type { GapCandidate, GapSource } from "./gap-source";

export function furagOptionSourceKey(questionId: string, option: string): string {
  return `FURAG_OPTION:${questionId}:${option}`;
}

const SHORT = 160;
const shorten = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text);

export const furagOptionGapSource: GapSource = {
  kind: "FURAG_OPTION",
  async list(db, request): Promise<GapCandidate[]> {
    const gaps = await furagGapsIn(db, request.entityId, request.vigencia);
    return gaps
      .filter((gap) => gap.policyCode === request.policyCode)
      .map((gap) => ({
        sourceKind: "FURAG_OPTION",
        sourceKey: furagOptionSourceKey(gap.questionId, gap.option),
        assessmentId: null,
        activityId: null,
        furagQuestionId: gap.questionId,
        furagOption: gap.option,
        findingId: null,
        label: `FURAG ${gap.questionCode} · ${shorten(gap.questionText)} — opción no cumplida: «${gap.option}»`,
        policyCode: gap.policyCode,
        score: null,
        targetScore: 0,
        distance: 0,
        detail: `FURAG ${gap.vigencia}: opción sin marcar`,
        priority: "MEDIA",
        goal: `Poder marcar «${shorten(gap.option)}» en el FURAG con evidencia`.slice(0, 500),
      }));
  },
};
