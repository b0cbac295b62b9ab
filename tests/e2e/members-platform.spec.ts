// The platform operator registers an entity with its first administrator
// and gets the administrator's invitation link on screen.
import { expect, test } from "@playwright/test";
import { DEMO_SUPERADMIN_EMAIL } from "@/prisma/seed/demo-data";
import { nitCheckDigit } from "@/lib/platform/nit";
import { submitSignInForm } from "./support/sign-in";

test("el operador registra una entidad con su primer administrador y ve el enlace de invitación", async ({ page }) => {
  // Unique per run and worker: specs share one database.
  const serial = `${Date.now()}${test.info().workerIndex}`.slice(-8);
  const nitBase = `8${serial}`;
  const nit = `${nitBase}-${nitCheckDigit(nitBase)}`;
  const name = `Personería de Prueba ${serial}`;
  const adminEmail = `personero-${serial}@pruebas.faro.co`;

  await submitSignInForm(page, DEMO_SUPERADMIN_EMAIL);
  const nav = page.getByRole("navigation", { name: "Navegación principal" });
  await nav.getByRole("link", { name: "Plataforma" }).click();
  await page.getByRole("link", { name: "Registrar una entidad" }).click();

  await page.getByLabel("Nombre", { exact: true }).fill(name);
  await page.getByLabel("Naturaleza jurídica").selectOption("PERSONERIA");
  await page.getByLabel("NIT").fill(nit);
  await page.getByLabel("Código SIGEP").fill(serial);
  await page.getByLabel("Departamento (DANE)").selectOption("05");
  await page.getByLabel("Código DANE del municipio").fill("05615");
  await page.getByLabel("Municipio", { exact: true }).fill("Rionegro");
  await page.getByLabel("Categoría (Ley 617 de 2000)").selectOption("PRIMERA");
  await page.getByLabel("Correo electrónico").fill(adminEmail);
  await page.getByLabel("Nombre completo").fill("Pablo Personero");
  await page.getByRole("button", { name: "Registrar entidad" }).click();

  await expect(page.getByText(`Se registró ${name}. Invitación para su administrador, Pablo Personero`)).toBeVisible();
  await expect(page.getByLabel("Enlace de un solo uso")).toHaveValue(/\/invitacion\/[A-Za-z0-9_-]{43}$/);

  // Registering it again is refused, with the reason under the NIT.
  await page.getByLabel("Nombre", { exact: true }).fill(name);
  await page.getByLabel("Naturaleza jurídica").selectOption("PERSONERIA");
  await page.getByLabel("NIT").fill(nit);
  await page.getByLabel("Código SIGEP").fill(`9${serial}`);
  await page.getByLabel("Departamento (DANE)").selectOption("05");
  await page.getByLabel("Código DANE del municipio").fill("05615");
  await page.getByLabel("Municipio", { exact: true }).fill("Rionegro");
  await page.getByLabel("Correo electrónico").fill(`otro-${adminEmail}`);
  await page.getByLabel("Nombre completo").fill("Otra Persona");
  await page.getByRole("button", { name: "Registrar entidad" }).click();
  await expect(page.getByText(`Ya existe una entidad con el NIT ${nit}: ${name}.`).first()).toBeVisible();

  await page.getByRole("link", { name: "← Entidades" }).click();
  const card = page.getByTestId("entity-card").filter({ hasText: name });
  await expect(card).toContainText("Personería · Rionegro, Antioquia (05)");
  await expect(card).toContainText("1 miembro");
});
