// Action plans of the vigencia: item counts by the status people see, progress
// per plan (computed by the plan module's own functions, so the dashboard and
// each plan's page never disagree) and the overdue items the committee should
// chase, longest overdue first.
import { PLAN_STATE_LABELS } from "@/lib/action-plans/labels";
import { bogotaToday, effectiveStatus, isoDay } from "@/lib/action-plans/effective-status";
import { summarizeProgress } from "@/lib/action-plans/summarize-progress";
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import type { ActionPlansSection, OverduePlanItem } from "../types";

/** How many overdue items the section lists. */
export const OVERDUE_SHOWN = 5;

export async function loadActionPlansSection(ctx: EntityContext, vigencia: number, now = new Date()): Promise<ActionPlansSection | null> {
  const today = bogotaToday(now);
  const plans = await withTenant(ctx, (db) =>
    db.actionPlan.findMany({
      where: { entityId: ctx.entityId, vigencia },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        policyCode: true,
        state: true,
        items: { select: { id: true, action: true, policyCode: true, status: true, dueDate: true, progress: true, responsible: { select: { name: true } } } },
      },
    }),
  );
  if (plans.length === 0) return null;
  const statusCounts: ActionPlansSection["statusCounts"] = { PENDIENTE: 0, EN_CURSO: 0, CUMPLIDA: 0, VENCIDA: 0, CANCELADA: 0 };
  const all: { status: ReturnType<typeof effectiveStatus>; progress: number }[] = [];
  const overdue: OverduePlanItem[] = [];
  const summaries = plans.map((plan) => {
    const items = plan.items.map((item) => ({ ...item, effective: effectiveStatus(item, today) }));
    for (const item of items) {
      statusCounts[item.effective] += 1;
      all.push({ status: item.effective, progress: item.progress });
      if (item.effective === "VENCIDA" && item.dueDate) {
        overdue.push({
          id: item.id,
          planId: plan.id,
          planName: plan.name,
          action: item.action,
          policyCode: item.policyCode,
          responsibleName: item.responsible?.name ?? null,
          dueDate: isoDay(item.dueDate),
        });
      }
    }
    return {
      id: plan.id,
      name: plan.name,
      policyCode: plan.policyCode,
      state: plan.state,
      stateLabel: PLAN_STATE_LABELS[plan.state],
      progress: summarizeProgress(items.map((i) => ({ status: i.effective, progress: i.progress }))),
    };
  });
  overdue.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
  return { kind: "action-plans", vigencia, statusCounts, totals: summarizeProgress(all), plans: summaries, overdueItems: overdue.slice(0, OVERDUE_SHOWN) };
}
