// Tablas 10-14, done by the advisors of the request's department: assign a
// responsible, refer to the policy leader, record the plan of assistance, the
// sessions held, and close. A request of another department is "not found"
// (the query filters by the advisor's department and row-level security
// backs it); a step out of order is a conflict with a Spanish reason.
import type { z } from "zod";
import type { AdvisorContext } from "@/lib/authz/advisor-context";
import { withAdvisor } from "@/lib/authz/advisor-context";
import type { DbClient } from "@/lib/db/prisma";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors/app-error";
import { startOfBogotaDay } from "@/lib/format/dates";
import type { ZAssignResponsible, ZCloseRequest, ZRecordPlan, ZRecordSession, ZReferToLeader } from "./request-schemas";
import { ALLOWED_FROM, REFUSED_STEP_MESSAGES } from "./request-states";
import { listDepartmentAdvisors } from "./list-department-advisors";

type Step = keyof typeof ALLOWED_FROM;

async function requestForStep(db: DbClient, ctx: AdvisorContext, requestId: string, step: Step) {
  const request = await db.advisoryRequest.findFirst({
    where: { id: requestId, departmentCode: ctx.departmentCode },
    select: { id: true, entityId: true, state: true, _count: { select: { sessions: true } } },
  });
  if (!request) throw new NotFoundError();
  if (!ALLOWED_FROM[step].includes(request.state)) throw new ConflictError(REFUSED_STEP_MESSAGES[step]);
  return request;
}

export async function assignResponsible(ctx: AdvisorContext, input: z.infer<typeof ZAssignResponsible>) {
  return withAdvisor(ctx, async (db) => {
    const request = await requestForStep(db, ctx, input.requestId, "assign");
    const advisor = (await listDepartmentAdvisors(db, ctx.departmentCode)).find((a) => a.id === input.responsibleId);
    if (!advisor) {
      throw new ValidationError("Revise los datos enviados.", { responsibleId: ["Elija a un asesor de este departamento."] });
    }
    await db.advisoryRequest.update({
      where: { id: request.id },
      data: {
        responsibleId: advisor.id,
        responsibleName: advisor.name,
        assignedAt: new Date(),
        ...(request.state === "RECIBIDA" ? { state: "ASIGNADA" } : {}),
      },
    });
  });
}

export async function referToLeader(ctx: AdvisorContext, input: z.infer<typeof ZReferToLeader>) {
  return withAdvisor(ctx, async (db) => {
    const request = await requestForStep(db, ctx, input.requestId, "refer");
    await db.advisoryRequest.update({
      where: { id: request.id },
      data: { leaderReferral: input.referral, referredAt: new Date(), state: "REMITIDA_LIDER" },
    });
  });
}

export async function recordAssistancePlan(ctx: AdvisorContext, input: z.infer<typeof ZRecordPlan>) {
  return withAdvisor(ctx, async (db) => {
    const request = await requestForStep(db, ctx, input.requestId, "plan");
    await db.advisoryRequest.update({
      where: { id: request.id },
      data: { assistancePlan: input.plan, plannedAt: new Date(), state: "PLAN_DEFINIDO" },
    });
  });
}

export async function recordSession(ctx: AdvisorContext, input: z.infer<typeof ZRecordSession>) {
  return withAdvisor(ctx, async (db) => {
    const request = await requestForStep(db, ctx, input.requestId, "session");
    const heldOn = startOfBogotaDay(input.heldOn);
    if (heldOn.getTime() > Date.now()) {
      throw new ValidationError("Revise los datos enviados.", { heldOn: ["Registre solo sesiones ya realizadas (la fecha no puede ser futura)."] });
    }
    await db.advisorySession.create({
      data: {
        requestId: request.id,
        entityId: request.entityId, // the database sets it from the request anyway
        heldOn: new Date(`${input.heldOn}T00:00:00Z`),
        modality: input.modality,
        attendees: input.attendees,
        topics: input.topics,
        recordedByName: ctx.userName,
      },
    });
    if (request.state !== "EN_EJECUCION") await db.advisoryRequest.update({ where: { id: request.id }, data: { state: "EN_EJECUCION" } });
  });
}

export async function closeRequest(ctx: AdvisorContext, input: z.infer<typeof ZCloseRequest>) {
  return withAdvisor(ctx, async (db) => {
    const request = await requestForStep(db, ctx, input.requestId, "close");
    if (request._count.sessions === 0) throw new ConflictError(REFUSED_STEP_MESSAGES.close);
    await db.advisoryRequest.update({
      where: { id: request.id },
      data: { closingSummary: input.summary, closedAt: new Date(), closedByName: ctx.userName, state: "CERRADA" },
    });
  });
}
