// Control interno's findings that are not closed yet (abiertos and
// respondidos), of every vigencia: how many by severity, how many are past
// their due date, and the oldest ones, which the committee should chase first.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { todayAsDate } from "@/lib/evidence/expiry";
import type { FindingSeverity } from "@/lib/generated/prisma/enums";
import type { OpenFindingsSection } from "../types";

/** How many of the oldest open findings the section lists. */
export const OLDEST_SHOWN = 5;

const NOT_CLOSED = { not: "CERRADO" } as const;

export async function loadOpenFindingsSection(ctx: EntityContext, now = new Date()): Promise<OpenFindingsSection> {
  const today = todayAsDate(now);
  const { groups, overdue, oldest } = await withTenant(ctx, async (db) => ({
    groups: await db.finding.groupBy({ by: ["severity", "state"], where: { entityId: ctx.entityId, state: NOT_CLOSED }, _count: { _all: true } }),
    overdue: await db.finding.count({ where: { entityId: ctx.entityId, state: NOT_CLOSED, dueDate: { lt: today } } }),
    oldest: await db.finding.findMany({
      where: { entityId: ctx.entityId, state: NOT_CLOSED },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: OLDEST_SHOWN,
      select: { id: true, severity: true, state: true, description: true, policyCode: true, dueDate: true, createdAt: true, responsible: { select: { name: true } } },
    }),
  }));
  const bySeverity: Record<FindingSeverity, number> = { CRITICA: 0, ALTA: 0, MEDIA: 0, BAJA: 0 };
  let answered = 0;
  for (const g of groups) {
    bySeverity[g.severity] += g._count._all;
    if (g.state === "RESPONDIDO") answered += g._count._all;
  }
  return {
    kind: "open-findings",
    open: Object.values(bySeverity).reduce((a, b) => a + b, 0),
    bySeverity,
    answered,
    overdue,
    oldest: oldest.map((f) => ({
      id: f.id,
      severity: f.severity,
      state: f.state,
      description: f.description,
      policyCode: f.policyCode,
      dueDate: f.dueDate.toISOString().slice(0, 10),
      createdAt: f.createdAt.toISOString(),
      responsibleName: f.responsible.name,
      overdue: f.dueDate.getTime() < today.getTime(),
    })),
  };
}
