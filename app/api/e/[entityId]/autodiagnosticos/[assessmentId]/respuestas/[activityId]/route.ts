// PUT one activity's answer (autosave from the filling page, and the offline
// queue's replay). 409 carries the value that won a concurrent save.
import { NextResponse } from "next/server";
import { entityRoute, readJson } from "@/lib/authz/routes";
import { saveActivityResponse } from "@/lib/self-assessments/save-response";
import { ZSaveResponse } from "@/lib/self-assessments/schemas";
import { z } from "zod";

const ZIds = z.object({ assessmentId: z.uuid(), activityId: z.uuid() });

export const PUT = entityRoute<{ assessmentId: string; activityId: string }>("autodiagnostico.edit", async (ctx, request, params) => {
  const ids = ZIds.safeParse(params);
  if (!ids.success) return NextResponse.json({ error: "No encontramos lo que busca, o no tiene acceso a ello." }, { status: 404 });
  const input = ZSaveResponse.parse(await readJson(request));
  const saved = await saveActivityResponse(ctx, ids.data, input);
  return NextResponse.json(saved, { headers: { "Cache-Control": "no-store" } });
});
