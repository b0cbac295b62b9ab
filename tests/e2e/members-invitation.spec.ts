// An entity admin invites a new person, hands them the one-time link shown
// on screen; the person sets a password through it, signs in and lands in
// the entity with the role they were given.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, demoEmail } from "@/prisma/seed/demo-data";
import { followNavLink } from "./support/main-nav";
import { signIn } from "./support/sign-in";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("el administrador invita a una persona, que crea su contraseña con el enlace y entra con su rol", async ({ page }) => {
  const email = `invitada-${Date.now()}-${test.info().workerIndex}@pruebas.faro.co`;
  const password = "Faro-Invitada-2026";

  await signIn(page, demoEmail("ADMIN", "rionegro"), DEMO_PASSWORD);
  const entityPath = new URL(page.url()).pathname;
  await followNavLink(page, "Miembros");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Miembros");

  const invite = page.getByRole("region", { name: "Invitar a una persona" });
  await invite.getByLabel("Correo electrónico").fill(email);
  await invite.getByLabel("Nombre completo").fill("Inés Invitada");
  await invite.getByLabel("Rol").selectOption("PLANEACION");
  await invite.getByRole("button", { name: "Invitar" }).click();

  await expect(invite.getByText("Invitación creada para Inés Invitada")).toBeVisible();
  await expect(invite.getByText(/No se envió correo/)).toBeVisible();
  const shown = await invite.getByLabel("Enlace de un solo uso").inputValue();
  expect(shown).toMatch(/\/invitacion\/[A-Za-z0-9_-]{43}$/);
  await invite.getByRole("button", { name: "Copiar enlace" }).click();
  await expect(invite.getByRole("button", { name: "¡Copiado!" })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(shown);

  // The new person is listed, waiting for them to accept.
  const card = page.getByTestId("member-card").filter({ hasText: email });
  await expect(card).toContainText("Oficina de planeación");
  await expect(card).toContainText("Invitación pendiente");

  await page.getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/\/login/);

  // The link is used on the same server the admin saw it on.
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { name: "Cree su contraseña" })).toBeVisible();
  await expect(page.getByText("Inés Invitada")).toBeVisible();
  await expect(page.getByText("Alcaldía de Rionegro")).toBeVisible();
  await page.getByLabel("Nueva contraseña").fill(password);
  await page.getByLabel("Repita la contraseña").fill(password);
  await page.getByRole("button", { name: "Crear contraseña" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByText(/Su contraseña quedó/)).toBeVisible();

  await signIn(page, email, password);
  expect(new URL(page.url()).pathname).toBe(entityPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alcaldía de Rionegro");
  await expect(page.getByText("Su rol: Oficina de planeación")).toBeVisible();

  // The link worked once only.
  await page.goto(new URL(link).pathname);
  await expect(page.getByText("Este enlace ya se usó.", { exact: false })).toBeVisible();
});

test("un lector ve la lista de miembros pero no puede invitar ni administrar; /plataforma no existe para él", async ({ page }) => {
  await signIn(page, demoEmail("LECTOR", "rionegro"), DEMO_PASSWORD);
  await page.goto(`${new URL(page.url()).pathname}/miembros`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Miembros");
  await expect(page.getByTestId("member-card").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Invitar a una persona" })).toHaveCount(0);
  await expect(page.locator("summary", { hasText: "Administrar" })).toHaveCount(0);
  const response = await page.goto("/plataforma");
  expect(response?.status()).toBe(404);
});
