// Authorization cases of the departmental advisor's entry points and of the
// entity's advisory request. Advisor cases ("advisor" kind) are checked in
// advisor-territory.test.ts: an advisor of another department and every
// member role of an entity of the department get 404 and nothing changes;
// the advisor of the department is admitted. The inputs act on the target
// side's fixture rows (a request in RECIBIDA, a training offer).
import type { ActionCase, RouteCase } from "./action-cases";
import type { Side } from "./tenant-fixture";

const REQUESTS = "app/(app)/asesoria/[departmentCode]/solicitudes/actions.ts";
const TRAINING = "app/(app)/asesoria/[departmentCode]/capacitaciones/actions.ts";
const ENTITY_REQUESTS = "app/(app)/e/[entityId]/asesoria/actions.ts";

const onRequest = (target: Side) => ({ departmentCode: target.departmentCode, requestId: target.advisoryRequestId });

export const ADVISOR_ACTION_CASES: ActionCase[] = [
  {
    kind: "entity",
    file: ENTITY_REQUESTS,
    name: "fileAdvisoryRequestAction",
    permission: "advisory.request",
    input: (_f, target) => ({ entityId: target.entityId, policyCode: "POL05", subject: "Asesoría en talento humano", description: "Necesitamos apoyo." }),
  },
  { kind: "advisor", file: REQUESTS, name: "assignResponsibleAction", input: (_f, target) => ({ ...onRequest(target), responsibleId: target.advisorId }) },
  { kind: "advisor", file: REQUESTS, name: "referToLeaderAction", input: (_f, target) => ({ ...onRequest(target), referral: "Oficio 123 al líder de la política" }) },
  { kind: "advisor", file: REQUESTS, name: "recordAssistancePlanAction", input: (_f, target) => ({ ...onRequest(target), plan: "Dos sesiones virtuales" }) },
  {
    kind: "advisor",
    file: REQUESTS,
    name: "recordSessionAction",
    input: (_f, target) => ({ ...onRequest(target), heldOn: "2026-01-15", modality: "VIRTUAL", attendees: "Planeación", topics: "Rutas" }),
  },
  { kind: "advisor", file: REQUESTS, name: "closeRequestAction", input: (_f, target) => ({ ...onRequest(target), summary: "Plan de mejora adoptado" }) },
  {
    kind: "advisor",
    file: TRAINING,
    name: "createTrainingOfferAction",
    input: (_f, target) => ({
      departmentCode: target.departmentCode,
      policyCode: "POL03",
      vigencia: 2024,
      title: "Taller de planeación",
      description: "Herramientas",
      scheduledOn: "2026-04-10",
      modality: "PRESENCIAL",
      place: "Gobernación",
      sigepCodes: [target.sigepCode],
    }),
  },
  {
    kind: "advisor",
    file: TRAINING,
    name: "recordAttendanceAction",
    input: (_f, target) => ({
      departmentCode: target.departmentCode,
      offerId: target.trainingOfferId,
      attendance: [{ sigepCode: target.sigepCode, attended: true, attendeeCount: 3 }],
    }),
  },
];

export const ADVISOR_ROUTE_CASES: RouteCase[] = [
  { file: "app/api/asesoria/[departmentCode]/exportar/route.ts", access: "advisor", method: "GET", params: (_f, target) => ({ departmentCode: target.departmentCode }), query: "formato=xlsx" },
];
