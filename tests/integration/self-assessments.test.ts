// Filling a self-assessment: saving answers with optimistic concurrency (no
// lost update), the workflow, the RESPONSABLE's policy scope, the baseline
// from the previous vigencia, and tenant isolation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEntityContext, type EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors/app-error";
import { loadAssessment } from "@/lib/self-assessments/load-assessment";
import { ResponseConflictError, saveActivityResponse } from "@/lib/self-assessments/save-response";
import { startAssessment } from "@/lib/self-assessments/start-assessment";
import { transitionAssessment } from "@/lib/self-assessments/transition-assessment";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";

let f: TenantFixture;
let planner: EntityContext;
let committee: EntityContext;
let assessmentId: string;
let activities: string[];

beforeAll(async () => {
  f = await createTenantFixture("self_assessments");
  // The fixture's own POL03/2025 assessment is not used here: start afresh on 2022.
  planner = await loadEntityContext(f.A.users.PLANEACION, f.A.entityId);
  committee = await loadEntityContext(f.A.users.COMITE, f.A.entityId);
  assessmentId = (await startAssessment(planner, { entityId: f.A.entityId, vigencia: 2022, policyCode: "POL03", fromPrevious: false })).id;
  const view = await loadAssessment(planner, assessmentId);
  activities = view.components.flatMap((c) => c.categories.flatMap((k) => k.activities.map((a) => a.id)));
});
afterAll(async () => f?.close());

const answer = (score: number | null, baseVersion: number, extra: Partial<{ notApplicable: boolean; observations: string | null }> = {}) => ({
  score,
  notApplicable: false,
  observations: null,
  baseVersion,
  ...extra,
});

describe("autodiagnósticos", () => {
  it("abrir dos veces el mismo autodiagnóstico devuelve el mismo", async () => {
    expect(await startAssessment(planner, { entityId: f.A.entityId, vigencia: 2022, policyCode: "POL03", fromPrevious: false })).toEqual({ id: assessmentId, created: false });
  });

  it("guarda, recalcula con el módulo de puntajes y excluye «no aplica»", async () => {
    await saveActivityResponse(planner, { assessmentId, activityId: activities[0]! }, answer(80, 0));
    await saveActivityResponse(planner, { assessmentId, activityId: activities[1]! }, answer(40, 0));
    await saveActivityResponse(planner, { assessmentId, activityId: activities[2]! }, answer(null, 0, { notApplicable: true, observations: "No aplica: sin planta" }));
    const view = await loadAssessment(planner, assessmentId);
    expect(view.scores.policy).toBe(60);
    expect(view.progress).toMatchObject({ scored: 2, notApplicable: 1 });
  });

  it("dos personas guardando la misma actividad: una gana y la otra recibe el valor ajeno, sin pérdidas", async () => {
    const activityId = activities[3]!;
    const [first, second] = await Promise.allSettled([
      saveActivityResponse(planner, { assessmentId, activityId }, answer(70, 0)),
      saveActivityResponse(planner, { assessmentId, activityId }, answer(30, 0)),
    ]);
    const results = [first, second];
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(ResponseConflictError);
    const winner = (won[0] as PromiseFulfilledResult<{ score: number | null; version: number }>).value;
    expect((lost[0]!.reason as ResponseConflictError).current).toMatchObject({ score: winner.score, version: 1 });
    // The loser decides to keep theirs, now based on the version they were shown.
    const kept = await saveActivityResponse(planner, { assessmentId, activityId }, answer(winner.score === 70 ? 30 : 70, 1));
    expect(kept.version).toBe(2);
    // A save based on an old version never overwrites silently.
    await expect(saveActivityResponse(planner, { assessmentId, activityId }, answer(99, 1))).rejects.toBeInstanceOf(ResponseConflictError);
  });

  it("un RESPONSABLE solo edita las políticas asignadas", async () => {
    await f.owner.policyAssignment.deleteMany({ where: { membershipId: f.A.memberships.RESPONSABLE } });
    const unassigned = await loadEntityContext(f.A.users.RESPONSABLE, f.A.entityId);
    await expect(saveActivityResponse(unassigned, { assessmentId, activityId: activities[4]! }, answer(50, 0))).rejects.toBeInstanceOf(ForbiddenError);
    await f.owner.policyAssignment.create({ data: { entityId: f.A.entityId, membershipId: f.A.memberships.RESPONSABLE, policyCode: "POL03" } });
    const assigned = await loadEntityContext(f.A.users.RESPONSABLE, f.A.entityId);
    await expect(saveActivityResponse(assigned, { assessmentId, activityId: activities[4]! }, answer(50, 0))).resolves.toMatchObject({ score: 50 });
  });

  it("control interno y el comité no editan puntajes", async () => {
    const auditor = await loadEntityContext(f.A.users.CONTROL_INTERNO, f.A.entityId);
    await expect(saveActivityResponse(auditor, { assessmentId, activityId: activities[5]! }, answer(50, 0))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveActivityResponse(committee, { assessmentId, activityId: activities[5]! }, answer(50, 0))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("un miembro de B no ve ni cambia el autodiagnóstico de A", async () => {
    const outsider = await loadEntityContext(f.B.users.PLANEACION, f.B.entityId);
    await expect(loadAssessment(outsider, assessmentId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveActivityResponse(outsider, { assessmentId, activityId: activities[6]! }, answer(10, 0))).rejects.toBeInstanceOf(NotFoundError);
    await expect(transitionAssessment(outsider, { entityId: f.B.entityId, assessmentId, transition: "submit" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await f.owner.activityResponse.count({ where: { activityId: activities[6]! } })).toBe(0);
  });

  it("flujo: enviar, aprobar (queda bloqueado), reabrir solo con motivo", async () => {
    await expect(transitionAssessment(committee, { entityId: f.A.entityId, assessmentId, transition: "approve" })).rejects.toBeInstanceOf(ConflictError);
    await transitionAssessment(planner, { entityId: f.A.entityId, assessmentId, transition: "submit" });
    await expect(transitionAssessment(planner, { entityId: f.A.entityId, assessmentId, transition: "approve" })).rejects.toBeInstanceOf(ForbiddenError);
    await transitionAssessment(committee, { entityId: f.A.entityId, assessmentId, transition: "approve" });
    const approved = await loadAssessment(planner, assessmentId);
    expect(approved).toMatchObject({ state: "APROBADO", approvedByName: "COMITE de A", permissions: { canEdit: false } });
    await expect(saveActivityResponse(planner, { assessmentId, activityId: activities[0]! }, answer(10, 1))).rejects.toThrow(/no se puede modificar/);
    await expect(transitionAssessment(committee, { entityId: f.A.entityId, assessmentId, transition: "reopen", reason: "corto" })).rejects.toThrow(/motivo/);
    await transitionAssessment(committee, { entityId: f.A.entityId, assessmentId, transition: "reopen", reason: "Faltó revisar la evidencia del plan" });
    const history = await withTenant(planner, (db) => db.assessmentTransition.findMany({ where: { assessmentId }, orderBy: { createdAt: "asc" } }));
    expect(history.map((h) => h.toState)).toEqual(["EN_REVISION", "APROBADO", "BORRADOR"]);
    expect(history[2]).toMatchObject({ reason: "Faltó revisar la evidencia del plan", actorName: "COMITE de A" });
  });

  it("la vigencia siguiente puede partir de los puntajes anteriores y compara con ellos", async () => {
    const next = await startAssessment(planner, { entityId: f.A.entityId, vigencia: 2023, policyCode: "POL03", fromPrevious: true });
    const view = await loadAssessment(planner, next.id);
    const first = view.components[0]!.categories[0]!.activities[0]!;
    expect(first.response.score).toBe(80);
    expect(first.previous).toEqual({ score: 80, notApplicable: false });
    expect(view.previous?.vigencia).toBe(2022);
    expect(view.scores.policy).toBe(view.previous?.policyScore);
  });
});
