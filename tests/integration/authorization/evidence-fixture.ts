// The evidence rows of one side of the tenant fixture: an evidence whose one
// file is really stored (so downloads answer 200), linked to an activity,
// and a finding the RESPONSABLE must answer.
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { Db } from "@/lib/db/prisma";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { getEvidenceStorage } from "@/lib/evidence/storage/get-storage";
import { newFinalKey } from "@/lib/evidence/storage/random-key";

export type SideEvidence = { evidenceId: string; fileId: string; linkId: string; findingId: string };

export async function addSideEvidence(
  owner: Db,
  side: { entityId: string; users: Record<MemberRole, string>; assessmentId: string; activityId: string },
): Promise<SideEvidence> {
  process.env.EVIDENCE_DIR ??= path.join(tmpdir(), "faro-authz-evidencias");
  const bytes = Buffer.from("Informe de seguimiento\n");
  const storageKey = newFinalKey();
  await getEvidenceStorage().put(storageKey, Readable.from([bytes]));
  const evidence = await owner.evidence.create({
    data: {
      entityId: side.entityId,
      vigencia: 2025,
      title: "Informe de seguimiento",
      documentDate: new Date("2025-02-01T00:00:00Z"),
      ownerId: side.users.RESPONSABLE,
      createdById: side.users.RESPONSABLE,
      revisions: {
        create: {
          entityId: side.entityId,
          number: 1,
          createdById: side.users.RESPONSABLE,
          createdByName: "Responsable",
          files: {
            create: {
              entityId: side.entityId,
              storageKey,
              originalName: "informe.txt",
              mediaType: "text/plain",
              sizeBytes: bytes.length,
              sha256: createHash("sha256").update(bytes).digest("hex"),
            },
          },
        },
      },
    },
    include: { revisions: { include: { files: true } } },
  });
  const link = await owner.evidenceLink.create({
    data: { entityId: side.entityId, evidenceId: evidence.id, targetKind: "ACTIVITY", targetId: side.assessmentId, targetSubId: side.activityId, policyCode: "POL03", createdById: side.users.RESPONSABLE },
  });
  const finding = await owner.finding.create({
    data: {
      entityId: side.entityId,
      severity: "MEDIA",
      description: "Falta el acta firmada del comité.",
      responsibleId: side.users.RESPONSABLE,
      dueDate: new Date("2026-12-31T00:00:00Z"),
      createdById: side.users.CONTROL_INTERNO,
      createdByName: "Control interno",
    },
  });
  return { evidenceId: evidence.id, fileId: evidence.revisions[0]!.files[0]!.id, linkId: link.id, findingId: finding.id };
}
