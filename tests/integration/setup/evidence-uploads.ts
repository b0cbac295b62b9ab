// Helpers for the evidence upload tests: multipart requests as a browser
// sends them, the route handlers, and a count of what is stored.
import { readdir } from "node:fs/promises";
import path from "node:path";
import PDFDocument from "pdfkit";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function samplePdf(text = "Acta del comité institucional de gestión y desempeño"): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4" });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.text(text);
  doc.end();
  return done;
}

export function evidenceForm(fields: Record<string, string>, files: { name: string; bytes: Uint8Array | string; type?: string }[]): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const f of files) form.append("files", new File([typeof f.bytes === "string" ? f.bytes : Buffer.from(f.bytes)], f.name, { type: f.type ?? "application/octet-stream" }));
  return form;
}

export async function callUpload(file: string, params: Record<string, string>, body: FormData | ReadableStream, headers: Record<string, string> = {}): Promise<Response> {
  const mod = (await import(/* @vite-ignore */ `${process.cwd()}/${file}`)) as Record<string, Handler>;
  const request = new Request(`http://localhost/api/e/${params.entityId}/evidencias`, {
    method: "POST",
    body,
    headers,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  return mod.POST!(request, { params: Promise.resolve(params) });
}

export async function callDownload(params: Record<string, string>, query = ""): Promise<Response> {
  const mod = (await import(/* @vite-ignore */ `${process.cwd()}/app/api/e/[entityId]/evidencias/archivos/[fileId]/route.ts`)) as Record<string, Handler>;
  return mod.GET!(new Request(`http://localhost/api/e/${params.entityId}/evidencias/archivos/${params.fileId}${query}`), { params: Promise.resolve(params) });
}

/** Every file under a folder, recursively (relative paths). */
export async function filesUnder(root: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string) {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) await walk(path.join(dir, e.name));
      else out.push(path.relative(root, path.join(dir, e.name)));
    }
  }
  await walk(root);
  return out.sort();
}
