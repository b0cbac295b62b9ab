// The same upload path with EVIDENCE_STORAGE=s3 against s3rver on loopback:
// an accepted PDF lands in the bucket under a random key and downloads
// intact; a refused one leaves the bucket as it was.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { S3Storage } from "@/lib/evidence/storage/s3-storage";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";
import { callDownload, callUpload, evidenceForm, samplePdf } from "./setup/evidence-uploads";
import { startLocalS3, type LocalS3 } from "./setup/local-s3";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUserId: async () => session.userId, requireSessionUserId: async () => session.userId ?? "" }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const CREATE = "app/api/e/[entityId]/evidencias/route.ts";
let f: TenantFixture;
let s3: LocalS3;
const savedEnv = { ...process.env };

beforeAll(async () => {
  s3 = await startLocalS3();
  Object.assign(process.env, s3.env);
  f = await createTenantFixture("evidence_s3");
});
afterAll(async () => {
  await f?.close();
  await s3?.stop();
  process.env = savedEnv;
});

it("en S3: guarda, descarga íntegro y una carga rechazada no deja objetos", async () => {
  const bucket = new S3Storage(s3.config);
  const before = { keys: await bucket.listKeys(), evidences: await f.owner.evidence.count() };
  session.userId = f.A.users.PLANEACION;
  const pdf = await samplePdf();
  const form = evidenceForm({ title: "Informe en S3", vigencia: "2025", documentDate: "2025-05-02", ownerId: f.A.users.PLANEACION }, [{ name: "informe.pdf", bytes: pdf }]);
  const response = await callUpload(CREATE, { entityId: f.A.entityId }, form);
  expect(response.status).toBe(201);
  const { id } = (await response.json()) as { id: string };
  const file = await f.owner.evidenceFile.findFirstOrThrow({ where: { revision: { evidenceId: id } } });
  const after = await bucket.listKeys();
  expect(after).toEqual([...before.keys, file.storageKey].sort());
  const download = await callDownload({ entityId: f.A.entityId, fileId: file.id });
  expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);

  const refused = await callUpload(
    CREATE,
    { entityId: f.A.entityId },
    evidenceForm({ title: "Ejecutable", vigencia: "2025", documentDate: "2025-05-02", ownerId: f.A.users.PLANEACION }, [{ name: "acta.pdf", bytes: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(300)]) }]),
  );
  expect(refused.status).toBe(422);
  expect(await bucket.listKeys()).toEqual(after);
  expect(await f.owner.evidence.count()).toBe(before.evidences + 1);
});
