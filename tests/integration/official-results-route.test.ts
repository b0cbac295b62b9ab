// The operator's upload route with real multipart bodies: a generated
// workbook in the official layout is imported (201 with the counts); a
// malformed one answers 422 with problems by row and column and saves nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateReferenceRows, resultsRowValues, writeResultsWorkbook } from "@/lib/results/testing/generate-results-workbook";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUserId: async () => session.userId, requireSessionUserId: async () => session.userId ?? "" }));

let f: TenantFixture;
beforeAll(async () => {
  f = await createTenantFixture("official_results_route");
});
afterAll(async () => f?.close());

async function upload(userId: string, bytes: Buffer, fields: Record<string, string> = {}) {
  session.userId = userId;
  const form = new FormData();
  form.set("kind", "RESULTADOS");
  form.set("vigencia", "2025");
  form.set("scope", "territorio");
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set("archivo", new File([new Uint8Array(bytes)], "Resultados_vig2025_territorio.xlsx"));
  const { POST } = await import("@/app/api/plataforma/resultados/route");
  const response = await POST(new Request("http://localhost/api/plataforma/resultados", { method: "POST", body: form }));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("POST /api/plataforma/resultados", () => {
  it("el operador importa un libro oficial y recibe los conteos", async () => {
    const response = await upload(f.superadminId, await writeResultsWorkbook(generateReferenceRows(50, 4), 2025));
    expect(response).toMatchObject({ status: 201, body: { rowCount: 50, matchedCount: 0, referenceCount: 50, meciOnlyCount: 2 } });
  });

  it("un libro con errores responde 422 por fila y columna y no guarda nada", async () => {
    const before = await f.owner.officialEntityResult.count();
    const values = resultsRowValues(generateReferenceRows(1, 8)[0]!);
    values[7] = "abc";
    const response = await upload(f.superadminId, await writeResultsWorkbook([], 2025, [values]));
    expect(response.status).toBe(422);
    expect(response.body.fieldErrors).toEqual({ "Fila 4, columna H": ["Índice de Desempeño Institucional: «abc» no es un puntaje numérico"] });
    expect(await f.owner.officialEntityResult.count()).toBe(before);
  });

  it("una vigencia inválida responde 422 con el campo; un miembro de una entidad, 403", async () => {
    const bytes = await writeResultsWorkbook(generateReferenceRows(2, 1), 2025);
    expect((await upload(f.superadminId, bytes, { vigencia: "1999" })).status).toBe(422);
    expect((await upload(f.A.users.ADMIN, bytes)).status).toBe(403);
  });
});
