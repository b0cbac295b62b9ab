// Wrappers for server actions: they authenticate, build the context through
// the one authorization helper, validate the input with its zod schema on the
// server (whatever the client did), and translate any error into a Spanish
// result. Handlers only contain the domain work.
import { z } from "zod";
import { getSessionUserId } from "@/lib/auth/session";
import { withUser } from "@/lib/db/context";
import { ForbiddenError, UnauthenticatedError, type FieldErrors } from "@/lib/errors/app-error";
import { translateError } from "@/lib/errors/translate-error";
import { loadEntityContext, requirePermission, requireRolePermission, type EntityContext } from "./entity-context";
import type { Action } from "./permissions";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; error: string; fieldErrors?: FieldErrors; details?: Record<string, unknown> };

const ZEntityRef = z.object({ entityId: z.string() });

async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    const { status, body } = translateError(error);
    return { ok: false, status, ...body };
  }
}

async function requireUserId(): Promise<string> {
  const userId = await getSessionUserId();
  if (!userId) throw new UnauthenticatedError();
  return userId;
}

/**
 * An action inside one entity. Membership is checked before the input is
 * validated, so a foreign entity id answers 404 whatever else was sent.
 */
export function entityAction<Schema extends z.ZodType<{ entityId: string }>, T>(
  schema: Schema,
  action: Action,
  handler: (ctx: EntityContext, input: z.infer<Schema>) => Promise<T>,
  options: { policyCodeOf?: (input: z.infer<Schema>) => string } = {},
) {
  return async (raw: unknown): Promise<ActionResult<T>> =>
    run(async () => {
      const userId = await requireUserId();
      const ref = ZEntityRef.safeParse(raw);
      const ctx = await loadEntityContext(userId, ref.success ? ref.data.entityId : "");
      requireRolePermission(ctx, action);
      const input = schema.parse(raw);
      if (options.policyCodeOf) requirePermission(ctx, action, options.policyCodeOf(input));
      return handler(ctx, input);
    });
}

/** An action about the signed-in person only (profile, password). */
export function userAction<Schema extends z.ZodType, T>(schema: Schema, handler: (userId: string, input: z.infer<Schema>) => Promise<T>) {
  return async (raw: unknown): Promise<ActionResult<T>> =>
    run(async () => {
      const userId = await requireUserId();
      return handler(userId, schema.parse(raw));
    });
}

/** An action of the platform operator (creates entities); nobody else. */
export function platformAction<Schema extends z.ZodType, T>(schema: Schema, handler: (userId: string, input: z.infer<Schema>) => Promise<T>) {
  return async (raw: unknown): Promise<ActionResult<T>> =>
    run(async () => {
      const userId = await requireUserId();
      await requireSuperadmin(userId);
      return handler(userId, schema.parse(raw));
    });
}

export async function isSuperadmin(userId: string): Promise<boolean> {
  const user = await withUser(userId, (db) => db.user.findUnique({ where: { id: userId }, select: { isSuperadmin: true, isActive: true } }));
  return Boolean(user?.isSuperadmin && user.isActive);
}

export async function requireSuperadmin(userId: string): Promise<void> {
  if (!(await isSuperadmin(userId))) throw new ForbiddenError("Solo el operador de la plataforma puede hacer esto.");
}
