// Control interno's review of the vigencia's evidence: how many are in each
// review state, and how many are vencidas or about to be. One statement in
// the dashboard's transaction. The evidence list's filters (evidenceWhere,
// Prisma) are restated here with the same boundaries — expiry.ts's dates —
// and tests/integration/dashboard-sql-equals-pages.test.ts proves every
// figure equals the row count of the list the dashboard's link opens.
import { hasPermission, type EntityContext } from "@/lib/authz/entity-context";
import { sql, type SqlTx } from "@/lib/db/sql";
import { EXPIRING_SOON_DAYS, expiringSoonLimit, isoDateOf, todayAsDate } from "@/lib/evidence/expiry";
import type { EvidenceReviewState } from "@/lib/generated/prisma/enums";
import type { EvidenceReviewSection } from "../types";

type StateRow = { state: EvidenceReviewState; total: number; expired: number; expiringSoon: number };

export async function readEvidenceReviewSection(tx: SqlTx, ctx: EntityContext, vigencia: number, now = new Date()): Promise<EvidenceReviewSection> {
  // evidenceWhere: "vencidas" = valid until before today (Bogotá); "por vencer" = from today to today + EXPIRING_SOON_DAYS, both ends included.
  const today = isoDateOf(todayAsDate(now));
  const limit = isoDateOf(expiringSoonLimit(now));
  const rows = await tx.rows<StateRow>(sql`
    SELECT review_state::text AS state, count(*)::int AS total,
      count(*) FILTER (WHERE valid_until < ${today}::date)::int AS expired,
      count(*) FILTER (WHERE valid_until >= ${today}::date AND valid_until <= ${limit}::date)::int AS "expiringSoon"
    FROM evidences WHERE entity_id = ${ctx.entityId}::uuid AND vigencia = ${vigencia}::int
    GROUP BY review_state`);
  const states: Record<EvidenceReviewState, number> = { PENDIENTE: 0, ACEPTADA: 0, CON_OBSERVACIONES: 0, RECHAZADA: 0 };
  for (const row of rows) states[row.state] = row.total;
  return {
    kind: "evidence-review",
    vigencia,
    total: Object.values(states).reduce((a, b) => a + b, 0),
    states,
    expired: rows.reduce((sum, row) => sum + row.expired, 0),
    expiringSoon: rows.reduce((sum, row) => sum + row.expiringSoon, 0),
    expiringSoonDays: EXPIRING_SOON_DAYS,
    canOpenQueue: hasPermission(ctx, "evidence.review"),
  };
}
