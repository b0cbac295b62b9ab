// One case per server action of the app. The suite fails when an action
// exists without a case here, so every new action is checked for tenant
// isolation and for the permission table.
import { readFileSync } from "node:fs";
import type { Action } from "@/lib/authz/permissions";
import { FURAG_ACTION_CASES, FURAG_ROUTE_CASES } from "./furag-action-cases";
import { COMMITTEE_ACTION_CASES, COMMITTEE_ROUTE_CASES } from "./committee-action-cases";
import { EVIDENCE_ACTION_CASES, EVIDENCE_ROUTE_CASES } from "./evidence-action-cases";
import { ADVISOR_ACTION_CASES, ADVISOR_ROUTE_CASES } from "./advisor-action-cases";
import { MEMBERS_ACTION_CASES } from "./members-action-cases";
import { RESULTS_ROUTE_CASES } from "./results-action-cases";
import { PLANS_ACTION_CASES, PLANS_ROUTE_CASES } from "./plans-action-cases";
import type { Side, TenantFixture } from "./tenant-fixture";

export type EntityActionCase = {
  kind: "entity";
  file: string;
  name: string;
  permission: Action;
  /** A valid input for an action by `actor`'s side on `target`'s rows. */
  input(f: TenantFixture, target: Side): unknown | Promise<unknown>;
  /** Optional: the actor's own entity id with child ids of the other entity. */
  mixedInput?(f: TenantFixture): unknown | Promise<unknown>;
};

export type UserActionCase = {
  kind: "user";
  file: string;
  name: string;
  /** A valid input for the signed-in person. */
  input(f: TenantFixture): unknown;
};

export type PlatformActionCase = {
  kind: "platform";
  file: string;
  name: string;
  input(f: TenantFixture): unknown;
};

export type PublicActionCase = {
  kind: "public";
  file: string;
  name: string;
  /** Why it needs no session (e.g. it consumes a one-time link). */
  reason: string;
};

/** An action of the departmental advisor: allowed only to an advisor of the department in the input (see advisor-territory.test.ts). */
export type AdvisorActionCase = {
  kind: "advisor";
  file: string;
  name: string;
  /** A valid input for the advisor of `target`'s department, on `target`'s rows. */
  input(f: TenantFixture, target: Side): unknown | Promise<unknown>;
};

export type ActionCase = EntityActionCase | UserActionCase | PlatformActionCase | PublicActionCase | AdvisorActionCase;

const AUTODIAGNOSTICOS = "app/(app)/e/[entityId]/autodiagnosticos/actions.ts";
const SETTINGS = "app/(app)/e/[entityId]/configuracion/actions.ts";
const CATALOG_IMPORT = "app/(app)/plataforma/catalogo/actions.ts";
const PROFILE = "app/(app)/perfil/actions.ts";
const RESET = "app/restablecer/actions.ts";

export const ACTION_CASES: ActionCase[] = [
  ...MEMBERS_ACTION_CASES,
  ...FURAG_ACTION_CASES,
  ...COMMITTEE_ACTION_CASES,
  ...EVIDENCE_ACTION_CASES,
  ...PLANS_ACTION_CASES,
  ...ADVISOR_ACTION_CASES,
  {
    kind: "entity",
    file: SETTINGS,
    name: "saveEntitySettings",
    permission: "entity.settings.update",
    async input(f, target) {
      const e = await f.owner.entity.findUniqueOrThrow({ where: { id: target.entityId } });
      return {
        entityId: e.id,
        name: e.name,
        nit: e.nit,
        sigepCode: e.sigepCode,
        type: e.type,
        departmentCode: e.departmentCode,
        departmentName: e.departmentName,
        municipalityCode: e.municipalityCode ?? "",
        municipalityName: e.municipalityName ?? "",
        municipalCategory: e.municipalCategory ?? "",
        peerGroup: "Grupo cambiado",
        sharesWithAdvisor: !e.sharesWithAdvisor,
      };
    },
  },
  {
    kind: "entity",
    file: SETTINGS,
    name: "saveCatalogVersionChoice",
    permission: "entity.settings.update",
    input: (_f, target) => ({ entityId: target.entityId, vigencia: 2025, versionCode: "B" }),
  },
  {
    kind: "platform",
    file: CATALOG_IMPORT,
    name: "importCatalogFile",
    input: () => ({
      fileName: "catalogo.json",
      fileText: JSON.stringify({
        ...(JSON.parse(readFileSync("prisma/seed/catalog/version-b-manual-operativo-v6.json", "utf8")) as object),
        codigo: `T${Date.now().toString(36)}`,
      }),
    }),
  },
  { kind: "user", file: PROFILE, name: "updateMyName", input: () => ({ name: "Nombre Cambiado" }) },
  {
    kind: "user",
    file: PROFILE,
    name: "changeMyPassword",
    input: () => ({ currentPassword: "Clave-de-prueba-2026", password: "Otra-clave-segura-2027", confirmPassword: "Otra-clave-segura-2027" }),
  },
  { kind: "public", file: RESET, name: "requestPasswordResetLink", reason: "asks for a link: answers the same whatever the e-mail" },
  { kind: "public", file: RESET, name: "setPasswordWithResetLink", reason: "the one-time reset token is the credential" },
  {
    kind: "entity",
    file: AUTODIAGNOSTICOS,
    name: "startAssessmentAction",
    permission: "autodiagnostico.edit",
    input: (_f, target) => ({ entityId: target.entityId, vigencia: 2030, policyCode: "POL03" }),
  },
  {
    kind: "entity",
    file: AUTODIAGNOSTICOS,
    name: "transitionAssessmentAction",
    permission: "autodiagnostico.submit",
    input: (_f, target) => ({ entityId: target.entityId, assessmentId: target.assessmentId, transition: "submit" }),
    mixedInput: (f) => ({ entityId: f.A.entityId, assessmentId: f.B.assessmentId, transition: "submit" }),
  },
];

export type PublicRouteCase = { file: string; access: "public"; note: string };

/** A route handler under /api/e/[entityId]/…, called with a real Request. */
export type EntityRouteCase = {
  file: string;
  access: "entity";
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  permission: Action;
  params(f: TenantFixture, target: Side): Record<string, string>;
  mixedParams?(f: TenantFixture): Record<string, string>;
  body?(f: TenantFixture, target: Side): unknown;
  /**
   * A multipart upload takes no JSON body, so the hardening suite's JSON
   * variants do not apply: the integration test file named here covers its
   * malformed uploads instead (the suite checks that file exists).
   */
  multipartCoveredBy?: string;
};

/** A route handler of the platform operator (not under an entity). */
export type PlatformRouteCase = { file: string; access: "platform"; method: "POST"; body?(f: TenantFixture): unknown };

/** A route handler under /api/asesoria/[departmentCode]/… (see advisor-territory.test.ts). */
export type AdvisorRouteCase = {
  file: string;
  access: "advisor";
  method: "GET";
  params(f: TenantFixture, target: Side): Record<string, string>;
  query?: string;
};

export type RouteCase = PublicRouteCase | EntityRouteCase | PlatformRouteCase | AdvisorRouteCase;

export const ROUTE_CASES: RouteCase[] = [
  ...RESULTS_ROUTE_CASES,
  ...FURAG_ROUTE_CASES,
  ...COMMITTEE_ROUTE_CASES,
  ...EVIDENCE_ROUTE_CASES,
  ...PLANS_ROUTE_CASES,
  ...ADVISOR_ROUTE_CASES,
  {
    file: "app/api/e/[entityId]/autodiagnosticos/[assessmentId]/respuestas/[activityId]/route.ts",
    access: "entity",
    method: "PUT",
    permission: "autodiagnostico.edit",
    params: (_f, target) => ({ entityId: target.entityId, assessmentId: target.assessmentId, activityId: target.activityIds[0]! }),
    mixedParams: (f) => ({ entityId: f.A.entityId, assessmentId: f.B.assessmentId, activityId: f.B.activityIds[0]! }),
    body: () => ({ score: 55, notApplicable: false, observations: "prueba", baseVersion: 0 }),
  },
  {
    // Multipart upload of a workbook. This suite sends JSON, which admitted
    // roles get back as 422; real uploads (roles, RESPONSABLE's policies,
    // foreign entity, refused files) are in autodiagnostico-import-workbook.test.ts.
    file: "app/(app)/e/[entityId]/autodiagnosticos/importar/libro/route.ts",
    access: "entity",
    method: "POST",
    permission: "autodiagnostico.edit",
    params: (_f, target) => ({ entityId: target.entityId }),
    body: () => ({ policyCode: "POL03" }),
    multipartCoveredBy: "tests/integration/autodiagnostico-import-workbook.test.ts",
  },
  {
    file: "app/api/e/[entityId]/autodiagnosticos/[assessmentId]/exportar/route.ts",
    access: "entity",
    method: "GET",
    permission: "autodiagnostico.view",
    params: (_f, target) => ({ entityId: target.entityId, assessmentId: target.assessmentId }),
    mixedParams: (f) => ({ entityId: f.A.entityId, assessmentId: f.B.assessmentId }),
  },
  { file: "app/api/auth/[...nextauth]/route.ts", access: "public", note: "next-auth: sign-in and session endpoints" },
  { file: "app/api/health/route.ts", access: "public", note: "health probe: reveals only db/migration state" },
  { file: "app/api/ping/route.ts", access: "public", note: "constant answer, no data: the benchmark's ceiling" },
];
