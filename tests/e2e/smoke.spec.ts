// Smoke test of the production build: the app is up, speaks Spanish (es-CO),
// its database is reachable and migrated, and unknown URLs get a real 404.
import { expect, test } from "@playwright/test";

test("la página de inicio de sesión está en español (es-CO)", async ({ page }) => {
  const response = await page.goto("/login");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "es-CO");
  await expect(page.getByText(/iniciar sesión/i).first()).toBeVisible();
});

test("/api/health informa base de datos y migraciones al día", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ db: "ok", migrations: "up-to-date" });
});

test("una URL desconocida responde 404 con un mensaje en español", async ({ page }) => {
  const response = await page.goto("/esta-pagina-no-existe-en-faro");
  expect(response?.status()).toBe(404);
  await expect(page.locator("body")).toContainText(/no existe|no encontrada/i);
});
