// Authorization cases of the evidence and finding actions and routes, for the
// app-wide suite (action-cases.ts: `...EVIDENCE_ACTION_CASES`,
// `...EVIDENCE_ROUTE_CASES`). Inputs use the fixture's evidence, link and
// finding of each side (tenant-fixture.ts, evidence-fixture.ts).
import type { ActionCase, RouteCase } from "./action-cases";
import type { Side, TenantFixture } from "./tenant-fixture";

const EVIDENCE = "app/(app)/e/[entityId]/evidencias/actions.ts";
const FINDINGS = "app/(app)/e/[entityId]/hallazgos/actions.ts";
const API = "app/api/e/[entityId]/evidencias";

const evidenceInput = (s: Side) => ({
  title: "Informe de seguimiento (editado)",
  documentDate: "2025-02-01",
  ownerId: s.users.RESPONSABLE,
  policyCode: "POL03",
  validUntil: "",
});

export const EVIDENCE_ACTION_CASES: ActionCase[] = [
  {
    kind: "entity",
    file: EVIDENCE,
    name: "updateEvidenceAction",
    permission: "evidence.upload",
    input: (_f, t) => ({ entityId: t.entityId, evidenceId: t.evidence.evidenceId, ...evidenceInput(t) }),
    mixedInput: (f) => ({ entityId: f.A.entityId, evidenceId: f.B.evidence.evidenceId, ...evidenceInput(f.A) }),
  },
  {
    kind: "entity",
    file: EVIDENCE,
    name: "linkEvidenceAction",
    permission: "evidence.upload",
    // Links to the sample finding (a second link each time would be a 409, not a refusal).
    input: (_f, t) => ({ entityId: t.entityId, evidenceId: t.evidence.evidenceId, target: { kind: "FINDING", targetId: t.evidence.findingId } }),
    mixedInput: (f) => ({ entityId: f.A.entityId, evidenceId: f.A.evidence.evidenceId, target: { kind: "ACTIVITY", targetId: f.B.assessmentId, targetSubId: f.B.activityIds[1] } }),
  },
  {
    kind: "entity",
    file: EVIDENCE,
    name: "unlinkEvidenceAction",
    permission: "evidence.upload",
    // An id that is not a link of the entity: admitted roles get 404, others 403.
    input: (_f, t) => ({ entityId: t.entityId, linkId: t.evidence.findingId }),
    mixedInput: (f) => ({ entityId: f.A.entityId, linkId: f.B.evidence.linkId }),
  },
  {
    kind: "entity",
    file: EVIDENCE,
    name: "reviewEvidenceAction",
    permission: "evidence.review",
    input: (_f, t) => ({ entityId: t.entityId, evidenceId: t.evidence.evidenceId, linkId: t.evidence.linkId, state: "ACEPTADA", comment: "" }),
    mixedInput: (f) => ({ entityId: f.A.entityId, evidenceId: f.B.evidence.evidenceId, state: "RECHAZADA", comment: "No corresponde" }),
  },
  {
    kind: "entity",
    file: FINDINGS,
    name: "createFindingAction",
    permission: "finding.create",
    input: (_f, t) => ({ entityId: t.entityId, severity: "BAJA", description: "Hallazgo de prueba de autorización.", responsibleId: t.users.RESPONSABLE, dueDate: "2026-12-31" }),
    mixedInput: (f) => ({
      entityId: f.A.entityId,
      severity: "BAJA",
      description: "Hallazgo con ids de la otra entidad.",
      responsibleId: f.A.users.RESPONSABLE,
      evidenceId: f.B.evidence.evidenceId,
      dueDate: "2026-12-31",
    }),
  },
  {
    kind: "entity",
    file: FINDINGS,
    name: "answerFindingAction",
    permission: "finding.answer",
    input: (_f, t) => ({ entityId: t.entityId, findingId: t.evidence.findingId, answer: "Se adjuntó el acta firmada." }),
    mixedInput: (f) => ({ entityId: f.A.entityId, findingId: f.B.evidence.findingId, answer: "Respuesta a un hallazgo ajeno." }),
  },
  {
    kind: "entity",
    file: FINDINGS,
    name: "closeFindingAction",
    permission: "finding.close",
    input: (_f, t) => ({ entityId: t.entityId, findingId: t.evidence.findingId, comment: "Verificado." }),
    mixedInput: (f) => ({ entityId: f.A.entityId, findingId: f.B.evidence.findingId, comment: "Cierre ajeno." }),
  },
];

const sideParams = (_f: TenantFixture, t: Side) => ({ entityId: t.entityId });

export const EVIDENCE_ROUTE_CASES: RouteCase[] = [
  {
    // Multipart uploads; this suite sends JSON, which admitted roles get back
    // as 422. Real uploads and refusals: evidence-uploads*.test.ts.
    file: `${API}/route.ts`,
    access: "entity",
    method: "POST",
    permission: "evidence.upload",
    params: sideParams,
    body: () => ({ title: "JSON no es multipart" }),
  },
  {
    file: `${API}/[evidenceId]/revisiones/route.ts`,
    access: "entity",
    method: "POST",
    permission: "evidence.upload",
    params: (_f, t) => ({ entityId: t.entityId, evidenceId: t.evidence.evidenceId }),
    mixedParams: (f) => ({ entityId: f.A.entityId, evidenceId: f.B.evidence.evidenceId }),
    body: () => ({ note: "JSON no es multipart" }),
  },
  {
    file: `${API}/archivos/[fileId]/route.ts`,
    access: "entity",
    method: "GET",
    permission: "evidence.view",
    params: (_f, t) => ({ entityId: t.entityId, fileId: t.evidence.fileId }),
    mixedParams: (f) => ({ entityId: f.A.entityId, fileId: f.B.evidence.fileId }),
  },
  {
    // Without the query string the suite gets 422 when admitted.
    file: `${API}/vinculadas/route.ts`,
    access: "entity",
    method: "GET",
    permission: "evidence.view",
    params: sideParams,
  },
];
