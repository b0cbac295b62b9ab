// The pickers of the evidence and finding forms in one transaction: the
// entity's people, the policies, its activities and (for findings) its evidence.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { listActivityOptions } from "./list-activity-options";
import { listEntityPeople } from "./list-people";
import { listPolicyNames } from "./list-policy-names";

export async function loadFormOptions(ctx: EntityContext, { activities = false, evidences = false } = {}) {
  return withTenant(ctx, async (db) => ({
    people: (await listEntityPeople(db, ctx.entityId)).map((p) => ({ id: p.id, name: p.name })),
    policies: await listPolicyNames(db),
    activityGroups: activities ? await listActivityOptions(db, ctx.entityId) : [],
    evidences: evidences
      ? await db.evidence.findMany({ where: { entityId: ctx.entityId }, orderBy: { createdAt: "desc" }, take: 300, select: { id: true, title: true, vigencia: true } })
      : [],
  }));
}
