// The committee sessions of an entity, newest first, with how much each recorded.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";

export async function loadCommitteeSessions(ctx: EntityContext) {
  return withTenant(ctx, (db) =>
    db.committeeSession.findMany({
      where: { entityId: ctx.entityId },
      orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        heldOn: true,
        place: true,
        agenda: true,
        _count: { select: { attendees: true, decisions: true, commitments: true, approvals: true } },
      },
    }),
  );
}

export type CommitteeSessionListItem = Awaited<ReturnType<typeof loadCommitteeSessions>>[number];
