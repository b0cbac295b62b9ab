// Creates or edits a committee session: its date, place, agenda and who
// attended (members of the entity, by id, and external guests by name).
// Attendees' names are copied, so the acta reads the same if someone leaves.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import type { DbClient } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors/app-error";
import type { CommitteeSessionInput } from "./schemas";
import { calendarDate } from "./session-dates";

async function attendeeRows(db: DbClient, ctx: EntityContext, sessionId: string, input: CommitteeSessionInput) {
  const memberIds = [...new Set(input.memberIds)];
  const members = await db.membership.findMany({
    where: { entityId: ctx.entityId, userId: { in: memberIds } },
    select: { userId: true, role: true, user: { select: { name: true } } },
  });
  if (members.length !== memberIds.length) {
    // Like any foreign child id: 404, so ids of other entities' people leak nothing.
    throw new NotFoundError("Algunos asistentes no son miembros de la entidad: recargue la página y elíjalos de la lista.");
  }
  return [
    ...members.map((m) => ({ entityId: ctx.entityId, sessionId, userId: m.userId, name: m.user.name, position: null })),
    ...input.guests.map((g) => ({ entityId: ctx.entityId, sessionId, userId: null, name: g.name, position: g.position || null })),
  ];
}

function sessionData(input: CommitteeSessionInput) {
  return { heldOn: calendarDate(input.heldOn), place: input.place || null, agenda: input.agenda };
}

export async function createCommitteeSession(ctx: EntityContext, input: CommitteeSessionInput): Promise<{ id: string }> {
  return withTenant(ctx, async (db) => {
    const session = await db.committeeSession.create({ data: { entityId: ctx.entityId, ...sessionData(input) }, select: { id: true } });
    await db.committeeAttendee.createMany({ data: await attendeeRows(db, ctx, session.id, input) });
    return session;
  });
}

export async function updateCommitteeSession(ctx: EntityContext, input: CommitteeSessionInput & { sessionId: string }): Promise<{ id: string }> {
  return withTenant(ctx, async (db) => {
    const { count } = await db.committeeSession.updateMany({ where: { id: input.sessionId, entityId: ctx.entityId }, data: sessionData(input) });
    if (count === 0) throw new NotFoundError("La sesión del comité no existe.");
    await db.committeeAttendee.deleteMany({ where: { sessionId: input.sessionId } });
    await db.committeeAttendee.createMany({ data: await attendeeRows(db, ctx, input.sessionId, input) });
    return { id: input.sessionId };
  });
}
