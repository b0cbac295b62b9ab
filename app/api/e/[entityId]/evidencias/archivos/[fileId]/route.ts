// GET one stored evidence file of the entity. `?vista=1` asks for inline
// display (PDF and images only, for the preview); anything else downloads.
import { entityRoute } from "@/lib/authz/routes";
import { downloadEvidenceFile } from "@/lib/evidence/download-file";
import { getEvidenceStorage } from "@/lib/evidence/storage/get-storage";

export const GET = entityRoute<{ fileId: string }>("evidence.view", async (ctx, request, { fileId }) => {
  const inline = new URL(request.url).searchParams.get("vista") === "1";
  return downloadEvidenceFile(ctx, fileId, inline, getEvidenceStorage());
});
