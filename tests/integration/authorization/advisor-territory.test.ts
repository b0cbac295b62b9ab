// The departmental advisor's entry points (kind "advisor" in action-cases.ts):
// - an advisor of another department, and every member role of an entity of
//   the department (members are not advisors), get 404 and nothing changes;
// - the advisor of the department is admitted;
// - route handlers: the same, plus 401 without a session.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/authz/actions";
import type { Db } from "@/lib/db/prisma";
import { ACTION_CASES, ROUTE_CASES, type AdvisorActionCase, type AdvisorRouteCase } from "./action-cases";
import { exportedActions } from "./find-entry-points";
import { createTenantFixture, ROLES, type TenantFixture } from "./tenant-fixture";
import { tenantSnapshot } from "./tenant-snapshot";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUserId: async () => session.userId,
  requireSessionUserId: async () => session.userId ?? "",
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

let f: TenantFixture;
beforeAll(async () => {
  f = await createTenantFixture("advisor_authz");
});
afterAll(async () => f?.close());

/** Everything a department's advisors own, besides what tenantSnapshot covers. */
async function departmentSnapshot(owner: Db, code: string) {
  const [row] = await owner.$queryRaw<{ digest: string }[]>`
    SELECT md5(
      coalesce((SELECT string_agg(t::text, '|' ORDER BY t.id) FROM advisory_requests t WHERE department_code = ${code}), '') ||
      coalesce((SELECT string_agg(t::text, '|' ORDER BY t.id) FROM training_offers t WHERE department_code = ${code}), '') ||
      coalesce((SELECT string_agg(i::text, '|' ORDER BY i.id) FROM training_invitees i JOIN training_offers o ON o.id = i.offer_id WHERE o.department_code = ${code}), '')
    ) AS digest`;
  return { department: row!.digest, entity: await tenantSnapshot(owner, f.A.entityId) };
}

async function call(c: AdvisorActionCase, userId: string | null, input: unknown): Promise<ActionResult<unknown>> {
  session.userId = userId;
  const action = (await exportedActions(c.file))[c.name]!;
  return (await action(input)) as ActionResult<unknown>;
}

const actionCases = ACTION_CASES.filter((c): c is AdvisorActionCase => c.kind === "advisor");
const routeCases = ROUTE_CASES.filter((c): c is AdvisorRouteCase => c.access === "advisor");

describe.each(actionCases.map((c) => [`${c.file} → ${c.name}`, c] as const))("%s", (_label, c) => {
  it("un asesor de otro departamento recibe 404 y nada cambia", async () => {
    const before = await departmentSnapshot(f.owner, f.A.departmentCode);
    expect(await call(c, f.B.advisorId, await c.input(f, f.A))).toMatchObject({ ok: false, status: 404 });
    expect(await departmentSnapshot(f.owner, f.A.departmentCode)).toEqual(before);
  });

  it("su propio departamento con filas de otro departamento: rechazado y nada cambia", async () => {
    const before = await departmentSnapshot(f.owner, f.A.departmentCode);
    const mixed = { ...((await c.input(f, f.A)) as object), departmentCode: f.B.departmentCode };
    const result = await call(c, f.B.advisorId, mixed);
    // Rows of another department are "not found"; a new offer naming its
    // entities (public códigos SIGEP, not row ids) is refused field by field.
    if (c.name === "createTrainingOfferAction") expect(result).toMatchObject({ ok: false, status: 422, fieldErrors: { sigepCodes: expect.any(Array) } });
    else expect(result).toMatchObject({ ok: false, status: 404 });
    expect(await departmentSnapshot(f.owner, f.A.departmentCode)).toEqual(before);
  });

  it.each(ROLES)("un miembro %s de una entidad del departamento no es asesor: 404 y nada cambia", async (role) => {
    const before = await departmentSnapshot(f.owner, f.A.departmentCode);
    expect(await call(c, f.A.users[role], await c.input(f, f.A))).toMatchObject({ ok: false, status: 404 });
    expect(await departmentSnapshot(f.owner, f.A.departmentCode)).toEqual(before);
  });

  it("el asesor del departamento sí puede", async () => {
    const result = await call(c, f.A.advisorId, await c.input(f, f.A));
    expect(result.ok || ![401, 403, 404].includes(result.status), JSON.stringify(result)).toBe(true);
  });
});

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function callRoute(c: AdvisorRouteCase, userId: string | null, params: Record<string, string>) {
  session.userId = userId;
  const mod = (await import(/* @vite-ignore */ `${process.cwd()}/${c.file}`)) as Record<string, Handler>;
  const request = new Request(`http://localhost/api/asesoria/${params.departmentCode}/exportar?${c.query ?? ""}`, { method: c.method });
  return mod[c.method]!(request, { params: Promise.resolve(params) });
}

describe.each(routeCases.map((c) => [`${c.method} ${c.file}`, c] as const))("%s", (_label, c) => {
  it("otro departamento, un miembro de una entidad o un código inexistente: 404", async () => {
    expect((await callRoute(c, f.B.advisorId, c.params(f, f.A))).status).toBe(404);
    for (const role of ROLES) expect((await callRoute(c, f.A.users[role], c.params(f, f.A))).status).toBe(404);
    expect((await callRoute(c, f.A.advisorId, { ...c.params(f, f.A), departmentCode: "99" })).status).toBe(404);
    expect((await callRoute(c, f.A.advisorId, { ...c.params(f, f.A), departmentCode: "x'; --" })).status).toBe(404);
  });

  it("el asesor del departamento la obtiene; sin sesión, 401", async () => {
    expect((await callRoute(c, f.A.advisorId, c.params(f, f.A))).status).toBe(200);
    expect((await callRoute(c, null, c.params(f, f.A))).status).toBe(401);
  });
});
