// A dated follow-up note on an item, signed with the author's name and the
// progress the item had at that moment.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors/app-error";
import { mayEditItem } from "./plan-access";
import type { AddItemNoteInput } from "./schemas";

export async function addItemNote(ctx: EntityContext, input: AddItemNoteInput): Promise<{ noteId: string }> {
  return withTenant(ctx, async (db) => {
    const item = await db.actionPlanItem.findUnique({
      where: { id: input.itemId },
      select: { id: true, responsibleId: true, policyCode: true, progress: true, plan: { select: { state: true } } },
    });
    if (!item) throw new NotFoundError();
    if (!mayEditItem(ctx, item)) throw new ForbiddenError("Solo puede anotar el seguimiento de las acciones a su cargo o de sus políticas asignadas.");
    if (item.plan.state === "CERRADO") throw new ConflictError("El plan está cerrado: ya no admite notas de seguimiento.");
    const author = await db.user.findUniqueOrThrow({ where: { id: ctx.userId }, select: { name: true } });
    const note = await db.actionPlanItemNote.create({
      data: { entityId: ctx.entityId, itemId: item.id, body: input.body, progress: item.progress, authorId: ctx.userId, authorName: author.name },
      select: { id: true },
    });
    return { noteId: note.id };
  });
}
