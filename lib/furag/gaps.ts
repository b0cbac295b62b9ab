// Candidate gaps for the action plan: in each answered multiple-choice
// question, the options the entity did NOT select (what FURAG asks about
// that the entity does not do yet). Negative options ("Ninguna de las
// anteriores", "No aplica…") are never gaps, nor are questions marked "no
// aplica". The action-plan generator calls loadFuragGaps.
import type { EntityContext } from "@/lib/authz/entity-context";
import { isNegativeOption } from "./answers/option-kinds";
import type { DbClient } from "@/lib/db/prisma";
import { loadFuragItems, loadFuragItemsIn, type FuragItem } from "./workspace/load-furag-items";

export type FuragGap = {
  vigencia: number;
  questionId: string;
  questionCode: string;
  questionText: string;
  modulePrefix: string;
  policyCode: string | null;
  option: string;
};

export function gapsOf(vigencia: number, items: readonly FuragItem[]): FuragGap[] {
  const gaps: FuragGap[] = [];
  for (const { question, answer } of items) {
    if (question.type !== "MULTIPLE_CHOICE" || !answer?.value || answer.notApplicable || answer.state === "SIN_RESPONDER") continue;
    const selected = new Set(answer.value.selected);
    for (const option of question.options) {
      if (selected.has(option) || isNegativeOption(option) || /^otr[oa]s?\b/i.test(option)) continue;
      gaps.push({ vigencia, questionId: question.id, questionCode: question.code, questionText: question.text, modulePrefix: question.modulePrefix, policyCode: question.policyCode, option });
    }
  }
  return gaps;
}

export async function loadFuragGaps(ctx: EntityContext, vigencia: number): Promise<FuragGap[]> {
  return gapsOf(vigencia, (await loadFuragItems(ctx, vigencia)).items);
}

/** The same gaps inside a caller's tenant transaction. */
export async function furagGapsIn(db: DbClient, entityId: string, vigencia: number): Promise<FuragGap[]> {
  return gapsOf(vigencia, (await loadFuragItemsIn(db, entityId, vigencia)).items);
}
