// THE place that decides who acts as a departmental advisor (ASESOR). An
// advisor is not a member of the entities they advise: the right comes from
// an AdvisorTerritory row for the department in the URL or input. Anyone
// else, including members of the department's entities and advisors of
// another department, gets "not found", exactly as for a code that does not
// exist. Pages, server actions and route handlers all go through here.
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { getSessionUserId, requireSessionUserId } from "@/lib/auth/session";
import { withUser } from "@/lib/db/context";
import type { DbClient } from "@/lib/db/prisma";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors/app-error";
import { translateError } from "@/lib/errors/translate-error";
import { departmentName } from "@/lib/platform/dane-departments";
import type { ActionResult } from "./actions";

export type AdvisorContext = {
  userId: string;
  userName: string;
  departmentCode: string;
  departmentName: string;
};

const ZDepartmentCode = z.string().regex(/^\d{2}$/);

/** The advisor context of `userId` for `departmentCode`, or NotFoundError. */
export async function loadAdvisorContext(userId: string, departmentCode: string): Promise<AdvisorContext> {
  if (!ZDepartmentCode.safeParse(departmentCode).success) throw new NotFoundError();
  const user = await withUser(userId, (db) =>
    db.user.findUnique({
      where: { id: userId },
      select: { name: true, isActive: true, advisorTerritories: { where: { departmentCode }, select: { id: true } } },
    }),
  );
  if (!user?.isActive || user.advisorTerritories.length === 0) throw new NotFoundError();
  return { userId, userName: user.name, departmentCode, departmentName: departmentName(departmentCode) ?? `Departamento ${departmentCode}` };
}

/**
 * The advisor's unit of work: no entity context, so row-level security lets
 * them see only their departments' requests and offers and the
 * autodiagnósticos that entities chose to share (see the advisory migration).
 */
export function withAdvisor<T>(ctx: AdvisorContext, work: (db: DbClient) => Promise<T>) {
  return withUser(ctx.userId, work);
}

/** For server components: the advisor context, or the 404 page. */
export const getPageAdvisorContext = cache(async (departmentCode: string): Promise<AdvisorContext> => {
  const userId = await requireSessionUserId();
  try {
    return await loadAdvisorContext(userId, departmentCode);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

const ZDepartmentRef = z.object({ departmentCode: z.string() });

/**
 * A server action of the advisor of one department. The territory is checked
 * before the input is validated, so an outsider gets 404 whatever was sent.
 */
export function advisorAction<Schema extends z.ZodType<{ departmentCode: string }>, T>(
  schema: Schema,
  handler: (ctx: AdvisorContext, input: z.infer<Schema>) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      const userId = await getSessionUserId();
      if (!userId) throw new UnauthenticatedError();
      const ref = ZDepartmentRef.safeParse(raw);
      const ctx = await loadAdvisorContext(userId, ref.success ? ref.data.departmentCode : "");
      return { ok: true, data: await handler(ctx, schema.parse(raw)) };
    } catch (error) {
      const { status, body } = translateError(error);
      return { ok: false, status, ...body };
    }
  };
}

type RouteParams<P> = { params: Promise<P & { departmentCode: string }> };

/** A route handler of the advisor of the department in the URL. */
export function advisorRoute<P extends Record<string, string> = Record<string, never>>(
  handler: (ctx: AdvisorContext, request: Request, params: P & { departmentCode: string }) => Promise<Response>,
) {
  return async (request: Request, { params }: RouteParams<P>): Promise<Response> => {
    try {
      const userId = await getSessionUserId();
      if (!userId) throw new UnauthenticatedError();
      const resolved = await params;
      const ctx = await loadAdvisorContext(userId, resolved.departmentCode);
      return await handler(ctx, request, resolved);
    } catch (error) {
      const { status, body } = translateError(error);
      return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
    }
  };
}
