// Control interno's side: verdicts on evidence and on links (with history),
// the review queue oldest first, "vencida", findings answered by their
// responsible and closed by control interno, and the integrity check that
// notices altered and missing files.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadEntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { createEvidence } from "@/lib/evidence/create-evidence";
import { linkEvidence, listEvidenceFor } from "@/lib/evidence/link-evidence";
import { loadReviewQueue } from "@/lib/evidence/load-review-queue";
import { reviewEvidence } from "@/lib/evidence/review-evidence";
import { DiskStorage } from "@/lib/evidence/storage/disk-storage";
import { stageUpload } from "@/lib/evidence/upload/stage-upload";
import { verifyIntegrity } from "@/lib/evidence/verify-integrity";
import { answerFinding } from "@/lib/findings/answer-finding";
import { closeFinding } from "@/lib/findings/close-finding";
import { createFinding } from "@/lib/findings/create-finding";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";
import { samplePdf } from "./setup/evidence-uploads";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let f: TenantFixture;
let root: string;
let storage: DiskStorage;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "faro-review-"));
  storage = new DiskStorage(root);
  process.env.EVIDENCE_DIR = root; // the fixture's own evidence files go there too
  f = await createTenantFixture("evidence_review");
});
afterAll(async () => {
  await f?.close();
  await rm(root, { recursive: true, force: true });
});

async function newEvidence(title: string, validUntil = "") {
  const ctx = { userId: f.A.users.RESPONSABLE, entityId: f.A.entityId };
  const staged = [await stageUpload(storage, Readable.from([await samplePdf(title)]), `${title}.pdf`, 1_000_000)];
  const fields = { title, vigencia: 2025, documentDate: "2025-01-10", ownerId: f.A.users.RESPONSABLE, policyCode: "", validUntil, urls: [] };
  return createEvidence(ctx, fields, staged, { kind: "ACTIVITY", targetId: f.A.assessmentId, targetSubId: f.A.activityIds[0]! }, storage);
}

describe("revisión de control interno", () => {
  it("registra veredictos con comentario, fecha e historial; la cola va de la más antigua a la más nueva", async () => {
    const first = await newEvidence("Primera");
    const second = await newEvidence("Segunda");
    const ci = await loadEntityContext(f.A.users.CONTROL_INTERNO, f.A.entityId);
    const queue = await loadReviewQueue(ci);
    expect(queue.evidences.map((e) => e.title).slice(-2)).toEqual(["Primera", "Segunda"]);

    await reviewEvidence(ci, { evidenceId: first.id, state: "CON_OBSERVACIONES", comment: "Falta la firma del secretario." });
    const link = await f.owner.evidenceLink.findFirstOrThrow({ where: { evidenceId: first.id } });
    await reviewEvidence(ci, { evidenceId: first.id, linkId: link.id, state: "RECHAZADA", comment: "No corresponde a la actividad." });
    const stored = await f.owner.evidence.findUniqueOrThrow({ where: { id: first.id }, include: { reviews: true, links: true } });
    expect(stored).toMatchObject({ reviewState: "CON_OBSERVACIONES", reviewComment: "Falta la firma del secretario.", reviewedByName: "CONTROL_INTERNO de A" });
    expect(stored.reviewedAt).toBeInstanceOf(Date);
    expect(stored.links[0]).toMatchObject({ reviewState: "RECHAZADA" });
    expect(stored.reviews).toHaveLength(2);

    // Unlinking keeps the verdict in the history, with the item's name.
    await withTenant({ userId: f.A.users.RESPONSABLE, entityId: f.A.entityId }, (db) => db.evidenceLink.delete({ where: { id: link.id } }));
    const kept = await f.owner.evidenceReview.findFirstOrThrow({ where: { evidenceId: first.id, state: "RECHAZADA" } });
    expect(kept).toMatchObject({ linkId: null, comment: "No corresponde a la actividad.", targetLabel: expect.stringMatching(/^POL03 2025 · /) });
    expect((await loadReviewQueue(ci)).evidences.map((e) => e.id)).not.toContain(first.id);
    expect((await loadReviewQueue(ci)).evidences.map((e) => e.id)).toContain(second.id);
  });

  it("una evidencia con vigencia vencida se marca «vencida» donde está vinculada", async () => {
    const old = await newEvidence("Póliza 2023", "2024-01-31");
    const linked = await withTenant({ userId: f.A.users.LECTOR, entityId: f.A.entityId }, (db) =>
      listEvidenceFor(db, f.A.entityId, { kind: "ACTIVITY", targetId: f.A.assessmentId, targetSubId: f.A.activityIds[0]! }),
    );
    expect(linked.find((l) => l.evidenceId === old.id)).toMatchObject({ expired: true });
    expect(linked.filter((l) => l.evidenceId !== old.id).every((l) => !l.expired)).toBe(true);
  });

  it("vincular a otra entidad, a una tarea de plan que no existe o dos veces: 404, 404, 409", async () => {
    const evidence = await newEvidence("Para vincular");
    const actor = { userId: f.A.users.RESPONSABLE, entityId: f.A.entityId };
    await expect(
      withTenant(actor, (db) => linkEvidence(db, actor, evidence.id, { kind: "ACTIVITY", targetId: f.B.assessmentId, targetSubId: f.B.activityIds[0]! })),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      withTenant(actor, (db) => linkEvidence(db, actor, evidence.id, { kind: "PLAN_ITEM", targetId: f.A.assessmentId, targetSubId: "" })),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      withTenant(actor, (db) => linkEvidence(db, actor, evidence.id, { kind: "ACTIVITY", targetId: f.A.assessmentId, targetSubId: f.A.activityIds[0]! })),
    ).rejects.toMatchObject({ status: 409 });
  });
});

describe("hallazgos", () => {
  it("control interno lo registra, el responsable lo responde, otro responsable no, y control interno lo cierra", async () => {
    const ci = await loadEntityContext(f.A.users.CONTROL_INTERNO, f.A.entityId);
    const finding = await createFinding(ci, {
      entityId: f.A.entityId,
      severity: "ALTA",
      description: "El acta del comité no tiene firmas.",
      activityRef: `${f.A.assessmentId}:${f.A.activityIds[0]}`,
      responsibleId: f.A.users.RESPONSABLE,
      dueDate: "2026-12-31",
    });
    expect(await f.owner.finding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({ policyCode: "POL03", state: "ABIERTO" });

    await expect(closeFinding(ci, finding.id, "Cierro")).rejects.toMatchObject({ status: 409 });
    const responsable = await loadEntityContext(f.A.users.RESPONSABLE, f.A.entityId);
    await answerFinding(responsable, finding.id, "Se recogieron las firmas el 3 de marzo.");
    await closeFinding(ci, finding.id, "Verificado con el acta firmada.");
    expect(await f.owner.finding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({
      state: "CERRADO",
      answeredByName: "RESPONSABLE de A",
      closedByName: "CONTROL_INTERNO de A",
    });
    await expect(answerFinding(responsable, finding.id, "Otra respuesta tardía")).rejects.toMatchObject({ status: 409 });
  });

  it("solo la persona responsable (o Planeación) responde", async () => {
    const ci = await loadEntityContext(f.A.users.CONTROL_INTERNO, f.A.entityId);
    const finding = await createFinding(ci, { entityId: f.A.entityId, severity: "BAJA", description: "Hallazgo para Planeación.", responsibleId: f.A.users.PLANEACION, dueDate: "2026-12-31" });
    const responsable = await loadEntityContext(f.A.users.RESPONSABLE, f.A.entityId);
    await expect(answerFinding(responsable, finding.id, "No me corresponde responder")).rejects.toMatchObject({ status: 403 });
    await expect(createFinding(ci, { entityId: f.A.entityId, severity: "BAJA", description: "Responsable de otra entidad.", responsibleId: f.B.users.PLANEACION, dueDate: "2026-12-31" })).rejects.toMatchObject({ status: 422 });
  });
});

describe("verificación de integridad", () => {
  it("informa archivos alterados y faltantes, y objetos sin registro", async () => {
    const altered = await newEvidence("Se alterará");
    const missing = await newEvidence("Se borrará");
    const keyOf = async (id: string) => (await f.owner.evidenceFile.findFirstOrThrow({ where: { revision: { evidenceId: id } } })).storageKey;
    await writeFile(path.join(root, ...(await keyOf(altered.id)).split("/")), "contenido cambiado");
    await storage.delete(await keyOf(missing.id));
    await storage.put("objetos/ab/" + "c".repeat(40), Readable.from(["huérfano"]));

    const report = await withTenant({ userId: f.A.users.CONTROL_INTERNO, entityId: f.A.entityId }, (db) =>
      verifyIntegrity(db, storage, { entityId: f.A.entityId, includeUnreferenced: true }),
    );
    expect(report.problems.map((p) => [p.evidenceTitle, p.kind]).sort()).toEqual([
      ["Se alterará", "altered"],
      ["Se borrará", "missing"],
    ]);
    expect(report.okFiles).toBe(report.checkedFiles - 2);
    expect(report.unreferencedObjects).toContain("objetos/ab/" + "c".repeat(40));
  });
});
