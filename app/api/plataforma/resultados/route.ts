// POST an official results or recommendations workbook (multipart). Platform
// reference data: only the platform operator imports it (or the CLI). A route
// handler, not a server action: national files are several MB and server
// actions refuse bodies over 1 MB.
import { NextResponse } from "next/server";
import { getSessionUserId } from "@/lib/auth/session";
import { requireSuperadmin } from "@/lib/authz/actions";
import { UnauthenticatedError } from "@/lib/errors/app-error";
import { translateError } from "@/lib/errors/translate-error";
import { importRecommendationsWorkbook } from "@/lib/results/import-recommendations";
import { importResultsWorkbook } from "@/lib/results/import-results";
import { readResultsForm } from "@/lib/results/read-results-form";

export async function POST(request: Request): Promise<Response> {
  try {
    const userId = await getSessionUserId();
    if (!userId) throw new UnauthenticatedError();
    await requireSuperadmin(userId);
    const upload = await readResultsForm(request);
    const importer = upload.kind === "RESULTADOS" ? importResultsWorkbook : importRecommendationsWorkbook;
    const summary = await importer(userId, upload);
    return NextResponse.json(summary, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const { status, body } = translateError(error);
    return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
  }
}
