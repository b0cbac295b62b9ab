// /perfil: a person sees their data, renames themself (the header follows)
// and changes their password (the current one is checked first).
import { randomUUID } from "node:crypto";
import { createUser } from "@/prisma/seed/factories";
import { ownClientAddress } from "./support/own-client-address";
import { expect, test } from "./support/owner-database";
import { submitSignInForm } from "./support/sign-in";

const PASSWORD = "Faro-Perfil-2026";
const NEW_PASSWORD = "Faro perfil nueva 2027";

test.use({ extraHTTPHeaders: ownClientAddress() });

test("cambia su nombre y su contraseña desde Mi perfil", async ({ page, owner }) => {
  const person = await createUser(owner, { email: `perfil-${randomUUID()}@pruebas.faro.co`, name: "Pablo Perfil", password: PASSWORD });
  await submitSignInForm(page, person.email, PASSWORD);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hola, Pablo Perfil");

  await page.getByRole("link", { name: "Pablo Perfil" }).click();
  await expect(page).toHaveURL(/\/perfil$/);
  await expect(page.getByRole("heading", { name: "Mi perfil" })).toBeVisible();
  await expect(page.getByText(person.email)).toBeVisible();

  await page.getByLabel("Nombre completo").fill("Pablo A. Perfil");
  await page.getByRole("button", { name: "Guardar el nombre" }).click();
  await expect(page.getByText("Nombre actualizado.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Pablo A. Perfil" })).toBeVisible();

  const passwordForm = page.getByRole("form", { name: "Cambiar la contraseña" });
  await passwordForm.getByLabel("Contraseña actual").fill("no-es-la-mia-2026");
  await passwordForm.getByLabel("Nueva contraseña", { exact: true }).fill(NEW_PASSWORD);
  await passwordForm.getByLabel("Repita la nueva contraseña").fill(NEW_PASSWORD);
  await passwordForm.getByRole("button", { name: "Cambiar la contraseña" }).click();
  await expect(passwordForm.getByText("La contraseña actual no es correcta.")).toBeVisible();

  await passwordForm.getByLabel("Contraseña actual").fill(PASSWORD);
  await passwordForm.getByRole("button", { name: "Cambiar la contraseña" }).click();
  await expect(passwordForm.getByRole("status")).toHaveText("Contraseña cambiada. Úsela la próxima vez que inicie sesión.");

  await page.getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Correo electrónico").fill(person.email);
  await page.getByLabel("Contraseña").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hola, Pablo A. Perfil");
});
