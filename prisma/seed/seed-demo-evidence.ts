// Demo evidence for Rionegro: a POL03 (Planeación Institucional) 2025
// self-assessment with three evidences linked to its first activities (one
// accepted, one pending, one vencida with observations) and an open finding.
// Files go through the storage interface like any upload. A seed_runs step.
import { Readable } from "node:stream";
import type { Db, DbClient } from "@/lib/db/prisma";
import { dateOnly } from "@/lib/evidence/expiry";
import { getEvidenceStorage } from "@/lib/evidence/storage/get-storage";
import { stageUpload, type StagedFile } from "@/lib/evidence/upload/stage-upload";
import { withCommittedFiles } from "@/lib/evidence/commit-files";
import { demoEmail } from "./demo-data";
import { demoPdf, demoPng } from "./demo-evidence-files";

const STEP = "demo-evidence-v1";

type Spec = {
  title: string;
  description: string;
  documentDate: string;
  validUntil?: string;
  file: { name: string; bytes: () => Promise<Buffer> | Buffer };
  url?: string;
  review?: { state: "ACEPTADA" | "CON_OBSERVACIONES"; comment: string };
};

const SPECS: Spec[] = [
  {
    title: "Acta del Comité Institucional de Gestión y Desempeño — sesión 1 de 2025",
    description: "Aprobación del plan de acción institucional y del cronograma de autodiagnósticos.",
    documentDate: "2025-02-12",
    file: { name: "acta-cigd-2025-01.pdf", bytes: () => demoPdf("Acta CIGD — sesión 1 de 2025", ["Orden del día: 1. Verificación del quórum. 2. Aprobación del plan de acción institucional 2025.", "Decisión: se aprueba por unanimidad."]) },
    review: { state: "ACEPTADA", comment: "Acta firmada y completa." },
  },
  {
    title: "Publicación del plan de acción 2025 en la sede electrónica",
    description: "Captura de la página de transparencia con el plan publicado.",
    documentDate: "2025-01-31",
    file: { name: "captura-plan-accion-2025.png", bytes: () => demoPng() },
    url: "https://rionegro.gov.co/transparencia/planeacion",
  },
  {
    title: "Póliza de manejo global 2024",
    description: "Póliza vigente durante 2024; se requiere la renovación.",
    documentDate: "2024-01-15",
    validUntil: "2025-01-15",
    file: { name: "poliza-manejo-2024.pdf", bytes: () => demoPdf("Póliza de manejo global 2024", ["Vigencia: 15/01/2024 a 15/01/2025."]) },
    review: { state: "CON_OBSERVACIONES", comment: "Vencida: adjunte la póliza renovada para 2025." },
  },
];

async function personId(db: DbClient, role: Parameters<typeof demoEmail>[0]): Promise<{ id: string; name: string }> {
  return db.user.findUniqueOrThrow({ where: { email: demoEmail(role, "rionegro") }, select: { id: true, name: true } });
}

export async function seedDemoEvidence(client: Db): Promise<boolean> {
  const ready = await client.$transaction(async (db) => ({
    done: Boolean(await db.seedRun.findUnique({ where: { name: STEP } })),
    tenants: Boolean(await db.seedRun.findUnique({ where: { name: "demo-tenants-v1" } })),
    // Reference instruments come with the reference data (db:migrate); without them, a later run does this step.
    instrument: await db.instrument.findFirst({ where: { policyCode: "POL03", source: "FARO_REFERENCE", entityId: null }, orderBy: { createdAt: "desc" }, select: { id: true } }),
  }));
  if (ready.done || !ready.tenants || !ready.instrument) return false;
  const instrument = ready.instrument;
  const storage = getEvidenceStorage();
  const staged: StagedFile[] = [];
  for (const spec of SPECS) staged.push(await stageUpload(storage, Readable.from([await spec.file.bytes()]), spec.file.name, 25 * 1024 * 1024));
  await withCommittedFiles(storage, staged, (files) =>
    client.$transaction(async (db) => {
      const entity = await db.entity.findUniqueOrThrow({ where: { sigepCode: "900615" }, select: { id: true } });
      const responsable = await personId(db, "RESPONSABLE");
      const controlInterno = await personId(db, "CONTROL_INTERNO");
      const assessment = await db.selfAssessment.upsert({
        where: { entityId_vigencia_policyCode: { entityId: entity.id, vigencia: 2025, policyCode: "POL03" } },
        create: { entityId: entity.id, vigencia: 2025, policyCode: "POL03", instrumentId: instrument.id },
        update: {},
        select: { id: true, instrumentId: true },
      });
      const activities = await db.instrumentActivity.findMany({ where: { instrumentId: assessment.instrumentId }, orderBy: { sortOrder: "asc" }, take: SPECS.length, select: { id: true } });
      const evidenceIds: string[] = [];
      for (const [i, spec] of SPECS.entries()) {
        const file = files[i]!;
        const reviewed = spec.review ? { reviewState: spec.review.state, reviewComment: spec.review.comment, reviewedAt: new Date(), reviewedByName: controlInterno.name } : {};
        const evidence = await db.evidence.create({
          data: {
            entityId: entity.id,
            vigencia: 2025,
            title: spec.title,
            description: spec.description,
            documentDate: dateOnly(spec.documentDate),
            validUntil: spec.validUntil ? dateOnly(spec.validUntil) : null,
            policyCode: "POL03",
            ownerId: responsable.id,
            createdById: responsable.id,
            ...reviewed,
            revisions: {
              create: {
                entityId: entity.id,
                number: 1,
                createdById: responsable.id,
                createdByName: responsable.name,
                files: { create: { entityId: entity.id, storageKey: file.storageKey, originalName: file.originalName, mediaType: file.mediaType, sizeBytes: file.sizeBytes, sha256: file.sha256 } },
                urls: { create: spec.url ? [{ entityId: entity.id, url: spec.url }] : [] },
              },
            },
            links: {
              create: { entityId: entity.id, targetKind: "ACTIVITY", targetId: assessment.id, targetSubId: activities[i]!.id, policyCode: "POL03", createdById: responsable.id, ...reviewed },
            },
          },
          select: { id: true },
        });
        if (spec.review) {
          await db.evidenceReview.create({
            data: { entityId: entity.id, evidenceId: evidence.id, revisionNumber: 1, state: spec.review.state, comment: spec.review.comment, reviewerId: controlInterno.id, reviewerName: controlInterno.name },
          });
        }
        evidenceIds.push(evidence.id);
      }
      await db.finding.create({
        data: {
          entityId: entity.id,
          severity: "ALTA",
          description: "La póliza de manejo global está vencida desde el 15/01/2025 y no se ha cargado la renovación.",
          policyCode: "POL03",
          assessmentId: assessment.id,
          activityId: activities[2]!.id,
          evidenceId: evidenceIds[2]!,
          responsibleId: responsable.id,
          dueDate: dateOnly("2026-12-31"),
          createdById: controlInterno.id,
          createdByName: controlInterno.name,
        },
      });
      await db.seedRun.create({ data: { name: STEP } });
    }, { timeout: 60_000 }),
  );
  return true;
}
