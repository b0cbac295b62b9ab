// GET one module's prepared FURAG answers as Excel (formato=xlsx) or a
// printable PDF (formato=pdf). Anyone who may see the entity's FURAG
// workspace may download it; only this entity's answers are read.
import { NextResponse } from "next/server";
import { entityRoute } from "@/lib/authz/routes";
import { NotFoundError } from "@/lib/errors/app-error";
import { exportModule } from "@/lib/furag/export/export-module";

type Params = { vigencia: string; modulo: string; formato: string };

export const GET = entityRoute<Params>("furag.view", async (ctx, _request, params) => {
  const vigencia = Number(params.vigencia);
  const format = params.formato === "xlsx" || params.formato === "pdf" ? params.formato : null;
  if (!Number.isInteger(vigencia) || !/^[A-Z]{2,4}$/.test(params.modulo) || !format) throw new NotFoundError();
  const { bytes, contentType, fileName } = await exportModule(ctx, vigencia, params.modulo, format);
  return new NextResponse(new Uint8Array(bytes), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `${format === "pdf" ? "inline" : "attachment"}; filename="${fileName}"`,
      "Content-Length": String(bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
});
