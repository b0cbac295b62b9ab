// POST a new revision of an evidence (multipart: files, links, note,
// keepPrevious). The evidence is looked up before any byte is stored.
import { NextResponse } from "next/server";
import { entityRoute } from "@/lib/authz/routes";
import { withTenant } from "@/lib/db/context";
import { addRevision } from "@/lib/evidence/add-revision";
import { evidenceMaxBytes, getEvidenceStorage } from "@/lib/evidence/storage/get-storage";
import { discardStaged, readEvidenceUpload } from "@/lib/evidence/upload/read-evidence-upload";
import { revisionFieldsOf } from "@/lib/evidence/upload/upload-fields";
import { NotFoundError } from "@/lib/errors/app-error";

export const POST = entityRoute<{ evidenceId: string }>("evidence.upload", async (ctx, request, { evidenceId }) => {
  const exists = /^[0-9a-f-]{36}$/i.test(evidenceId) && (await withTenant(ctx, (db) => db.evidence.count({ where: { id: evidenceId, entityId: ctx.entityId } })));
  if (!exists) throw new NotFoundError();
  const storage = getEvidenceStorage();
  const upload = await readEvidenceUpload(request, storage, evidenceMaxBytes());
  try {
    const revision = await addRevision(ctx, evidenceId, revisionFieldsOf(upload.fields), upload.files, storage);
    return NextResponse.json(revision, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    await discardStaged(storage, upload.files);
    throw error;
  }
});
