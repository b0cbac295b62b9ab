// Which storage holds evidence files, from the environment:
//   EVIDENCE_STORAGE=disk (default) with EVIDENCE_DIR (default .data/evidencias)
//   EVIDENCE_STORAGE=s3 with S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID,
//   S3_SECRET_ACCESS_KEY, S3_REGION, S3_FORCE_PATH_STYLE.
// Read at each call (cheap), so tests and scripts can point it elsewhere.
import { DiskStorage } from "./disk-storage";
import type { ObjectStorage } from "./object-storage";
import { S3Storage } from "./s3-storage";

let cached: { signature: string; storage: ObjectStorage } | null = null;

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Falta la variable de entorno ${name} (EVIDENCE_STORAGE=s3).`);
  return value;
}

function build(): ObjectStorage {
  const kind = (process.env.EVIDENCE_STORAGE ?? "disk").toLowerCase();
  if (kind === "s3") {
    return new S3Storage({
      endpoint: process.env.S3_ENDPOINT || undefined,
      bucket: required("S3_BUCKET"),
      accessKeyId: required("S3_ACCESS_KEY_ID"),
      secretAccessKey: required("S3_SECRET_ACCESS_KEY"),
      region: process.env.S3_REGION || "us-east-1",
      forcePathStyle: process.env.S3_FORCE_PATH_STYLE !== "false",
    });
  }
  if (kind !== "disk") throw new Error(`EVIDENCE_STORAGE debe ser "disk" o "s3", no "${kind}".`);
  return new DiskStorage(process.env.EVIDENCE_DIR || ".data/evidencias");
}

export function getEvidenceStorage(): ObjectStorage {
  const signature = ["EVIDENCE_STORAGE", "EVIDENCE_DIR", "S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_REGION", "S3_FORCE_PATH_STYLE"]
    .map((name) => process.env[name] ?? "")
    .join("|");
  if (!cached || cached.signature !== signature) cached = { signature, storage: build() };
  return cached.storage;
}

/** The per-file limit in bytes (EVIDENCE_MAX_MB, default 25). */
export function evidenceMaxBytes(): number {
  const mb = Number(process.env.EVIDENCE_MAX_MB ?? "25");
  return Math.round((Number.isFinite(mb) && mb > 0 ? mb : 25) * 1024 * 1024);
}
