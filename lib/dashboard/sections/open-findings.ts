// Control interno's findings that are not closed yet (abiertos and
// respondidos), of every vigencia: how many by severity, how many are past
// their due date, and the oldest ones, which the committee should chase first.
// Two statements in the dashboard's transaction.
import type { EntityContext } from "@/lib/authz/entity-context";
import { sql, type SqlTx } from "@/lib/db/sql";
import { isoDateOf, todayAsDate } from "@/lib/evidence/expiry";
import type { FindingSeverity, FindingState } from "@/lib/generated/prisma/enums";
import type { OpenFinding, OpenFindingsSection } from "../types";

/** How many of the oldest open findings the section lists. */
export const OLDEST_SHOWN = 5;

type GroupRow = { severity: FindingSeverity; state: FindingState; total: number; overdue: number };
/** A listed finding as the statement returns it: the section's shape before "overdue" is decided. */
type OldestRow = Omit<OpenFinding, "createdAt" | "overdue"> & { createdAt: Date };

export async function readOpenFindingsSection(tx: SqlTx, ctx: EntityContext, now = new Date()): Promise<OpenFindingsSection> {
  // Overdue: due before today in Bogotá (a finding due today is not overdue yet).
  const today = isoDateOf(todayAsDate(now));
  const groups = await tx.rows<GroupRow>(sql`
    SELECT severity::text AS severity, state::text AS state, count(*)::int AS total, count(*) FILTER (WHERE due_date < ${today}::date)::int AS overdue
    FROM findings WHERE entity_id = ${ctx.entityId}::uuid AND state <> 'CERRADO'
    GROUP BY severity, state`);
  const oldest = await tx.rows<OldestRow>(sql`
    SELECT f.id::text AS id, f.severity::text AS severity, f.state::text AS state, f.description, f.policy_code AS "policyCode",
      f.due_date::text AS "dueDate", f.created_at AS "createdAt", u.name AS "responsibleName"
    FROM findings f JOIN users u ON u.id = f.responsible_id
    WHERE f.entity_id = ${ctx.entityId}::uuid AND f.state <> 'CERRADO'
    ORDER BY f.created_at, f.id LIMIT ${OLDEST_SHOWN}::int`);
  const bySeverity: Record<FindingSeverity, number> = { CRITICA: 0, ALTA: 0, MEDIA: 0, BAJA: 0 };
  let answered = 0;
  let overdue = 0;
  for (const g of groups) {
    bySeverity[g.severity] += g.total;
    overdue += g.overdue;
    if (g.state === "RESPONDIDO") answered += g.total;
  }
  return {
    kind: "open-findings",
    open: Object.values(bySeverity).reduce((a, b) => a + b, 0),
    bySeverity,
    answered,
    overdue,
    oldest: oldest.map((f) => ({ ...f, createdAt: f.createdAt.toISOString(), overdue: f.dueDate < today })),
  };
}
