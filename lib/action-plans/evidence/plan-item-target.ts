// The PLAN_ITEM link target: an item of one of this entity's plans
// (targetId; no sub-id). Its evidence is the "evidencia de cumplimiento" a
// responsible attaches before marking it cumplida. A closed plan keeps its
// evidence visible but takes no new links.
import type { TargetResolver } from "@/lib/evidence/link-targets";

const SHORT = 80;
const shorten = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text);

export const resolvePlanItem: TargetResolver = async (db, entityId, { targetId, targetSubId }) => {
  if (targetSubId !== "" || !/^[0-9a-f-]{36}$/i.test(targetId)) return null;
  const item = await db.actionPlanItem.findFirst({
    where: { id: targetId, entityId },
    select: { id: true, planId: true, action: true, policyCode: true, plan: { select: { vigencia: true, state: true } } },
  });
  if (!item) return null;
  return {
    label: `Plan: ${shorten(item.action)}`,
    href: `/e/${entityId}/planes/${item.planId}/acciones/${item.id}`,
    policyCode: item.policyCode,
    vigencia: item.plan.vigencia,
    refusal: item.plan.state === "CERRADO" ? "El plan está cerrado: sus acciones ya no reciben evidencias nuevas." : undefined,
  };
};
