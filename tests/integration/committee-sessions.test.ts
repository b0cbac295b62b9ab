// Committee sessions through their server actions, as a COMITE member: the
// session with attendees, decisions, commitments and a linked approval, the
// refusals (bad input 422, an approval already recorded 409), and the acta.
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadEntityContext } from "@/lib/authz/entity-context";
import type { ActionResult } from "@/lib/authz/actions";
import { renderActaPdf } from "@/lib/committee/acta-pdf";
import { loadCommitteeSession } from "@/lib/committee/load-session";
import { loadUnlinkedApprovals } from "@/lib/committee/load-session-options";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";

const signedIn = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUserId: async () => signedIn.userId,
  requireSessionUserId: async () => signedIn.userId ?? "",
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const actions = await import("@/app/(app)/e/[entityId]/comite/actions");

let f: TenantFixture;
beforeAll(async () => {
  f = await createTenantFixture("committee_sessions");
  signedIn.userId = f.A.users.COMITE;
});
afterAll(async () => f?.close());

function ok<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`${result.status} ${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

describe("sesiones del comité", () => {
  let sessionId: string;

  it("crea la sesión con miembros e invitados, decisiones, compromisos y una aprobación vinculada", async () => {
    sessionId = ok(
      await actions.createCommitteeSessionAction({
        entityId: f.A.entityId,
        heldOn: "2026-03-05",
        place: "Despacho del alcalde",
        agenda: ["Verificación del quórum", "Resultados del autodiagnóstico 2025"],
        memberIds: [f.A.users.COMITE, f.A.users.PLANEACION],
        guests: [{ name: "María Asesora", position: "Función Pública" }],
      }),
    ).id;
    ok(await actions.addDecisionAction({ entityId: f.A.entityId, sessionId, text: "Se aprueba el autodiagnóstico de Planeación Institucional." }));
    ok(await actions.addCommitmentAction({ entityId: f.A.entityId, sessionId, text: "Formular el plan de mejora", responsible: "Oficina de Planeación", dueOn: "2026-04-30" }));
    const ctx = await loadEntityContext(f.A.users.COMITE, f.A.entityId);
    const approvable = await loadUnlinkedApprovals(ctx);
    expect(approvable.map((a) => a.id)).toEqual([f.A.committee.unlinkedTransitionId]);
    ok(await actions.linkApprovalAction({ entityId: f.A.entityId, sessionId, transitionId: f.A.committee.unlinkedTransitionId }));
    expect(await loadUnlinkedApprovals(ctx)).toEqual([]);

    const session = await loadCommitteeSession(ctx, sessionId);
    expect(session.heldOn.toISOString()).toBe("2026-03-05T00:00:00.000Z");
    expect(session.attendees.map((a) => a.name).sort()).toEqual(["COMITE de A", "María Asesora", "PLANEACION de A"]);
    expect(session.decisions).toHaveLength(1);
    expect(session.commitments[0]).toMatchObject({ responsible: "Oficina de Planeación", planItem: null });
    expect(session.approvals[0]!.description).toMatch(/^Autodiagnóstico POL03 .+ · vigencia 2025$/);
  });

  it("una aprobación ya registrada en otra sesión responde 409", async () => {
    const result = await actions.linkApprovalAction({ entityId: f.A.entityId, sessionId: f.A.committee.sessionId, transitionId: f.A.committee.unlinkedTransitionId });
    expect(result).toMatchObject({ ok: false, status: 409, error: "Esa aprobación ya está registrada en la sesión del 05/03/2026." });
  });

  it("datos incompletos: 422 con mensajes en español por campo, y no se guarda nada", async () => {
    const before = await f.owner.committeeSession.count({ where: { entityId: f.A.entityId } });
    const result = await actions.createCommitteeSessionAction({ entityId: f.A.entityId, heldOn: "05/03/2026", place: "", agenda: [], memberIds: [], guests: [] });
    expect(result).toMatchObject({ ok: false, status: 422 });
    if (result.ok) return;
    expect(result.fieldErrors?.heldOn).toEqual(["Escriba una fecha válida (dd/mm/aaaa)."]);
    expect(result.fieldErrors?.agenda).toEqual(["Escriba al menos un punto del orden del día."]);
    const commitment = await actions.addCommitmentAction({ entityId: f.A.entityId, sessionId, text: "x", responsible: "", dueOn: "mañana" });
    expect(commitment).toMatchObject({ ok: false, status: 422 });
    expect(await f.owner.committeeSession.count({ where: { entityId: f.A.entityId } })).toBe(before);
  });

  it("un lector no puede registrar decisiones (403)", async () => {
    signedIn.userId = f.A.users.LECTOR;
    try {
      expect(await actions.addDecisionAction({ entityId: f.A.entityId, sessionId, text: "Decisión no autorizada" })).toMatchObject({ ok: false, status: 403 });
    } finally {
      signedIn.userId = f.A.users.COMITE;
    }
  });

  it("el acta en PDF trae la entidad, la fecha, asistentes, orden del día, decisiones, compromisos y aprobaciones", async () => {
    const ctx = await loadEntityContext(f.A.users.COMITE, f.A.entityId);
    const bytes = await renderActaPdf(ctx.entity.name, await loadCommitteeSession(ctx, sessionId));
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    for (const expected of [
      "Alcaldía A",
      "Sesión del 05/03/2026",
      "María Asesora — Función Pública",
      "2. Resultados del autodiagnóstico 2025",
      "Se aprueba el autodiagnóstico de Planeación Institucional.",
      "Formular el plan de mejora",
      "30/04/2026",
      "vigencia 2025",
    ]) {
      expect(flat).toContain(expected);
    }
  });
});
