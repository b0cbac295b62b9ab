// POST a new evidence: multipart form with its fields, files ("files", any
// number up to 10) and links. Files stream into storage as they arrive; a
// refused file or a failed save leaves neither rows nor stored files.
import { NextResponse } from "next/server";
import { entityRoute } from "@/lib/authz/routes";
import { createEvidence } from "@/lib/evidence/create-evidence";
import { evidenceMaxBytes, getEvidenceStorage } from "@/lib/evidence/storage/get-storage";
import { discardStaged, readEvidenceUpload } from "@/lib/evidence/upload/read-evidence-upload";
import { evidenceFieldsOf, linkTargetOf } from "@/lib/evidence/upload/upload-fields";

export const POST = entityRoute<Record<never, never>>("evidence.upload", async (ctx, request) => {
  const storage = getEvidenceStorage();
  const upload = await readEvidenceUpload(request, storage, evidenceMaxBytes());
  let evidence;
  try {
    evidence = await createEvidence(ctx, evidenceFieldsOf(upload.fields), upload.files, linkTargetOf(upload.fields), storage);
  } catch (error) {
    await discardStaged(storage, upload.files); // invalid fields: the staged files go too
    throw error;
  }
  return NextResponse.json({ id: evidence.id }, { status: 201, headers: { "Cache-Control": "no-store" } });
});
