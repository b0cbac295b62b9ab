// What the session forms offer: the entity's members (to mark attendance)
// and the autodiagnóstico approvals not yet recorded in any session.
import type { EntityContext } from "@/lib/authz/entity-context";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import { withTenant } from "@/lib/db/context";
import { formatDate } from "@/lib/format/dates";
import { policyNamesOf } from "./load-session";

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
    return transitions.map((t) => ({
      id: t.id,
      label: `${t.assessment.policyCode} ${names.get(t.assessment.policyCode) ?? ""} · vigencia ${t.assessment.vigencia} · aprobado el ${formatDate(t.createdAt)} por ${t.actorName}`,
    }));
  });
}
