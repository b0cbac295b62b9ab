// Uploads through the real route handler, files on disk in a temporary
// folder: what is accepted is recorded (SHA-256, size, detected type, safe
// name) and downloadable only inside the entity; each refused kind leaves no
// row and no file; a new revision keeps the old one and returns to pendiente.
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";
import { callDownload, callUpload, evidenceForm, filesUnder, samplePdf } from "./setup/evidence-uploads";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUserId: async () => session.userId, requireSessionUserId: async () => session.userId ?? "" }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const CREATE = "app/api/e/[entityId]/evidencias/route.ts";
const REVISE = "app/api/e/[entityId]/evidencias/[evidenceId]/revisiones/route.ts";

let f: TenantFixture;
let parent: string;
let root: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), "faro-evid-"));
  root = path.join(parent, "evidencias");
  process.env.EVIDENCE_STORAGE = "disk";
  process.env.EVIDENCE_DIR = root;
  f = await createTenantFixture("evidence_uploads");
});
afterAll(async () => {
  await f?.close();
  await rm(parent, { recursive: true, force: true });
  process.env = savedEnv;
});
afterEach(() => {
  delete process.env.EVIDENCE_MAX_MB;
});

const fields = (over: Record<string, string> = {}) => ({
  title: "Acta de comité 2025",
  vigencia: "2025",
  documentDate: "2025-03-14",
  ownerId: f.A.users.RESPONSABLE,
  policyCode: "POL03",
  ...over,
});

async function upload(form: FormData, userId = f.A.users.RESPONSABLE) {
  session.userId = userId;
  return callUpload(CREATE, { entityId: f.A.entityId }, form);
}

async function countRows() {
  return { evidences: await f.owner.evidence.count(), files: await f.owner.evidenceFile.count() };
}

describe("carga de evidencias", () => {
  it("guarda un PDF con su SHA-256, tamaño, tipo detectado y nombre, bajo una clave aleatoria", async () => {
    const pdf = await samplePdf();
    const response = await upload(evidenceForm({ ...fields(), urls: "https://www.funcionpublica.gov.co/acta" }, [{ name: "Acta comité.pdf", bytes: pdf }]));
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const evidence = await f.owner.evidence.findUniqueOrThrow({ where: { id }, include: { revisions: { include: { files: true, urls: true } } } });
    expect(evidence).toMatchObject({ entityId: f.A.entityId, vigencia: 2025, reviewState: "PENDIENTE", currentRevision: 1 });
    const [file] = evidence.revisions[0]!.files;
    expect(file).toMatchObject({
      originalName: "Acta comité.pdf",
      mediaType: "application/pdf",
      sizeBytes: pdf.length,
      sha256: createHash("sha256").update(pdf).digest("hex"),
    });
    expect(file!.storageKey).toMatch(/^objetos\/[0-9a-f]{2}\/[0-9a-f]{40}$/);
    expect(await filesUnder(root)).toContain(file!.storageKey);
    expect(evidence.revisions[0]!.urls.map((u) => u.url)).toEqual(["https://www.funcionpublica.gov.co/acta"]);

    // Download inside the entity: recorded type, nosniff, attachment unless previewed.
    session.userId = f.A.users.LECTOR;
    const download = await callDownload({ entityId: f.A.entityId, fileId: file!.id });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; filename="Acta comite.pdf"; filename\*=UTF-8''Acta%20comit%C3%A9.pdf$/);
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    const preview = await callDownload({ entityId: f.A.entityId, fileId: file!.id }, "?vista=1");
    expect(preview.headers.get("content-disposition")).toMatch(/^inline;/);
  });

  it("un miembro de otra entidad recibe 404 al descargar, también con el id de su propia entidad", async () => {
    const file = await f.owner.evidenceFile.findFirstOrThrow({ where: { entityId: f.A.entityId } });
    session.userId = f.B.users.CONTROL_INTERNO;
    expect((await callDownload({ entityId: f.A.entityId, fileId: file.id })).status).toBe(404);
    expect((await callDownload({ entityId: f.B.entityId, fileId: file.id })).status).toBe(404);
  });

  it("un CSV (texto UTF-8 sin marcas) se acepta como text/csv", async () => {
    const csv = await upload(evidenceForm(fields(), [{ name: "seguimiento.csv", bytes: "actividad;avance\nPOL03-01;80\nMunicipio de Rionegro;ñ\n" }]));
    expect(csv.status).toBe(201);
    const { id } = (await csv.json()) as { id: string };
    const file = await f.owner.evidenceFile.findFirstOrThrow({ where: { revision: { evidenceId: id } } });
    expect(file.mediaType).toBe("text/csv");
  });
});

describe("cargas rechazadas: mensaje en español, sin filas y sin archivos", () => {
  async function expectRefused(form: FormData, status: number, message: RegExp) {
    const before = await countRows();
    const stored = await filesUnder(root);
    const response = await upload(form);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
    expect(await countRows()).toEqual(before);
    expect(await filesUnder(root)).toEqual(stored);
  }

  it("archivo más grande que el límite (cortado mientras llega)", async () => {
    process.env.EVIDENCE_MAX_MB = "0.05";
    const big = Buffer.concat([await samplePdf(), Buffer.alloc(120 * 1024, 0x20)]);
    await expectRefused(evidenceForm(fields(), [{ name: "grande.pdf", bytes: big }]), 422, /supera el límite de 0 MB|supera el límite/);
  });

  it("ejecutable renombrado a .pdf", async () => {
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(62), Buffer.from("PE\0\0"), Buffer.alloc(500, 0x90)]);
    await expectRefused(evidenceForm(fields(), [{ name: "acta.pdf", bytes: exe, type: "application/pdf" }]), 422, /ejecutables no se permiten/);
  });

  it("HTML (también con extensión .txt) y SVG con script", async () => {
    await expectRefused(evidenceForm(fields(), [{ name: "informe.html", bytes: "<!DOCTYPE html><html><body>hola</body></html>" }]), 422, /HTML/);
    await expectRefused(evidenceForm(fields(), [{ name: "nota.txt", bytes: "Hola\n<script>alert(1)</script>" }]), 422, /HTML, SVG o con scripts/);
    await expectRefused(
      evidenceForm(fields(), [{ name: "logo.svg", bytes: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' }]),
      422,
      /SVG/,
    );
  });

  it("un archivo válido junto a uno prohibido: no se guarda ninguno", async () => {
    await expectRefused(
      evidenceForm(fields(), [
        { name: "bueno.pdf", bytes: await samplePdf() },
        { name: "malo.pdf", bytes: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)]) },
      ]),
      422,
      /ejecutables/,
    );
  });

  it("datos inválidos: el archivo ya recibido se borra", async () => {
    await expectRefused(evidenceForm(fields({ title: "" }), [{ name: "acta.pdf", bytes: await samplePdf() }]), 422, /Revise los datos/);
  });

  it("una carga interrumpida a mitad del archivo", async () => {
    const before = await countRows();
    const stored = await filesUnder(root);
    const boundary = "----faro-corte";
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="acta.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
    const pdf = await samplePdf();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(head));
        controller.enqueue(new Uint8Array(pdf.subarray(0, 500)));
        setTimeout(() => controller.error(new Error("conexión cortada")), 20);
      },
    });
    session.userId = f.A.users.RESPONSABLE;
    const response = await callUpload(CREATE, { entityId: f.A.entityId }, body, { "content-type": `multipart/form-data; boundary=${boundary}` });
    expect(response.status).toBe(422);
    expect(await countRows()).toEqual(before);
    expect(await filesUnder(root)).toEqual(stored);
  });

  it("un nombre con ruta ('../../') se neutraliza: nada se escribe fuera de la carpeta ni bajo ese nombre", async () => {
    const response = await upload(evidenceForm(fields(), [{ name: "../../../etc/cron.d/acta.pdf", bytes: await samplePdf() }]));
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const file = await f.owner.evidenceFile.findFirstOrThrow({ where: { revision: { evidenceId: id } } });
    expect(file.originalName).toBe("acta.pdf");
    // Everything written is inside the storage folder, under random keys.
    expect((await filesUnder(parent)).every((p) => /^evidencias\/objetos\/[0-9a-f]{2}\/[0-9a-f]{40}$/.test(p))).toBe(true);
  });
});

describe("revisiones", () => {
  it("una revisión nueva conserva la anterior y vuelve a pendiente la evidencia y sus vínculos", async () => {
    const created = await upload(evidenceForm(fields(), [{ name: "v1.pdf", bytes: await samplePdf("versión 1") }]));
    const { id } = (await created.json()) as { id: string };
    await f.owner.evidence.update({ where: { id }, data: { reviewState: "ACEPTADA" } });
    await f.owner.evidenceLink.create({
      data: { entityId: f.A.entityId, evidenceId: id, targetKind: "ACTIVITY", targetId: f.A.assessmentId, targetSubId: f.A.activityIds[0]!, reviewState: "ACEPTADA", createdById: f.A.users.RESPONSABLE },
    });
    session.userId = f.A.users.PLANEACION;
    const revised = await callUpload(REVISE, { entityId: f.A.entityId, evidenceId: id }, evidenceForm({ keepPrevious: "on", note: "Firmada" }, [{ name: "v2.pdf", bytes: await samplePdf("versión 2") }]));
    expect(revised.status).toBe(201);
    const evidence = await f.owner.evidence.findUniqueOrThrow({ where: { id }, include: { links: true, revisions: { include: { files: true }, orderBy: { number: "asc" } } } });
    expect(evidence.currentRevision).toBe(2);
    expect(evidence.reviewState).toBe("PENDIENTE");
    expect(evidence.links.map((l) => l.reviewState)).toEqual(["PENDIENTE"]);
    expect(evidence.revisions.map((r) => r.files.map((x) => x.originalName))).toEqual([["v1.pdf"], ["v1.pdf", "v2.pdf"]]);

    // Another entity's evidence id: 404 before anything is read or stored.
    session.userId = f.B.users.PLANEACION;
    const stored = await filesUnder(root);
    const foreign = await callUpload(REVISE, { entityId: f.B.entityId, evidenceId: id }, evidenceForm({}, [{ name: "x.pdf", bytes: await samplePdf() }]));
    expect(foreign.status).toBe(404);
    expect(await filesUnder(root)).toEqual(stored);
  });
});
