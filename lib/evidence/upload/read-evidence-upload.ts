// Reads a multipart evidence upload as it arrives: each file is streamed
// straight into storage under a temporary key (stage-upload.ts), the text
// fields are collected. If anything goes wrong (a refused file, the client
// hanging up, a malformed body) every file staged so far is deleted.
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { AppError, ValidationError } from "@/lib/errors/app-error";
import type { ObjectStorage } from "../storage/object-storage";
import { stageUpload, type StagedFile } from "./stage-upload";

export const MAX_FILES_PER_UPLOAD = 10;
const FORM_OVERHEAD_BYTES = 256 * 1024;

export type EvidenceUpload = { fields: Record<string, string>; files: StagedFile[] };

export async function discardStaged(storage: ObjectStorage, files: StagedFile[]): Promise<void> {
  await Promise.all(files.map((f) => storage.delete(f.tempKey).catch(() => undefined)));
}

export async function readEvidenceUpload(request: Request, storage: ObjectStorage, maxBytes: number): Promise<EvidenceUpload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data") || !request.body) {
    throw new ValidationError("Envíe la evidencia con el formulario de carga.", { files: ["Elija uno o más archivos, o escriba enlaces."] });
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes * MAX_FILES_PER_UPLOAD + FORM_OVERHEAD_BYTES) {
    throw new AppError(413, `La carga supera el tamaño máximo (${MAX_FILES_PER_UPLOAD} archivos de hasta ${Math.round(maxBytes / 1048576)} MB).`);
  }

  const fields: Record<string, string> = {};
  const staged: StagedFile[] = [];
  let failure: unknown = null;
  let chain: Promise<void> = Promise.resolve();
  // The file being streamed, so a broken request can end it (else its storage write would wait forever).
  const open = new Set<Readable>();

  const parser = busboy({
    headers: { "content-type": contentType },
    defParamCharset: "utf8", // browsers send UTF-8 file names ("Acta comité.pdf")
    // One byte over the limit, so stage-upload's counter is what refuses it.
    limits: { fileSize: maxBytes + 1, files: MAX_FILES_PER_UPLOAD, fields: 40, fieldSize: 16 * 1024, parts: 60 },
  });

  parser.on("field", (name, value) => {
    fields[name] = name in fields ? `${fields[name]}\n${value}` : value;
  });
  parser.on("file", (name, stream, info) => {
    if (name !== "files" || !info.filename) {
      stream.resume(); // an empty file input sends a part with no name
      return;
    }
    const fileName = info.filename;
    open.add(stream);
    stream.on("close", () => open.delete(stream));
    chain = chain.then(async () => {
      if (failure) return void stream.resume();
      try {
        staged.push(await stageUpload(storage, stream, fileName, maxBytes));
      } catch (error) {
        failure ??= error;
      }
    });
  });
  parser.on("filesLimit", () => {
    failure ??= new ValidationError(`Se admiten hasta ${MAX_FILES_PER_UPLOAD} archivos por carga.`, { files: [`Máximo ${MAX_FILES_PER_UPLOAD} archivos.`] });
  });

  const source = Readable.fromWeb(request.body as unknown as WebReadableStream<Uint8Array>);
  try {
    await new Promise<void>((resolve, reject) => {
      parser.on("close", resolve);
      parser.on("error", reject);
      source.on("error", reject);
      source.pipe(parser);
    });
  } catch {
    failure ??= new ValidationError("La carga se interrumpió o llegó incompleta. Intente de nuevo.");
    for (const stream of open) stream.destroy(new Error("upload interrupted"));
  }
  await chain;
  if (failure) {
    await discardStaged(storage, staged);
    throw failure;
  }
  return { fields, files: staged };
}
