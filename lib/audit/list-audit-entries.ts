// One page of an entity's audit trail, newest first. Row-level security keeps
// other entities' entries out even without the entity filter; the filter is
// there anyway so the query uses the (entity_id, created_at) index.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { startOfBogotaDay } from "@/lib/format/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilters } from "./audit-filters";

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEntries(ctx: EntityContext, filters: AuditFilters) {
  const where: Prisma.AuditLogWhereInput = { entityId: ctx.entityId };
  if (filters.registro) where.tableName = filters.registro;
  if (filters.accion) where.action = filters.accion;
  if (filters.persona) where.actorUserId = filters.persona;
  if (filters.desde || filters.hasta) {
    where.createdAt = {
      ...(filters.desde ? { gte: startOfBogotaDay(filters.desde) } : {}),
      ...(filters.hasta ? { lt: new Date(startOfBogotaDay(filters.hasta).getTime() + 86_400_000) } : {}),
    };
  }
  if (filters.antes) where.id = { lt: BigInt(filters.antes) };

  return withTenant(ctx, async (db) => {
    const rows = await db.auditLog.findMany({ where, orderBy: { id: "desc" }, take: AUDIT_PAGE_SIZE + 1 });
    const actorIds = [...new Set(rows.map((r) => r.actorUserId).filter((id): id is string => id !== null))];
    // People outside the entity (e.g. the platform operator) stay hidden by RLS.
    const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
    const people = await db.membership.findMany({
      where: { entityId: ctx.entityId },
      select: { user: { select: { id: true, name: true } } },
      orderBy: { user: { name: "asc" } },
    });
    const names = new Map(actors.map((a) => [a.id, a.name]));
    const page = rows.slice(0, AUDIT_PAGE_SIZE);
    return {
      entries: page.map((row) => ({
        ...row,
        id: row.id.toString(),
        actorName: row.actorUserId ? (names.get(row.actorUserId) ?? "Persona externa a la entidad") : "Sistema",
      })),
      nextCursor: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1]!.id.toString() : null,
      people: people.map((p) => p.user),
    };
  });
}
