// Committee sessions and action plans together: a commitment becomes a task
// of an open plan once (PLANEACION; foreign ids 404; the link reads both
// ways), and a plan's approval is recorded in the session that took it and
// listed in the acta.
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadPlan } from "@/lib/action-plans/load-plan";
import type { ActionResult } from "@/lib/authz/actions";
import { loadEntityContext } from "@/lib/authz/entity-context";
import { renderActaPdf } from "@/lib/committee/acta-pdf";
import { loadCommitteeSession } from "@/lib/committee/load-session";
import { loadConvertiblePlans, loadUnlinkedApprovals } from "@/lib/committee/load-session-options";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";

const signedIn = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUserId: async () => signedIn.userId,
  requireSessionUserId: async () => signedIn.userId ?? "",
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const committee = await import("@/app/(app)/e/[entityId]/comite/actions");
const plans = await import("@/app/(app)/e/[entityId]/planes/actions");

let f: TenantFixture;
beforeAll(async () => {
  f = await createTenantFixture("committee_plans");
});
afterAll(async () => f?.close());

function ok<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`${result.status} ${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

const as = (role: keyof TenantFixture["A"]["users"]) => {
  signedIn.userId = f.A.users[role];
};

async function newCommitment(responsible: string, dueOn: Date | null = null) {
  return f.owner.committeeCommitment.create({
    data: { entityId: f.A.entityId, sessionId: f.A.committee.sessionId, text: `Actualizar el normograma (${responsible})`, responsible, dueOn },
  });
}

describe("convertir un compromiso en tarea del plan", () => {
  let itemId: string;

  it("planeación convierte el compromiso: la tarea lleva el texto, la fecha y el origen, y el compromiso apunta a ella", async () => {
    as("PLANEACION");
    const commitment = await newCommitment("planeacion  de á", new Date("2026-05-31T00:00:00Z"));
    const ctx = await loadEntityContext(f.A.users.PLANEACION, f.A.entityId);
    expect((await loadConvertiblePlans(ctx)).map((p) => p.id)).toEqual([f.A.planId]);
    const result = ok(await committee.convertCommitmentAction({ entityId: f.A.entityId, commitmentId: commitment.id, planId: f.A.planId }));
    itemId = result.itemId;
    const item = await f.owner.actionPlanItem.findUniqueOrThrow({ where: { id: itemId } });
    expect(item).toMatchObject({
      planId: f.A.planId,
      sourceKind: "COMMITMENT",
      sourceKey: `COMMITMENT:${commitment.id}`,
      gapLabel: "Compromiso del comité del 10/02/2026",
      action: "Actualizar el normograma (planeacion  de á)",
      policyCode: "POL03",
      // "planeacion  de á" names "PLANEACION de A" (accents, case and spaces aside), who has plan.edit.
      responsibleId: f.A.users.PLANEACION,
    });
    expect(item.dueDate?.toISOString()).toBe("2026-05-31T00:00:00.000Z");
    expect((await f.owner.committeeCommitment.findUniqueOrThrow({ where: { id: commitment.id } })).planItemId).toBe(itemId);

    const session = await loadCommitteeSession(ctx, f.A.committee.sessionId);
    expect(session.commitments.find((c) => c.id === commitment.id)?.planItem).toMatchObject({ id: itemId, planId: f.A.planId, plan: { name: "Plan de prueba" } });
    const plan = await loadPlan(ctx, f.A.planId);
    expect(plan.items.find((i) => i.id === itemId)?.commitmentHref).toBe(`/e/${f.A.entityId}/comite/${f.A.committee.sessionId}`);
  });

  it("un compromiso se convierte una sola vez (409) y no se puede quitar del acta mientras sea tarea", async () => {
    as("PLANEACION");
    const commitment = await f.owner.committeeCommitment.findFirstOrThrow({ where: { planItemId: itemId } });
    const before = await f.owner.actionPlanItem.count({ where: { entityId: f.A.entityId } });
    const again = await committee.convertCommitmentAction({ entityId: f.A.entityId, commitmentId: commitment.id, planId: f.A.planId });
    expect(again).toMatchObject({ ok: false, status: 409, error: "Este compromiso ya es una tarea del plan «Plan de prueba»." });
    expect(await f.owner.actionPlanItem.count({ where: { entityId: f.A.entityId } })).toBe(before);
    as("COMITE");
    const removed = await committee.removeCommitmentAction({ entityId: f.A.entityId, itemId: commitment.id });
    expect(removed).toMatchObject({ ok: false, status: 409 });
    expect(await f.owner.committeeCommitment.count({ where: { id: commitment.id } })).toBe(1);
  });

  it("si la tarea se borra del plan en borrador, el compromiso queda libre para convertirse otra vez", async () => {
    as("PLANEACION");
    ok(await plans.deletePlanItemAction({ entityId: f.A.entityId, itemId }));
    const commitment = await f.owner.committeeCommitment.findFirstOrThrow({ where: { text: "Actualizar el normograma (planeacion  de á)" } });
    expect(commitment.planItemId).toBeNull();
  });

  it("un responsable que no coincide con un miembro que pueda editar planes deja la tarea sin asignar", async () => {
    as("PLANEACION");
    // COMITE de A is a member, but the committee does not report on plan items.
    const commitment = await newCommitment("COMITE de A");
    const { itemId: id } = ok(await committee.convertCommitmentAction({ entityId: f.A.entityId, commitmentId: commitment.id, planId: f.A.planId }));
    expect((await f.owner.actionPlanItem.findUniqueOrThrow({ where: { id } })).responsibleId).toBeNull();
  });

  it("compromiso o plan de otra entidad: 404 y nada cambia", async () => {
    as("PLANEACION");
    const commitment = await newCommitment("Oficina jurídica");
    const itemsB = await f.owner.actionPlanItem.count({ where: { entityId: f.B.entityId } });
    expect(await committee.convertCommitmentAction({ entityId: f.A.entityId, commitmentId: commitment.id, planId: f.B.planId })).toMatchObject({ ok: false, status: 404 });
    expect(await committee.convertCommitmentAction({ entityId: f.A.entityId, commitmentId: f.B.committee.commitmentId, planId: f.A.planId })).toMatchObject({ ok: false, status: 404 });
    expect(await f.owner.actionPlanItem.count({ where: { entityId: f.B.entityId } })).toBe(itemsB);
    expect((await f.owner.committeeCommitment.findUniqueOrThrow({ where: { id: commitment.id } })).planItemId).toBeNull();
    expect((await f.owner.committeeCommitment.findUniqueOrThrow({ where: { id: f.B.committee.commitmentId } })).planItemId).toBeNull();
  });

  it("el comité no convierte (403); un responsable solo en planes de sus políticas; un plan cerrado no recibe tareas", async () => {
    const commitment = await newCommitment("Talento humano");
    as("COMITE");
    expect(await committee.convertCommitmentAction({ entityId: f.A.entityId, commitmentId: commitment.id, planId: f.A.planId })).toMatchObject({ ok: false, status: 403 });
    const other = await f.owner.actionPlan.create({ data: { entityId: f.A.entityId, vigencia: 2025, policyCode: "POL05", name: "Plan de otra política" } });
    as("RESPONSABLE");
    expect(await committee.convertCommitmentAction({ entityId: f.A.entityId, commitmentId: commitment.id, planId: other.id })).toMatchObject({ ok: false, status: 403 });
    const ctx = await loadEntityContext(f.A.users.RESPONSABLE, f.A.entityId);
    expect((await loadConvertiblePlans(ctx)).map((p) => p.id)).toEqual([f.A.planId]);
    await f.owner.actionPlan.update({ where: { id: other.id }, data: { state: "CERRADO" } });
    as("PLANEACION");
    expect(await committee.convertCommitmentAction({ entityId: f.A.entityId, commitmentId: commitment.id, planId: other.id })).toMatchObject({ ok: false, status: 409, error: "El plan está cerrado: elija un plan abierto." });
    expect((await f.owner.committeeCommitment.findUniqueOrThrow({ where: { id: commitment.id } })).planItemId).toBeNull();
  });
});

describe("aprobación del plan en una sesión", () => {
  it("la aprobación del plan se vincula a la sesión una vez y el acta la lista", async () => {
    as("COMITE");
    ok(await plans.transitionPlanAction({ entityId: f.A.entityId, planId: f.A.planId, transition: "approve" }));
    const transition = await f.owner.actionPlanTransition.findFirstOrThrow({ where: { planId: f.A.planId, toState: "APROBADO" } });
    const ctx = await loadEntityContext(f.A.users.COMITE, f.A.entityId);
    const option = (await loadUnlinkedApprovals(ctx)).find((o) => o.id === transition.id);
    expect(option?.label).toMatch(/^Plan de acción «Plan de prueba» · vigencia 2025 · aprobado el \d\d\/\d\d\/\d{4} por COMITE de A$/);

    const { id } = ok(await committee.linkApprovalAction({ entityId: f.A.entityId, sessionId: f.A.committee.sessionId, transitionId: transition.id }));
    expect(await f.owner.committeeApproval.findUniqueOrThrow({ where: { id } })).toMatchObject({ kind: "ACTION_PLAN", planTransitionId: transition.id, assessmentTransitionId: null });
    expect((await loadUnlinkedApprovals(ctx)).some((o) => o.id === transition.id)).toBe(false);
    expect(await committee.linkApprovalAction({ entityId: f.A.entityId, sessionId: f.A.committee.sessionId, transitionId: transition.id })).toMatchObject({
      ok: false,
      status: 409,
      error: "Esa aprobación ya está registrada en la sesión del 10/02/2026.",
    });

    const session = await loadCommitteeSession(ctx, f.A.committee.sessionId);
    expect(session.approvals.find((a) => a.id === id)).toMatchObject({ kind: "ACTION_PLAN", description: "Plan de acción «Plan de prueba» · vigencia 2025", approvedBy: "COMITE de A" });
    const bytes = await renderActaPdf(ctx.entity.name, session);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Plan de acción «Plan de prueba» · vigencia 2025");
    expect(flat).toContain("Actualizar el normograma (COMITE de A) (tarea del plan «Plan de prueba»)");
  });

  it("la aprobación del plan de otra entidad: 404 y nada se vincula", async () => {
    as("COMITE");
    const foreign = await f.owner.actionPlanTransition.create({
      data: { entityId: f.B.entityId, planId: f.B.planId, fromState: "BORRADOR", toState: "APROBADO", actorId: f.B.users.COMITE, actorName: "COMITE de B" },
    });
    const before = await f.owner.committeeApproval.count();
    expect(await committee.linkApprovalAction({ entityId: f.A.entityId, sessionId: f.A.committee.sessionId, transitionId: foreign.id })).toMatchObject({ ok: false, status: 404 });
    expect(await f.owner.committeeApproval.count()).toBe(before);
  });
});
