import { expect, test } from "@playwright/test";
import { demoEmail } from "@/prisma/seed/demo-data";
import { followNavLink, revealNavLink } from "./support/main-nav";
import { signIn } from "./support/sign-in";

test("control interno consulta y filtra la auditoría de su entidad", async ({ page }) => {
  await signIn(page, demoEmail("CONTROL_INTERNO", "guarne"));
  await followNavLink(page, "Auditoría");
  await expect(page.getByRole("heading", { name: "Auditoría" })).toBeVisible();
  // The demo seed created Guarne and its members: those creations are in the trail.
  await page.getByLabel("Acción").selectOption("CREATE");
  await page.getByLabel("Registro").selectOption("memberships");
  await page.getByRole("button", { name: "Filtrar" }).click();
  await expect(page).toHaveURL(/accion=CREATE/);
  const entries = page.locator("main ol > li");
  await expect(entries.first()).toContainText("Creación · Miembros y roles");
  const texts = await entries.allInnerTexts();
  expect(texts.length).toBeGreaterThanOrEqual(6); // one per demo role at least
  expect(texts.every((t) => t.includes("Creación · Miembros y roles"))).toBe(true);
});

test("un lector no ve la auditoría: ni en el menú ni por la dirección", async ({ page }) => {
  await signIn(page, demoEmail("LECTOR", "guarne"));
  await expect(await revealNavLink(page, "Miembros")).toBeVisible(); // the menu where Auditoría would be is open
  await expect(page.getByRole("link", { name: "Auditoría" })).toHaveCount(0);
  const response = await page.goto(`${new URL(page.url()).pathname}/auditoria`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Página no encontrada")).toBeVisible();
});
