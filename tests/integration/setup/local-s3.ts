// A local S3-compatible server (s3rver) on a random loopback port, with one
// bucket, for the storage tests. `env` is what EVIDENCE_STORAGE=s3 reads.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import type { S3Config } from "@/lib/evidence/storage/s3-storage";

export type LocalS3 = { config: S3Config; env: Record<string, string>; stop(): Promise<void> };

export async function startLocalS3(bucket = "evidencias"): Promise<LocalS3> {
  const directory = await mkdtemp(path.join(tmpdir(), "faro-s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  // s3rver's fixed credentials.
  const config: S3Config = { endpoint, bucket, accessKeyId: "S3RVER", secretAccessKey: "S3RVER", region: "us-east-1", forcePathStyle: true };
  return {
    config,
    env: {
      EVIDENCE_STORAGE: "s3",
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_REGION: "us-east-1",
      S3_FORCE_PATH_STYLE: "true",
    },
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
