// One committee session with everything its acta shows, or NotFoundError for
// a missing or foreign id (RLS hides the other entities' sessions).
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { NotFoundError } from "@/lib/errors/app-error";
import { z } from "zod";

export async function loadCommitteeSession(ctx: EntityContext, sessionId: string) {
  if (!z.uuid().safeParse(sessionId).success) throw new NotFoundError("La sesión del comité no existe.");
  return withTenant(ctx, async (db) => {
    const session = await db.committeeSession.findFirst({
      where: { id: sessionId, entityId: ctx.entityId },
      select: {
        id: true,
        heldOn: true,
        place: true,
        agenda: true,
        attendees: { orderBy: [{ userId: { sort: "asc", nulls: "last" } }, { name: "asc" }], select: { id: true, userId: true, name: true, position: true } },
        decisions: { orderBy: { createdAt: "asc" }, select: { id: true, text: true } },
        commitments: {
          orderBy: { createdAt: "asc" },
          select: { id: true, text: true, responsible: true, dueOn: true, planItem: { select: { id: true, planId: true, plan: { select: { name: true } } } } },
        },
        approvals: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            kind: true,
            assessmentTransition: {
              select: { createdAt: true, actorName: true, assessment: { select: { policyCode: true, vigencia: true } } },
            },
            planTransition: { select: { createdAt: true, actorName: true, plan: { select: { name: true, vigencia: true } } } },
          },
        },
      },
    });
    if (!session) throw new NotFoundError("La sesión del comité no existe.");
    const policyNames = await policyNamesOf(db, session.approvals.map((a) => a.assessmentTransition?.assessment.policyCode ?? ""));
    return {
      ...session,
      approvals: session.approvals.map((a) => {
        const record = a.assessmentTransition ?? a.planTransition;
        return {
          id: a.id,
          kind: a.kind,
          description: a.assessmentTransition
            ? `Autodiagnóstico ${a.assessmentTransition.assessment.policyCode} ${policyNames.get(a.assessmentTransition.assessment.policyCode) ?? ""} · vigencia ${a.assessmentTransition.assessment.vigencia}`.replace(/\s+·/, " ·")
            : a.planTransition
              ? planApprovalLabel(a.planTransition.plan)
              : "Aprobación",
          approvedAt: record?.createdAt ?? null,
          approvedBy: record?.actorName ?? null,
        };
      }),
    };
  });
}

/** How a plan approval reads in the session page, the options and the acta. */
export function planApprovalLabel(plan: { name: string; vigencia: number }): string {
  return `Plan de acción «${plan.name}» · vigencia ${plan.vigencia}`;
}

export type CommitteeSessionView = Awaited<ReturnType<typeof loadCommitteeSession>>;

type Db = Parameters<Parameters<typeof withTenant>[1]>[0];

/** Policy names by code, from the newest catalog version that has them. */
export async function policyNamesOf(db: Db, codes: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(codes.filter(Boolean))];
  if (wanted.length === 0) return new Map();
  const rows = await db.catalogPolicy.findMany({
    where: { code: { in: wanted } },
    orderBy: { dimension: { version: { createdAt: "asc" } } },
    select: { code: true, name: true },
  });
  return new Map(rows.map((r) => [r.code, r.name]));
}
