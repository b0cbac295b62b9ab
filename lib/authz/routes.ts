// Wrapper for route handlers under /api/e/[entityId]/…: same context, same
// permission table, same error translator as pages and server actions.
import { NextResponse } from "next/server";
import { getSessionUserId } from "@/lib/auth/session";
import { UnauthenticatedError, ValidationError } from "@/lib/errors/app-error";
import { translateError } from "@/lib/errors/translate-error";
import { loadEntityContext, requireRolePermission, type EntityContext } from "./entity-context";
import type { Action } from "./permissions";

type RouteParams<P> = { params: Promise<P & { entityId: string }> };

export function entityRoute<P extends Record<string, string> = Record<string, never>>(
  action: Action,
  handler: (ctx: EntityContext, request: Request, params: P & { entityId: string }) => Promise<Response>,
) {
  return async (request: Request, { params }: RouteParams<P>): Promise<Response> => {
    try {
      const userId = await getSessionUserId();
      if (!userId) throw new UnauthenticatedError();
      const resolved = await params;
      const ctx = await loadEntityContext(userId, resolved.entityId);
      // Policy-scoped actions are checked again by the handler once it knows the policy.
      requireRolePermission(ctx, action);
      return await handler(ctx, request, resolved);
    } catch (error) {
      const { status, body } = translateError(error);
      // 503: the database is momentarily unreachable; clients may retry.
      const headers: Record<string, string> = { "Cache-Control": "no-store" };
      if (status === 503) headers["Retry-After"] = "5";
      return NextResponse.json(body, { status, headers });
    }
  };
}

/** The request's JSON body, or a 422 with a Spanish message. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > 100_000) throw new ValidationError("La solicitud es demasiado grande.");
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError("La solicitud no es un JSON válido.");
  }
}
