import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, demoEmail } from "@/prisma/seed/demo-data";

test("una persona de la demo inicia sesión, ve su entidad y cierra sesión", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel("Correo electrónico").fill(demoEmail("PLANEACION", "rionegro"));
  await page.getByLabel("Contraseña").fill("clave-equivocada");
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page.getByText("Correo o contraseña incorrectos.")).toBeVisible();

  await page.getByLabel("Contraseña").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Ingresar" }).click();
  // One entity only: straight to its summary.
  await expect(page).toHaveURL(/\/e\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alcaldía de Rionegro");
  await expect(page.getByText("Su rol: Oficina de planeación")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Navegación principal" })).toBeVisible();

  await page.getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("las páginas llevan las cabeceras de seguridad y una CSP con nonce", async ({ request }) => {
  const response = await request.get("/login");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("las rutas JSON de /api llevan las cabeceras de seguridad sin pasar por el proxy de la CSP", async ({ request }) => {
  const headers = (await request.get("/api/ping")).headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["content-type"]).toContain("application/json");
  expect(headers["content-security-policy"]).toBeUndefined();
});

test("la página de inicio de sesión funciona sin errores de CSP en la consola", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  await page.goto("/login");
  await page.goto("/ruta-que-no-existe");
  expect(problems).toEqual([]);
});
