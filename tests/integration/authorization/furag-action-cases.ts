// Authorization cases of the FURAG preparation workspace, the operator's
// questionnaire actions and the module export route, for the app-wide suite
// (`...FURAG_ACTION_CASES`, `...FURAG_ROUTE_CASES`). The question is shared
// reference data; each entity's answer to it is the tenant row at stake.
import { readFileSync } from "node:fs";
import type { ActionCase, RouteCase } from "./action-cases";
import { FURAG_FIXTURE_VIGENCIA } from "./furag-fixture";

const WORKSPACE = "app/(app)/e/[entityId]/furag/actions.ts";
const PLATFORM = "app/(app)/plataforma/furag/actions.ts";

const answer = { selected: ["Plan adoptado", "Plan publicado"], numbers: {}, text: "", supports: { "Plan adoptado": "Resolución 12" } };

export const FURAG_ACTION_CASES: ActionCase[] = [
  {
    kind: "entity",
    file: WORKSPACE,
    name: "saveFuragAnswerAction",
    permission: "furag.answer",
    // baseVersion 1 is the fixture answer's version.
    input: (f, target) => ({ entityId: target.entityId, questionId: f.furagQuestionId, baseVersion: 1, value: answer, notApplicable: false, notApplicableReason: "" }),
  },
  {
    kind: "entity",
    file: WORKSPACE,
    name: "reviewFuragAnswerAction",
    permission: "furag.review",
    input: (f, target) => ({ entityId: target.entityId, questionId: f.furagQuestionId, outcome: "CON_OBSERVACIONES", observation: "Falta el acta de adopción." }),
  },
  {
    kind: "entity",
    file: WORKSPACE,
    name: "assignFuragResponsibleAction",
    permission: "furag.answer",
    input: (f, target) => ({ entityId: target.entityId, questionId: f.furagQuestionId, responsibleUserId: target.users.RESPONSABLE }),
    // A's entity, B's person: refused as a person who is not a member.
    mixedInput: (f) => ({ entityId: f.A.entityId, questionId: f.furagQuestionId, responsibleUserId: f.B.users.RESPONSABLE }),
  },
  {
    kind: "entity",
    file: WORKSPACE,
    name: "addFuragCommentAction",
    permission: "furag.comment",
    input: (f, target) => ({ entityId: target.entityId, questionId: f.furagQuestionId, body: "¿Dónde está el acta?" }),
  },
  {
    kind: "platform",
    file: PLATFORM,
    name: "importFuragQuestionnaireAction",
    input: () => ({
      vigencia: 2025,
      fileName: "furag-2025-preguntas.xlsx",
      fileBase64: readFileSync("../shared/data/furag-2025-preguntas.xlsx").toString("base64"),
    }),
  },
  {
    kind: "platform",
    file: PLATFORM,
    name: "updateFuragModulePolicyAction",
    input: () => ({ prefix: "PLA", topic: "Planeación institucional", policyCode: "POL03" }),
  },
];

export const FURAG_ROUTE_CASES: RouteCase[] = [
  {
    file: "app/api/e/[entityId]/furag/[vigencia]/[modulo]/[formato]/route.ts",
    access: "entity",
    method: "GET",
    permission: "furag.view",
    params: (_f, target) => ({ entityId: target.entityId, vigencia: String(FURAG_FIXTURE_VIGENCIA), modulo: "PLA", formato: "xlsx" }),
  },
];
