// Reading requests: the advisor's list and detail (their department only),
// and the entity's own list with the progress of each request.
import type { AdvisorContext } from "@/lib/authz/advisor-context";
import { withAdvisor } from "@/lib/authz/advisor-context";
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { NotFoundError } from "@/lib/errors/app-error";
import { readPolicyNames } from "../read-department-rows";
import { compareOfficialScores } from "./compare-scores";
import { listDepartmentAdvisors } from "./list-department-advisors";

const SUMMARY = {
  id: true,
  policyCode: true,
  subject: true,
  state: true,
  responsibleName: true,
  requestedByName: true,
  createdAt: true,
  closedAt: true,
} as const;

export async function listDepartmentRequests(ctx: AdvisorContext) {
  return withAdvisor(ctx, (db) =>
    db.advisoryRequest.findMany({
      where: { departmentCode: ctx.departmentCode },
      select: { ...SUMMARY, entity: { select: { name: true } } },
      orderBy: [{ closedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    }),
  );
}

const DETAIL = {
  ...SUMMARY,
  baselineVigencia: true,
  description: true,
  responsibleId: true,
  assignedAt: true,
  leaderReferral: true,
  referredAt: true,
  assistancePlan: true,
  plannedAt: true,
  closingSummary: true,
  closedByName: true,
  entity: { select: { id: true, name: true, sigepCode: true } },
  sessions: { select: { id: true, heldOn: true, modality: true, attendees: true, topics: true, recordedByName: true }, orderBy: { heldOn: "asc" } },
} as const;

export async function loadDepartmentRequest(ctx: AdvisorContext, requestId: string) {
  return withAdvisor(ctx, async (db) => {
    const request = await db.advisoryRequest.findFirst({ where: { id: requestId, departmentCode: ctx.departmentCode }, select: DETAIL });
    if (!request) throw new NotFoundError();
    const advisors = await listDepartmentAdvisors(db, ctx.departmentCode);
    const comparison = await compareOfficialScores(db, request.entity, request.policyCode, request.baselineVigencia);
    return { request, advisors, comparison };
  });
}

export type DepartmentRequestDetail = Awaited<ReturnType<typeof loadDepartmentRequest>>;

/** The entity's own requests, newest first, each with its sessions and, once closed, the comparison. */
export async function listEntityRequests(ctx: EntityContext) {
  return withTenant(ctx, async (db) => {
    const requests = await db.advisoryRequest.findMany({ where: { entityId: ctx.entityId }, select: DETAIL, orderBy: { createdAt: "desc" } });
    const withComparison = [];
    for (const request of requests) {
      const comparison = request.state === "CERRADA" ? await compareOfficialScores(db, request.entity, request.policyCode, request.baselineVigencia) : null;
      withComparison.push({ request, comparison });
    }
    return withComparison;
  });
}

/** The entity's requests and the policy names for its request form. */
export async function loadEntityAdvisoryPage(ctx: EntityContext) {
  const [requests, policies] = await Promise.all([listEntityRequests(ctx), withTenant(ctx, readPolicyNames)]);
  return { requests, policies };
}
