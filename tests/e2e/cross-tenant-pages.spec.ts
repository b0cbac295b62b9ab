// Every entity page, opened by a member of another entity with that entity's
// id, answers the same 404 as an id that does not exist. The list of pages is
// read from app/(app)/e, so a new page is covered without editing this file.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "@/lib/db/prisma";
import { demoEmail } from "@/prisma/seed/demo-data";
import { signIn } from "./support/sign-in";

const ENTITY_PAGES_DIR = path.join("app", "(app)", "e", "[entityId]");
// Any uuid: a foreign member must get 404 whether or not the id exists.
const SAMPLE_PARAMS: Record<string, string> = {
  policyCode: "POL03",
  questionId: "0196f000-0000-7000-8000-000000000000",
  sessionId: "01900000-0000-7000-8000-000000000000",
  evidenceId: "0190f3b4-0000-7000-8000-000000000001",
  findingId: "0190f3b4-0000-7000-8000-000000000002",
  planId: "00000000-0000-7000-8000-0000000000a1",
  itemId: "00000000-0000-7000-8000-0000000000a2",
};

function entityPagePaths(dir = ENTITY_PAGES_DIR, prefix = ""): string[] {
  const paths: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      const segment = name.replace(/^\[(.+)\]$/, (_m, param: string) => {
        if (!(param in SAMPLE_PARAMS)) throw new Error(`Falta un valor de ejemplo para el parámetro ${param} en ${full}`);
        return SAMPLE_PARAMS[param]!;
      });
      if (!name.startsWith("_")) paths.push(...entityPagePaths(full, `${prefix}/${segment}`));
    } else if (name === "page.tsx") {
      paths.push(prefix);
    }
  }
  return paths;
}

test("un miembro de Rionegro recibe 404 en cada página de Guarne, igual que con un id inexistente", async ({ page }) => {
  // Two visits per entity page: the time grows with every feature's pages.
  test.setTimeout(180_000);
  const owner = createPrismaClient(process.env.DATABASE_URL!, { asAppRole: false });
  const guarne = await owner.entity.findUniqueOrThrow({ where: { sigepCode: "900318" }, select: { id: true } });
  await owner.$disconnect();

  await signIn(page, demoEmail("ADMIN", "rionegro"));

  const paths = entityPagePaths();
  expect(paths.length).toBeGreaterThanOrEqual(6);
  for (const suffix of paths) {
    for (const entityId of [guarne.id, "00000000-0000-7000-8000-000000000000"]) {
      const response = await page.goto(`/e/${entityId}${suffix}`);
      expect(response?.status(), `/e/${entityId}${suffix}`).toBe(404);
      await expect(page.getByText("Página no encontrada")).toBeVisible();
      await expect(page.getByText("Alcaldía de Guarne")).toHaveCount(0);
    }
  }
});
