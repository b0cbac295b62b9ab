// Effectiveness of FURAG and finding items. Before/after scores exist only
// for activity items (the scoring module scores activities); for the others
// the honest measure is the state of the gap itself now: is the FURAG option
// selected in the entity's current answer, is the finding closed.
import type { DbClient } from "@/lib/db/prisma";
import type { FindingState } from "@/lib/generated/prisma/enums";
import { FINDING_STATE_LABELS } from "@/lib/evidence/labels";
import { readAnswerValue } from "@/lib/furag/answers/answer-value";

/** `closed`: the gap no longer exists (option selected, finding closed). */
export type GapState = { text: string; closed: boolean };

type SourceItem = { id: string; sourceKind: string; furagQuestionId: string | null; furagOption: string | null; findingId: string | null };

export function findingGapState(state: FindingState | undefined): GapState {
  if (!state) return { text: "Hallazgo: ya no está disponible", closed: false };
  return { text: `Hallazgo ${FINDING_STATE_LABELS[state].toLowerCase()}`, closed: state === "CERRADO" };
}

export function furagGapState(selected: readonly string[] | undefined, option: string): GapState {
  return selected?.includes(option)
    ? { text: "FURAG: la opción ya está marcada en la respuesta", closed: true }
    : { text: "FURAG: la opción todavía no está marcada", closed: false };
}

/** The state now of every FURAG and finding item (activity items are absent). */
export async function loadGapStates(db: DbClient, entityId: string, items: readonly SourceItem[]): Promise<Map<string, GapState>> {
  const findingIds = items.flatMap((i) => (i.sourceKind === "FINDING" && i.findingId ? [i.findingId] : []));
  const questionIds = items.flatMap((i) => (i.sourceKind === "FURAG_OPTION" && i.furagQuestionId ? [i.furagQuestionId] : []));
  const findings = findingIds.length ? await db.finding.findMany({ where: { entityId, id: { in: findingIds } }, select: { id: true, state: true } }) : [];
  const answers = questionIds.length ? await db.furagAnswer.findMany({ where: { entityId, questionId: { in: questionIds } }, select: { questionId: true, value: true } }) : [];
  const findingState = new Map(findings.map((f) => [f.id, f.state]));
  const selectedOf = new Map(answers.map((a) => [a.questionId, readAnswerValue(a.value)?.selected ?? []]));
  const states = new Map<string, GapState>();
  for (const item of items) {
    if (item.sourceKind === "FINDING") states.set(item.id, findingGapState(item.findingId ? findingState.get(item.findingId) : undefined));
    if (item.sourceKind === "FURAG_OPTION" && item.furagOption) {
      states.set(item.id, furagGapState(item.furagQuestionId ? selectedOf.get(item.furagQuestionId) : undefined, item.furagOption));
    }
  }
  return states;
}
