// The storage contract, run against both backends: the local folder and an
// S3-compatible server on loopback (s3rver). The upload code only relies on
// what is checked here.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiskStorage } from "@/lib/evidence/storage/disk-storage";
import type { ObjectStorage } from "@/lib/evidence/storage/object-storage";
import { newFinalKey, newTempKey } from "@/lib/evidence/storage/random-key";
import { S3Storage } from "@/lib/evidence/storage/s3-storage";
import { startLocalS3, type LocalS3 } from "./setup/local-s3";

async function text(stream: Readable | null): Promise<string | null> {
  if (!stream) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function failingStream(): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (sent) this.destroy(new Error("conexión interrumpida"));
      else {
        sent = true;
        this.push(Buffer.alloc(64 * 1024, 1));
      }
    },
  });
}

let diskRoot: string;
let s3: LocalS3;
const backends: { name: string; make: () => ObjectStorage }[] = [
  { name: "disco local", make: () => new DiskStorage(diskRoot) },
  { name: "S3 (s3rver en 127.0.0.1)", make: () => new S3Storage(s3.config) },
];

beforeAll(async () => {
  diskRoot = await mkdtemp(path.join(tmpdir(), "faro-disk-"));
  s3 = await startLocalS3();
});
afterAll(async () => {
  await s3?.stop();
  await rm(diskRoot, { recursive: true, force: true });
});

describe.each(backends)("almacenamiento de evidencias: $name", ({ make }) => {
  it("guarda, lee, mueve, lista y borra objetos por clave", async () => {
    const storage = make();
    const temp = newTempKey();
    await storage.put(temp, Readable.from([Buffer.from("Acta de comité "), Buffer.from("núm. 3")]));
    expect(await storage.exists(temp)).toBe(true);
    expect(await text(await storage.get(temp))).toBe("Acta de comité núm. 3");

    const final = newFinalKey();
    await storage.move(temp, final);
    expect(await storage.exists(temp)).toBe(false);
    expect(await text(await storage.get(final))).toBe("Acta de comité núm. 3");
    expect(await storage.listKeys("objetos/")).toContain(final);

    await storage.delete(final);
    expect(await storage.exists(final)).toBe(false);
    expect(await storage.get(final)).toBeNull();
    await storage.delete(final); // deleting twice is fine
  });

  it("una escritura interrumpida no deja objeto", async () => {
    const storage = make();
    const key = newTempKey();
    await expect(storage.put(key, failingStream())).rejects.toThrow();
    expect(await storage.exists(key)).toBe(false);
    expect(await storage.listKeys("tmp/")).not.toContain(key);
  });

  it("rechaza claves que no generó la aplicación", async () => {
    const storage = make();
    await expect(storage.put("../../etc/passwd", Readable.from(["x"]))).rejects.toThrow(/Clave de almacenamiento inválida/);
    await expect(storage.get("objetos/../../secreto")).rejects.toThrow(/Clave de almacenamiento inválida/);
  });
});

it("en disco, todo queda dentro de la carpeta configurada y bajo nombres aleatorios", async () => {
  const storage = new DiskStorage(diskRoot);
  const key = newFinalKey();
  await storage.put(key, Readable.from(["contenido"]));
  const top = await readdir(diskRoot);
  expect(top.every((name) => name === "objetos" || name === "tmp")).toBe(true);
  expect(key).toMatch(/^objetos\/[0-9a-f]{2}\/[0-9a-f]{40}$/);
});
