// The entity settings page: an ADMIN changes the municipal category and sees
// it saved; another role of the same entity gets the 404 page.
import { expect, test, type Page } from "@playwright/test";
import { demoEmail } from "@/prisma/seed/demo-data";
import { followNavLink, revealNavLink } from "./support/main-nav";
import { signIn } from "./support/sign-in";

async function saveCategory(page: Page, label: string) {
  await page.getByLabel("Categoría (Ley 617 de 2000)").selectOption({ label });
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page.getByRole("status")).toHaveText("Cambios guardados.");
}

test("el administrador cambia la categoría municipal y la ve guardada", async ({ page }) => {
  const entityPath = await signIn(page, demoEmail("ADMIN", "guarne"));
  await followNavLink(page, "Configuración");
  await expect(page).toHaveURL(`${entityPath}/configuracion`);
  const category = page.getByLabel("Categoría (Ley 617 de 2000)");
  await expect(category).toHaveValue("SEXTA");

  await saveCategory(page, "Quinta");
  await page.reload();
  await expect(category).toHaveValue("QUINTA");
  await page.goto(entityPath);
  await expect(page.getByText("Quinta", { exact: true })).toBeVisible();

  // Put the demo entity back as it was for the other specs.
  await page.goto(`${entityPath}/configuracion`);
  await saveCategory(page, "Sexta");
});

test("un dato inválido muestra el mensaje junto al campo y no guarda", async ({ page }) => {
  const entityPath = await signIn(page, demoEmail("ADMIN", "guarne"));
  await page.goto(`${entityPath}/configuracion`);
  await page.getByLabel("Municipio (código DANE)").fill("08001");
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page.getByText("El código del municipio debe empezar por el del departamento (05).")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Municipio (código DANE)")).toHaveValue("05318");
});

test("para otro rol de la entidad la configuración no existe", async ({ page }) => {
  const entityPath = await signIn(page, demoEmail("PLANEACION", "guarne"));
  await expect(await revealNavLink(page, "Miembros")).toBeVisible(); // the menu where Configuración would be is open
  await expect(page.getByRole("navigation", { name: "Navegación principal" }).getByRole("link", { name: "Configuración" })).toHaveCount(0);
  const response = await page.goto(`${entityPath}/configuracion`);
  expect(response?.status()).toBe(404);
});
