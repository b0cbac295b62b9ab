// Every server action and route handler in the authorization registry,
// called by someone who MAY perform it, with malformed input (wrong types,
// 1 MB texts, unknown fields, scores below 0 or above 100, not an object):
// it answers 4xx with a Spanish message and the database does not change.
import { existsSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/authz/actions";
import { can } from "@/lib/authz/permissions";
import { digestDatabase } from "@/lib/backup/write-backup";
import { ACTION_CASES, ROUTE_CASES, type EntityRouteCase } from "../authorization/action-cases";
import { exportedActions } from "../authorization/find-entry-points";
import { createTenantFixture, ROLES, type TenantFixture } from "../authorization/tenant-fixture";
import { HUGE_TEXT, malformedVariants, type Variant } from "./malformed-variants";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUserId: async () => session.userId,
  requireSessionUserId: async () => session.userId ?? "",
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

let f: TenantFixture;
let reader: pg.Client;
beforeAll(async () => {
  f = await createTenantFixture("malformed");
  reader = new pg.Client({ connectionString: f.database.url });
  await reader.connect();
});
afterAll(async () => {
  await reader?.end();
  await f?.close();
});

/** Every row of every table: "changes nothing" means nothing anywhere. */
async function wholeDatabase() {
  await reader.query("BEGIN READ ONLY");
  try {
    return await digestDatabase(reader);
  } finally {
    await reader.query("COMMIT");
  }
}

function expectRefusal(status: number, error: unknown, label: string) {
  expect(status, label).toBeGreaterThanOrEqual(400);
  expect(status, label).toBeLessThan(500);
  expect(typeof error === "string" && error.length > 0 && error.length < 500, `${label}: mensaje ${String(error)}`).toBe(true);
  expect(String(error), label).not.toMatch(/at .*\.(ts|js):\d+|ZodError|Prisma|undefined/);
}

async function actorAndInput(c: (typeof ACTION_CASES)[number]): Promise<{ userId: string; valid: unknown } | null> {
  if (c.kind === "entity") {
    const role = ROLES.find((r) => can(r, c.permission))!;
    return { userId: f.A.users[role], valid: await c.input(f, f.A) };
  }
  if (c.kind === "user") return { userId: f.A.users.LECTOR, valid: c.input(f) };
  if (c.kind === "platform") return { userId: f.superadminId, valid: c.input(f) };
  return { userId: f.A.users.LECTOR, valid: null };
}

describe.each(ACTION_CASES.map((c) => [`${c.file} → ${c.name}`, c] as const))("%s", (_label, c) => {
  it("rechaza cada entrada malformada con 4xx y mensaje en español, sin cambiar nada", async () => {
    const { userId, valid } = (await actorAndInput(c))!;
    const action = (await exportedActions(c.file))[c.name]!;
    const before = await wholeDatabase();
    const variants: Variant[] = malformedVariants(valid);
    for (const variant of variants) {
      session.userId = userId;
      const result = (await action(variant.input)) as ActionResult<unknown>;
      expect(result.ok, `${variant.label}: ${JSON.stringify(result).slice(0, 300)}`).toBe(false);
      if (!result.ok) expectRefusal(result.status, result.error, variant.label);
    }
    expect(await wholeDatabase()).toEqual(before);
  });
});

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function callRoute(c: EntityRouteCase, userId: string, body: string | undefined, params = c.params(f, f.A)): Promise<Response> {
  session.userId = userId;
  const mod = (await import(/* @vite-ignore */ `${process.cwd()}/${c.file}`)) as Record<string, Handler>;
  const request = new Request(`http://localhost/api/e/${params.entityId}`, {
    method: c.method,
    headers: { "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body }),
  });
  return mod[c.method]!(request, { params: Promise.resolve(params) });
}

const routesWithBody = ROUTE_CASES.filter((c): c is EntityRouteCase => c.access === "entity" && c.body !== undefined);

describe.each(routesWithBody.map((c) => [`${c.method} ${c.file}`, c] as const))("%s", (_label, c) => {
  const role = ROLES.find((r) => can(r, c.permission))!;

  it("rechaza un cuerpo que no es JSON o que es enorme, con 4xx y sin cambiar nada", async () => {
    const before = await wholeDatabase();
    for (const [label, body] of [["no es JSON", "{esto no es json"], ["2 MB", JSON.stringify({ texto: HUGE_TEXT + HUGE_TEXT })]] as const) {
      const response = await callRoute(c, f.A.users[role], body);
      expectRefusal(response.status, ((await response.json()) as { error?: string }).error, label);
    }
    expect(await wholeDatabase()).toEqual(before);
  });

  if (c.multipartCoveredBy) {
    const coveredBy = c.multipartCoveredBy;
    it(`una carga multipart: sus archivos malformados se prueban en ${coveredBy}`, () => {
      expect(existsSync(coveredBy)).toBe(true);
    });
    return;
  }
  it("rechaza cada cuerpo malformado con 4xx y no cambia nada", async () => {
    const before = await wholeDatabase();
    for (const variant of malformedVariants(c.body!(f, f.A), { json: true })) {
      const response = await callRoute(c, f.A.users[role], JSON.stringify(variant.input));
      expectRefusal(response.status, ((await response.json()) as { error?: string }).error, variant.label);
    }
    expect(await wholeDatabase()).toEqual(before);
  });
});

const entityRoutes = ROUTE_CASES.filter((c): c is EntityRouteCase => c.access === "entity");

describe.each(entityRoutes.map((c) => [`${c.method} ${c.file}`, c] as const))("%s (parámetros de la ruta)", (_label, c) => {
  const role = ROLES.find((r) => can(r, c.permission))!;

  it("un id malformado o enorme en la ruta responde 4xx y no cambia nada", async () => {
    const before = await wholeDatabase();
    const valid = c.params(f, f.A);
    for (const key of Object.keys(valid)) {
      for (const bad of ["no-es-un-id", "' OR 1=1 --", HUGE_TEXT.slice(0, 100_000)]) {
        const body = c.body ? JSON.stringify(c.body(f, f.A)) : undefined;
        const response = await callRoute(c, f.A.users[role], body, { ...valid, [key]: bad });
        expectRefusal(response.status, ((await response.json()) as { error?: string }).error, `${key}=${bad.slice(0, 20)}`);
      }
    }
    expect(await wholeDatabase()).toEqual(before);
  });
});
