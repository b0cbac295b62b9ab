// For server components: the entity context of the signed-in person, or the
// 404 page. Cached per request, so layout and page share one lookup.
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireSessionUserId } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors/app-error";
import { loadEntityContext, requirePermission, type EntityContext } from "./entity-context";
import type { Action } from "./permissions";

export const getPageEntityContext = cache(async (entityId: string): Promise<EntityContext> => {
  const userId = await requireSessionUserId();
  try {
    return await loadEntityContext(userId, entityId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

/** A page only some roles may open: others see the same 404 as a foreign id. */
export async function requirePagePermission(entityId: string, action: Action): Promise<EntityContext> {
  const ctx = await getPageEntityContext(entityId);
  try {
    requirePermission(ctx, action);
  } catch {
    notFound();
  }
  return ctx;
}
