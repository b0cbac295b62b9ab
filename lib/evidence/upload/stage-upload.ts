// Streams one uploaded file into storage under a temporary random key while
// hashing it (SHA-256), counting its bytes (refusing it the moment it passes
// the limit, without buffering it), keeping its first bytes for content
// sniffing and scanning it for markup. A refused or failed file leaves no
// object behind.
import { createHash } from "node:crypto";
import { Transform, type Readable } from "node:stream";
import { fileTypeFromBuffer } from "file-type";
import { ValidationError } from "@/lib/errors/app-error";
import type { ObjectStorage } from "../storage/object-storage";
import { newTempKey } from "../storage/random-key";
import { decideMediaType } from "./allowed-types";
import { neutralizeFileName } from "./neutralize-file-name";
import { TextScanner } from "./text-scan";

/** Enough for file-type to see the inner names of OOXML/ODF zip containers. */
const HEAD_BYTES = 256 * 1024;

export type StagedFile = { tempKey: string; originalName: string; mediaType: string; sizeBytes: number; sha256: string };

export class FileTooLargeError extends ValidationError {
  constructor(name: string, maxBytes: number) {
    super(`El archivo «${name}» supera el límite de ${Math.round(maxBytes / (1024 * 1024))} MB.`);
  }
}

export async function stageUpload(storage: ObjectStorage, body: Readable, rawName: string, maxBytes: number): Promise<StagedFile> {
  const originalName = neutralizeFileName(rawName);
  const hash = createHash("sha256");
  const scanner = new TextScanner();
  const head: Buffer[] = [];
  let headLength = 0;
  let size = 0;

  const inspect = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new FileTooLargeError(originalName, maxBytes));
      hash.update(chunk);
      scanner.push(chunk);
      if (headLength < HEAD_BYTES) {
        head.push(chunk.subarray(0, HEAD_BYTES - headLength));
        headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
      }
      done(null, chunk);
    },
  });

  // A failing source (client hung up) fails the storage write too. When the
  // limit stops the write, the source is not destroyed but drained: the
  // multipart parser must read past this file to finish the request.
  inspect.on("error", () => undefined); // reported through storage.put
  body.on("error", (error) => inspect.destroy(error));
  inspect.on("close", () => {
    body.unpipe(inspect);
    body.resume();
  });
  body.pipe(inspect);

  const tempKey = newTempKey();
  try {
    await storage.put(tempKey, inspect);
    if (size === 0) throw new ValidationError(`El archivo «${originalName}» está vacío.`);
    const detected = (await fileTypeFromBuffer(Buffer.concat(head)))?.ext;
    const decision = decideMediaType(detected, originalName, scanner.verdict());
    if (!decision.ok) throw new ValidationError(`«${originalName}»: ${decision.reason}`);
    return { tempKey, originalName, mediaType: decision.mediaType, sizeBytes: size, sha256: hash.digest("hex") };
  } catch (error) {
    body.resume(); // drain what is left so the request can finish
    await storage.delete(tempKey).catch(() => undefined);
    throw error;
  }
}
