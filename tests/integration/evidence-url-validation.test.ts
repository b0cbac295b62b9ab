// Evidence links are rendered as <a href>: only http(s) addresses may be
// stored. A "javascript:" (or data:, vbscript:, file:) link is refused with a
// Spanish 422 naming the field, on a new evidence and on a new revision, and
// nothing is saved.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";
import { callUpload, evidenceForm, samplePdf } from "./setup/evidence-uploads";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUserId: async () => session.userId, requireSessionUserId: async () => session.userId ?? "" }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const CREATE = "app/api/e/[entityId]/evidencias/route.ts";
const REVISE = "app/api/e/[entityId]/evidencias/[evidenceId]/revisiones/route.ts";
const HOSTILE = ["javascript:alert(1)", "JavaScript:alert(document.cookie)", "  javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd"];

let f: TenantFixture;
let parent: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), "faro-evid-url-"));
  process.env.EVIDENCE_STORAGE = "disk";
  process.env.EVIDENCE_DIR = path.join(parent, "evidencias");
  f = await createTenantFixture("evidence_url_validation");
});
afterAll(async () => {
  await f?.close();
  await rm(parent, { recursive: true, force: true });
  process.env = savedEnv;
});

const fields = (urls: string) => ({ title: "Acta publicada", vigencia: "2025", documentDate: "2025-03-14", ownerId: f.A.users.RESPONSABLE, policyCode: "POL03", urls });

async function counts() {
  return { evidences: await f.owner.evidence.count(), revisions: await f.owner.evidenceRevision.count(), urls: await f.owner.evidenceUrl.count() };
}

async function expectRefused(response: Response) {
  expect(response.status).toBe(422);
  const body = (await response.json()) as { error: string; fieldErrors?: Record<string, string[]> };
  expect(body.error).toMatch(/Revise/);
  expect(JSON.stringify(body.fieldErrors)).toContain("Escriba direcciones que empiecen por http:// o https://.");
}

describe("enlaces de evidencias: solo http(s)", () => {
  it.each(HOSTILE)("una evidencia nueva con el enlace %j se rechaza con 422 y no guarda nada", async (url) => {
    session.userId = f.A.users.RESPONSABLE;
    const before = await counts();
    await expectRefused(await callUpload(CREATE, { entityId: f.A.entityId }, evidenceForm(fields(url), [])));
    // Also beside a valid link and a valid file: one bad link refuses the whole form.
    await expectRefused(await callUpload(CREATE, { entityId: f.A.entityId }, evidenceForm(fields(`https://www.funcionpublica.gov.co\n${url}`), [{ name: "acta.pdf", bytes: await samplePdf() }])));
    expect(await counts()).toEqual(before);
  });

  it("una revisión con un enlace javascript: se rechaza; con https se guarda", async () => {
    session.userId = f.A.users.RESPONSABLE;
    const created = await callUpload(CREATE, { entityId: f.A.entityId }, evidenceForm(fields("https://www.funcionpublica.gov.co/acta"), []));
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const before = await counts();
    await expectRefused(await callUpload(REVISE, { entityId: f.A.entityId, evidenceId: id }, evidenceForm({ keepPrevious: "on", urls: "javascript:alert(1)" }, [])));
    expect(await counts()).toEqual(before);
    const evidence = await f.owner.evidence.findUniqueOrThrow({ where: { id }, include: { revisions: { include: { urls: true } } } });
    expect(evidence.currentRevision).toBe(1);
    expect(evidence.revisions.flatMap((r) => r.urls.map((u) => u.url))).toEqual(["https://www.funcionpublica.gov.co/acta"]);

    const revised = await callUpload(REVISE, { entityId: f.A.entityId, evidenceId: id }, evidenceForm({ keepPrevious: "on", urls: "http://intranet.alcaldia.gov.co/acta-firmada" }, []));
    expect(revised.status).toBe(201);
  });
});
