// Wrapper for route handlers under /api/e/[entityId]/…: same context, same
// permission table, same error translator as pages and server actions.
import { NextResponse } from "next/server";
import { getSessionUserId } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/errors/app-error";
import { translateError } from "@/lib/errors/translate-error";
import { loadEntityContext, requirePermission, type EntityContext } from "./entity-context";
import type { Action } from "./permissions";

type RouteParams = { params: Promise<{ entityId: string }> };

export function entityRoute(action: Action, handler: (ctx: EntityContext, request: Request) => Promise<Response>) {
  return async (request: Request, { params }: RouteParams): Promise<Response> => {
    try {
      const userId = await getSessionUserId();
      if (!userId) throw new UnauthenticatedError();
      const ctx = await loadEntityContext(userId, (await params).entityId);
      requirePermission(ctx, action);
      return await handler(ctx, request);
    } catch (error) {
      const { status, body } = translateError(error);
      return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
    }
  };
}
