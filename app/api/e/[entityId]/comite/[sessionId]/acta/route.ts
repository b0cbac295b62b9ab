// GET the acta of a committee session as a PDF. Whoever may see the
// dashboard may read the committee's actas; another entity's session is 404.
import { entityRoute } from "@/lib/authz/routes";
import { renderActaPdf } from "@/lib/committee/acta-pdf";
import { loadCommitteeSession } from "@/lib/committee/load-session";
import { isoDateOf } from "@/lib/committee/session-dates";
import { downloadResponse, PDF_TYPE } from "@/lib/http/download-response";

export const GET = entityRoute<{ sessionId: string }>("dashboard.view", async (ctx, _request, params) => {
  const session = await loadCommitteeSession(ctx, params.sessionId);
  const bytes = await renderActaPdf(ctx.entity.name, session);
  return downloadResponse(bytes, `acta-comite-${isoDateOf(session.heldOn)}.pdf`, PDF_TYPE);
});
