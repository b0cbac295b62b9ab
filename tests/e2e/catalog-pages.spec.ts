// The MIPG catalog as people see it: version B's dimension 3 with its 9
// policies, and the platform operator importing a new version from a file.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_SUPERADMIN_EMAIL, demoEmail } from "@/prisma/seed/demo-data";
import { submitSignInForm } from "./support/sign-in";

/** The operator lands on another page than a member does: only "no longer on /login" is common to both. */
async function signIn(page: Page, email: string) {
  await submitSignInForm(page, email);
  await expect(page).not.toHaveURL(/\/login/);
}

test("el catálogo muestra la dimensión 3 de la versión B con sus 9 políticas, en el orden del manual", async ({ page }) => {
  await signIn(page, demoEmail("LECTOR", "guarne"));
  await page.goto("/catalogo");
  await expect(page.getByRole("heading", { level: 1, name: "Catálogo MIPG" })).toBeVisible();
  await page.getByRole("link", { name: "Manual Operativo MIPG versión 6" }).click();
  await expect(page).toHaveURL(/\/catalogo\/B$/);
  const d3 = page.getByRole("region", { name: "Dimensión 3: Gestión con Valores para Resultados" });
  await expect(d3.getByRole("listitem")).toHaveCount(9);
  await expect(d3.getByRole("listitem").first()).toContainText("POL15");
  await expect(d3).toContainText("9 políticas");
  await expect(page.getByRole("region", { name: /^Dimensión \d:/ })).toHaveCount(7);
});

test("el operador de la plataforma importa una versión nueva desde un archivo y la ve en la lista", async ({ page }) => {
  const code = `E2E-${Date.now().toString(36)}`;
  const name = `Manual de prueba ${code}`;
  const file = JSON.parse(readFileSync("prisma/seed/catalog/version-b-manual-operativo-v6.json", "utf8"));
  const filePath = path.join(mkdtempSync(path.join(tmpdir(), "faro-catalogo-")), "catalogo.json");
  writeFileSync(filePath, JSON.stringify({ ...file, codigo: code, nombre: name, publicadoEl: "2026-03-15" }));

  await signIn(page, DEMO_SUPERADMIN_EMAIL);
  await page.goto("/catalogo");
  await page.getByRole("link", { name: "Importar una versión" }).click();
  await expect(page).toHaveURL(/\/plataforma\/catalogo$/);

  // A version in use is refused with an explanation, not an error page.
  const usedPath = path.join(path.dirname(filePath), "version-b.json");
  writeFileSync(usedPath, JSON.stringify(file));
  await page.getByLabel("Archivo del catálogo (JSON)").setInputFiles(usedPath);
  await page.getByRole("button", { name: "Importar versión" }).click();
  await expect(page.getByText("La versión «B» del catálogo ya la usa al menos una entidad", { exact: false })).toBeVisible();

  await page.getByLabel("Archivo del catálogo (JSON)").setInputFiles(filePath);
  await page.getByRole("button", { name: "Importar versión" }).click();
  await expect(page.getByRole("status")).toHaveText(`Versión «${code}» importada: 7 dimensiones, 19 políticas.`);
  await expect(page.getByRole("link", { name })).toBeVisible();

  await page.goto("/catalogo");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name }) });
  await expect(card).toContainText("15/03/2026");
  await expect(card).toContainText("Ninguna entidad la usa todavía");
});

test("la importación no existe para quien no es operador de la plataforma", async ({ page }) => {
  await signIn(page, demoEmail("ADMIN", "rionegro"));
  const response = await page.goto("/plataforma/catalogo");
  expect(response?.status()).toBe(404);
  await page.goto("/catalogo");
  await expect(page.getByRole("link", { name: "Importar una versión" })).toHaveCount(0);
});
