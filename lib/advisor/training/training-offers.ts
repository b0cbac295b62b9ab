// Training offers of a department (seed 004, "modalidad de oferta"): created
// for entities chosen from the official results of the same department and
// vigencia, then their attendance. Only the department's advisors see them.
import type { AdvisorContext } from "@/lib/authz/advisor-context";
import { withAdvisor } from "@/lib/authz/advisor-context";
import { NotFoundError, ValidationError } from "@/lib/errors/app-error";
import type { CreateTrainingOffer, RecordAttendance } from "./training-schemas";

export async function createTrainingOffer(ctx: AdvisorContext, input: CreateTrainingOffer) {
  return withAdvisor(ctx, async (db) => {
    const codes = [...new Set(input.sigepCodes)];
    const official = await db.officialEntityResult.findMany({
      where: { departmentCode: ctx.departmentCode, vigencia: input.vigencia, sigepCode: { in: codes } },
      select: { sigepCode: true, entityName: true },
    });
    if (official.length !== codes.length) {
      throw new ValidationError("Revise los datos enviados.", {
        sigepCodes: [`Elija entidades del departamento con resultados oficiales de ${input.vigencia}.`],
      });
    }
    const offer = await db.trainingOffer.create({
      data: {
        departmentCode: ctx.departmentCode,
        policyCode: input.policyCode,
        vigencia: input.vigencia,
        title: input.title,
        description: input.description,
        scheduledOn: new Date(`${input.scheduledOn}T00:00:00Z`),
        modality: input.modality,
        place: input.place,
        createdByName: ctx.userName,
        invitees: { create: official.map((o) => ({ sigepCode: o.sigepCode, entityName: o.entityName })) },
      },
      select: { id: true },
    });
    return { offerId: offer.id };
  });
}

export async function recordAttendance(ctx: AdvisorContext, input: RecordAttendance) {
  return withAdvisor(ctx, async (db) => {
    const offer = await db.trainingOffer.findFirst({
      where: { id: input.offerId, departmentCode: ctx.departmentCode },
      select: { id: true, invitees: { select: { id: true, sigepCode: true } } },
    });
    if (!offer) throw new NotFoundError();
    const bySigep = new Map(offer.invitees.map((i) => [i.sigepCode, i.id]));
    const unknown = input.attendance.filter((a) => !bySigep.has(a.sigepCode));
    if (unknown.length) throw new ValidationError("Revise los datos enviados.", { attendance: ["Solo se registra la asistencia de las entidades invitadas."] });
    for (const a of input.attendance) {
      await db.trainingInvitee.update({
        where: { id: bySigep.get(a.sigepCode)! },
        data: { attended: a.attended, attendeeCount: a.attended ? a.attendeeCount : 0 },
      });
    }
  });
}

export async function listTrainingOffers(ctx: AdvisorContext) {
  return withAdvisor(ctx, (db) =>
    db.trainingOffer.findMany({
      where: { departmentCode: ctx.departmentCode },
      select: {
        id: true,
        policyCode: true,
        title: true,
        scheduledOn: true,
        modality: true,
        invitees: { select: { attended: true } },
      },
      orderBy: { scheduledOn: "desc" },
    }),
  );
}

export async function loadTrainingOffer(ctx: AdvisorContext, offerId: string) {
  return withAdvisor(ctx, async (db) => {
    const offer = await db.trainingOffer.findFirst({
      where: { id: offerId, departmentCode: ctx.departmentCode },
      select: {
        id: true,
        policyCode: true,
        vigencia: true,
        title: true,
        description: true,
        scheduledOn: true,
        modality: true,
        place: true,
        createdByName: true,
        invitees: { select: { sigepCode: true, entityName: true, attended: true, attendeeCount: true } },
      },
    });
    if (!offer) throw new NotFoundError();
    offer.invitees.sort((a, b) => a.entityName.localeCompare(b.entityName, "es"));
    return offer;
  });
}
