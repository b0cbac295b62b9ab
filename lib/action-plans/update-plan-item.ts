// Saves an item's definition and follow-up (status, progress, completion).
// "Cumplida" needs a completion note (schema) and evidence of completion
// from the repository (evidence/completion-evidence.ts).
// Based on the version the person edited: if someone saved in between, the
// save is refused with 409 instead of silently overwriting their work.
import type { EntityContext } from "@/lib/authz/entity-context";
import { can } from "@/lib/authz/permissions";
import { withTenant } from "@/lib/db/context";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors/app-error";
import { requireCompletionEvidence } from "./evidence/completion-evidence";
import { mayEditItem } from "./plan-access";
import type { UpdatePlanItemInput } from "./schemas";

/** "aaaa-mm-dd" as a @db.Date value; "" as null. */
export function dayValue(iso: string): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

const FOLLOW_UP_STATES = new Set(["APROBADO", "EN_SEGUIMIENTO"]);

export async function updatePlanItem(ctx: EntityContext, input: UpdatePlanItemInput): Promise<{ version: number }> {
  return withTenant(ctx, async (db) => {
    const item = await db.actionPlanItem.findUnique({
      where: { id: input.itemId },
      select: { id: true, responsibleId: true, policyCode: true, completedAt: true, plan: { select: { state: true } } },
    });
    if (!item) throw new NotFoundError();
    if (!mayEditItem(ctx, item)) throw new ForbiddenError("Solo puede editar las acciones a su cargo o de sus políticas asignadas.");
    if (item.plan.state === "CERRADO") throw new ConflictError("El plan está cerrado: sus acciones ya no se pueden cambiar.");
    if ((input.status === "EN_CURSO" || input.status === "CUMPLIDA") && !FOLLOW_UP_STATES.has(item.plan.state)) {
      const message = "El avance se registra cuando el comité haya aprobado el plan.";
      throw new ValidationError(message, { status: [message] });
    }
    if (input.responsibleId) {
      const member = await db.membership.findUnique({ where: { entityId_userId: { entityId: ctx.entityId, userId: input.responsibleId } }, select: { role: true } });
      if (!member || !can(member.role, "plan.edit")) {
        throw new ValidationError("El responsable debe ser de planeación o responsable de política en la entidad.", { responsibleId: ["Elija un responsable de la lista."] });
      }
    }
    const done = input.status === "CUMPLIDA";
    if (done) await requireCompletionEvidence(db, ctx.entityId, item.id);
    const { count } = await db.actionPlanItem.updateMany({
      where: { id: item.id, version: input.version },
      data: {
        action: input.action,
        deliverable: input.deliverable,
        indicator: input.indicator,
        goal: input.goal,
        responsibleId: input.responsibleId || null,
        startDate: dayValue(input.startDate),
        dueDate: dayValue(input.dueDate),
        priority: input.priority,
        status: input.status,
        progress: done ? 100 : input.progress,
        cancelReason: input.status === "CANCELADA" ? input.cancelReason : null,
        completionNote: done ? input.completionNote : null,
        completedAt: done ? (item.completedAt ?? new Date()) : null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new ConflictError("Otra persona guardó esta acción mientras usted la editaba. Recargue la página para ver sus cambios.");
    return { version: input.version + 1 };
  });
}
