// Every server action and route handler must have an authorization case: a
// new entry point without one fails here until someone decides how it is
// protected and the suites below check it.
import { describe, expect, it, vi } from "vitest";
import { ACTION_CASES, ROUTE_CASES } from "./action-cases";
import { exportedActions, findActionModules, findRouteHandlers } from "./find-entry-points";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

describe("puntos de entrada registrados", () => {
  it("cada acción de servidor tiene su caso de autorización", async () => {
    const missing: string[] = [];
    for (const file of findActionModules()) {
      for (const name of Object.keys(await exportedActions(file))) {
        if (!ACTION_CASES.some((c) => c.file === file && c.name === name)) missing.push(`${file} → ${name}`);
      }
    }
    expect(missing, "acciones sin caso en tests/integration/authorization/action-cases.ts").toEqual([]);
  });

  it("cada caso registrado corresponde a una acción que existe", async () => {
    for (const c of ACTION_CASES) {
      const actions = await exportedActions(c.file);
      expect(actions[c.name], `${c.file} → ${c.name}`).toBeTypeOf("function");
    }
  });

  it("cada ruta HTTP tiene su caso de autorización", () => {
    expect(findRouteHandlers()).toEqual(ROUTE_CASES.map((c) => c.file).sort());
  });
});
