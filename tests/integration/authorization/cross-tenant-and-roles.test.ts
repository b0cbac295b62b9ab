// For every registered server action:
// - cross-tenant: a member of A who may perform the action, using B's entity
//   id (or A's entity id with B's child ids), gets 404 and B does not change;
// - role matrix: each role of A is refused (403, nothing changed) or admitted
//   exactly as the permission table says;
// - platform actions: only the platform operator; user actions: only touch
//   the signed-in person.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/authz/actions";
import { can } from "@/lib/authz/permissions";
import { ACTION_CASES, ROUTE_CASES, type EntityActionCase, type EntityRouteCase, type PlatformActionCase, type PlatformRouteCase, type UserActionCase } from "./action-cases";
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
  f = await createTenantFixture("authz");
});
afterAll(async () => f?.close());

async function call(c: { file: string; name: string }, userId: string, input: unknown): Promise<ActionResult<unknown>> {
  session.userId = userId;
  const action = (await exportedActions(c.file))[c.name]!;
  return (await action(input)) as ActionResult<unknown>;
}

const entityCases = ACTION_CASES.filter((c): c is EntityActionCase => c.kind === "entity");
const platformCases = ACTION_CASES.filter((c): c is PlatformActionCase => c.kind === "platform");
const userCases = ACTION_CASES.filter((c): c is UserActionCase => c.kind === "user");
const routeCases = ROUTE_CASES.filter((c): c is EntityRouteCase => c.access === "entity");

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function callRoute(c: EntityRouteCase, userId: string | null, params: Record<string, string>, body: unknown): Promise<Response> {
  session.userId = userId;
  const mod = (await import(/* @vite-ignore */ `${process.cwd()}/${c.file}`)) as Record<string, Handler>;
  const request = new Request(`http://localhost/api/e/${params.entityId}`, {
    method: c.method,
    headers: { "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return mod[c.method]!(request, { params: Promise.resolve(params) });
}

describe.each(entityCases.map((c) => [`${c.file} → ${c.name}`, c] as const))("%s", (_label, c) => {
  const allowedRole = ROLES.find((role) => can(role, c.permission))!;

  it("con el id de otra entidad responde 404 y no cambia nada de esa entidad", async () => {
    const before = await tenantSnapshot(f.owner, f.B.entityId);
    const result = await call(c, f.A.users[allowedRole], await c.input(f, f.B));
    expect(result).toMatchObject({ ok: false, status: 404 });
    expect(await tenantSnapshot(f.owner, f.B.entityId)).toEqual(before);
    if (c.mixedInput) {
      const mixed = await call(c, f.A.users[allowedRole], await c.mixedInput(f));
      expect(mixed).toMatchObject({ ok: false, status: 404 });
      expect(await tenantSnapshot(f.owner, f.B.entityId)).toEqual(before);
    }
  });

  it.each(ROLES)("rol %s: permitido o rechazado según la tabla de permisos", async (role) => {
    const before = await tenantSnapshot(f.owner, f.A.entityId);
    const result = await call(c, f.A.users[role], await c.input(f, f.A));
    if (can(role, c.permission)) {
      expect(result.ok || ![401, 403].includes(result.status), JSON.stringify(result)).toBe(true);
    } else {
      expect(result).toMatchObject({ ok: false, status: 403 });
      expect(await tenantSnapshot(f.owner, f.A.entityId)).toEqual(before);
    }
  });
});

describe.each(platformCases.map((c) => [`${c.file} → ${c.name}`, c] as const))("%s", (_label, c) => {
  it.each(ROLES)("rol %s de una entidad: rechazado (solo el operador de la plataforma)", async (role) => {
    const result = await call(c, f.A.users[role], c.input(f));
    expect(result).toMatchObject({ ok: false, status: 403 });
  });

  it("el operador de la plataforma sí puede", async () => {
    const result = await call(c, f.superadminId, c.input(f));
    expect(result.ok || ![401, 403].includes(result.status), JSON.stringify(result)).toBe(true);
  });
});

describe.each(routeCases.map((c) => [`${c.method} ${c.file}`, c] as const))("%s", (_label, c) => {
  const allowedRole = ROLES.find((role) => can(role, c.permission))!;

  it("con el id de otra entidad responde 404 y no cambia nada de esa entidad", async () => {
    const before = await tenantSnapshot(f.owner, f.B.entityId);
    const response = await callRoute(c, f.A.users[allowedRole], c.params(f, f.B), c.body?.(f, f.B));
    expect(response.status).toBe(404);
    if (c.mixedParams) expect((await callRoute(c, f.A.users[allowedRole], c.mixedParams(f), c.body?.(f, f.B))).status).toBe(404);
    expect(await tenantSnapshot(f.owner, f.B.entityId)).toEqual(before);
  });

  it.each(ROLES)("rol %s: permitido o rechazado según la tabla de permisos", async (role) => {
    const before = await tenantSnapshot(f.owner, f.A.entityId);
    const response = await callRoute(c, f.A.users[role], c.params(f, f.A), c.body?.(f, f.A));
    if (can(role, c.permission)) {
      expect([401, 403]).not.toContain(response.status);
    } else {
      expect(response.status).toBe(403);
      expect(await tenantSnapshot(f.owner, f.A.entityId)).toEqual(before);
    }
  });

  it("sin sesión responde 401", async () => {
    expect((await callRoute(c, null, c.params(f, f.A), c.body?.(f, f.A))).status).toBe(401);
  });
});

const platformRouteCases = ROUTE_CASES.filter((c): c is PlatformRouteCase => c.access === "platform");

describe.each(platformRouteCases.map((c) => [`${c.method} ${c.file}`, c] as const))("%s", (_label, c) => {
  async function post(userId: string | null): Promise<Response> {
    session.userId = userId;
    const mod = (await import(/* @vite-ignore */ `${process.cwd()}/${c.file}`)) as Record<string, (request: Request) => Promise<Response>>;
    const body = c.body?.(f);
    return mod[c.method]!(new Request("http://localhost/api/plataforma", { method: c.method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body ?? {}) }));
  }

  it.each(ROLES)("rol %s de una entidad: 403 (solo el operador de la plataforma)", async (role) => {
    expect((await post(f.A.users[role])).status).toBe(403);
  });

  it("el operador de la plataforma sí puede; sin sesión 401", async () => {
    expect([401, 403]).not.toContain((await post(f.superadminId)).status);
    expect((await post(null)).status).toBe(401);
  });
});

describe.each(userCases.map((c) => [`${c.file} → ${c.name}`, c] as const))("%s", (_label, c) => {
  it("no acepta ids ni campos extra para cambiar a otra persona (422) y esa persona no cambia", async () => {
    const other = f.B.users.ADMIN;
    const before = await f.owner.user.findUniqueOrThrow({ where: { id: other }, omit: { passwordHash: false } });
    const result = await call(c, f.A.users.LECTOR, { ...(c.input(f) as object), userId: other, id: other });
    expect(result).toMatchObject({ ok: false, status: 422 });
    expect(await f.owner.user.findUniqueOrThrow({ where: { id: other }, omit: { passwordHash: false } })).toEqual(before);
  });
});

describe("sin sesión", () => {
  it.each(ACTION_CASES.filter((c) => c.kind !== "public").map((c) => [`${c.file} → ${c.name}`, c] as const))(
    "%s responde 401",
    async (_label, c) => {
      session.userId = null;
      const action = (await exportedActions(c.file))[c.name]!;
      const input = c.kind === "entity" || c.kind === "advisor" ? await c.input(f, f.A) : c.input(f);
      expect(await action(input)).toMatchObject({ ok: false, status: 401 });
    },
  );
});
