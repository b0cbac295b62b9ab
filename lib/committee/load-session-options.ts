// What the session forms offer: the entity's members (to mark attendance),
// the approvals (autodiagnósticos and action plans) not yet recorded in any
// session, and the open plans a commitment can become a task of.
import type { EntityContext } from "@/lib/authz/entity-context";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import { withTenant } from "@/lib/db/context";
import { formatDate } from "@/lib/format/dates";
import { PLAN_STATE_LABELS } from "@/lib/action-plans/labels";
import { mayEditPlan } from "@/lib/action-plans/plan-access";
import { planApprovalLabel, policyNamesOf } from "./load-session";

export async function loadSessionMembers(ctx: EntityContext) {
  const members = await withTenant(ctx, (db) =>
    db.membership.findMany({
      where: { entityId: ctx.entityId },
      orderBy: { user: { name: "asc" } },
      select: { role: true, user: { select: { id: true, name: true } } },
    }),
  );
  return members.map((m) => ({ userId: m.user.id, name: m.user.name, role: ROLE_LABELS[m.role] }));
}

export async function loadUnlinkedApprovals(ctx: EntityContext) {
  return withTenant(ctx, async (db) => {
    const transitions = await db.assessmentTransition.findMany({
      where: { entityId: ctx.entityId, toState: "APROBADO", committeeApprovals: { none: {} } },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: { id: true, createdAt: true, actorName: true, assessment: { select: { policyCode: true, vigencia: true } } },
    });
    const names = await policyNamesOf(db, transitions.map((t) => t.assessment.policyCode));
    const plans = await db.actionPlanTransition.findMany({
      where: { entityId: ctx.entityId, toState: "APROBADO", committeeApprovals: { none: {} } },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: { id: true, createdAt: true, actorName: true, plan: { select: { name: true, vigencia: true } } },
    });
    return [
      ...transitions.map((t) => ({
        id: t.id,
        label: `Autodiagnóstico ${t.assessment.policyCode} ${names.get(t.assessment.policyCode) ?? ""} · vigencia ${t.assessment.vigencia} · aprobado el ${formatDate(t.createdAt)} por ${t.actorName}`,
      })),
      ...plans.map((t) => ({ id: t.id, label: `${planApprovalLabel(t.plan)} · aprobado el ${formatDate(t.createdAt)} por ${t.actorName}` })),
    ];
  });
}

/** Plans not closed that this person may add a task to (RESPONSABLE: their policies' plans). */
export async function loadConvertiblePlans(ctx: EntityContext) {
  const plans = await withTenant(ctx, (db) =>
    db.actionPlan.findMany({
      where: { entityId: ctx.entityId, state: { not: "CERRADO" } },
      orderBy: [{ vigencia: "desc" }, { name: "asc" }],
      select: { id: true, name: true, vigencia: true, state: true, policyCode: true },
    }),
  );
  return plans.filter((p) => mayEditPlan(ctx, p)).map((p) => ({ id: p.id, label: `${p.name} · vigencia ${p.vigencia} · ${PLAN_STATE_LABELS[p.state].toLowerCase()}` }));
}
