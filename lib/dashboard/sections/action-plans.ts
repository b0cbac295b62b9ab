// Action plans of the vigencia: item counts by the status people see, progress
// per plan (computed by the plan module's own functions, so the dashboard and
// each plan's page never disagree) and the overdue items the committee should
// chase, longest overdue first.
import { PLAN_STATE_LABELS } from "@/lib/action-plans/labels";
import { bogotaToday, effectiveStatus, isoDay } from "@/lib/action-plans/effective-status";
import { summarizeProgress } from "@/lib/action-plans/summarize-progress";
import type { EntityContext } from "@/lib/authz/entity-context";
import { sql, type SqlTx } from "@/lib/db/sql";
import { dateOnly } from "@/lib/evidence/expiry";
import type { ActionPlanState, PlanItemStatus } from "@/lib/generated/prisma/enums";
import type { ActionPlansSection, OverduePlanItem } from "../types";

/** How many overdue items the section lists. */
export const OVERDUE_SHOWN = 5;

type ItemJson = { id: string; action: string; policyCode: string | null; status: PlanItemStatus; dueDate: string | null; progress: number; responsibleName: string | null };
type PlanRow = { id: string; name: string; policyCode: string | null; state: ActionPlanState; items: ItemJson[] };

/** Inside the dashboard's transaction: one statement, each plan with its items (due dates as yyyy-mm-dd). */
export async function readActionPlansSection(tx: SqlTx, ctx: EntityContext, vigencia: number, now = new Date()): Promise<ActionPlansSection | null> {
  const today = bogotaToday(now);
  const rows = await tx.rows<PlanRow>(sql`
    SELECT p.id::text AS id, p.name, p.policy_code AS "policyCode", p.state::text AS state,
      COALESCE((SELECT json_agg(json_build_object('id', i.id, 'action', i.action, 'policyCode', i.policy_code, 'status', i.status,
                  'dueDate', i.due_date, 'progress', i.progress, 'responsibleName', u.name) ORDER BY i.sort_order, i.id)
                FROM action_plan_items i LEFT JOIN users u ON u.id = i.responsible_id WHERE i.plan_id = p.id), '[]'::json) AS items
    FROM action_plans p WHERE p.entity_id = ${ctx.entityId}::uuid AND p.vigencia = ${vigencia}::int
    ORDER BY p.created_at, p.id`);
  // The plan module's functions take @db.Date values, as Prisma returns them.
  const plans = rows.map((plan) => ({ ...plan, items: plan.items.map((item) => ({ ...item, dueDate: item.dueDate ? dateOnly(item.dueDate) : null })) }));
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
          responsibleName: item.responsibleName,
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
