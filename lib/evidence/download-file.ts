// A stored evidence file as an HTTP response: only after the file row was
// found inside the person's entity, with the type recorded at upload (never
// guessed again), `nosniff`, and `attachment` unless it is a PDF or an image
// asked for inline (preview).
import { Readable } from "node:stream";
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { NotFoundError } from "@/lib/errors/app-error";
import type { ObjectStorage } from "./storage/object-storage";
import { isInlineType } from "./upload/allowed-types";

/** RFC 6266/5987: an ASCII fallback plus the exact UTF-8 name. */
export function contentDisposition(kind: "inline" | "attachment", name: string): string {
  const ascii = name.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\%;]/g, "_") || "archivo";
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export async function downloadEvidenceFile(ctx: Pick<EntityContext, "userId" | "entityId">, fileId: string, wantsInline: boolean, storage: ObjectStorage) {
  if (!/^[0-9a-f-]{36}$/i.test(fileId)) throw new NotFoundError();
  const file = await withTenant(ctx, (db) =>
    db.evidenceFile.findFirst({ where: { id: fileId, entityId: ctx.entityId }, select: { storageKey: true, originalName: true, mediaType: true, sizeBytes: true, sha256: true } }),
  );
  if (!file) throw new NotFoundError();
  const body = await storage.get(file.storageKey);
  if (!body) throw new NotFoundError("El archivo ya no está en el almacenamiento. Informe a control interno (página Integridad).");
  const inline = wantsInline && isInlineType(file.mediaType);
  const headers = new Headers({
    "Content-Type": file.mediaType,
    "Content-Length": String(file.sizeBytes),
    "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", file.originalName),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
    ETag: `"${file.sha256}"`,
    // Only this app may frame a preview; nothing in the file may run.
    "X-Frame-Options": "SAMEORIGIN",
    "Content-Security-Policy":
      file.mediaType === "application/pdf" ? "frame-ancestors 'self'" : "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox",
  });
  return new Response(Readable.toWeb(body as Readable) as ReadableStream, { status: 200, headers });
}
