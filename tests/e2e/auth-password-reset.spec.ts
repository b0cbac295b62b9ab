// Password reset through its one-time link: an administrator's link (issued
// here with issuePasswordResetLink, as the members page does) opens the form,
// the rules are explained, the new password works, the link does not work twice.
import { randomUUID } from "node:crypto";
import { issuePasswordResetLink } from "@/lib/auth/password-reset";
import { createUser } from "@/prisma/seed/factories";
import { ownClientAddress } from "./support/own-client-address";
import { expect, test } from "./support/owner-database";
import { submitSignInForm } from "./support/sign-in";

const OLD_PASSWORD = "Faro-Anterior-2026";
const NEW_PASSWORD = "Faro nueva frase 2027";

test.use({ extraHTTPHeaders: ownClientAddress() });

test("con el enlace se elige una contraseña nueva y con ella se ingresa", async ({ page, owner }) => {
  const person = await createUser(owner, { email: `restablecer-${randomUUID()}@pruebas.faro.co`, name: "Rita Restablece", password: OLD_PASSWORD });
  const link = await issuePasswordResetLink(owner, { userId: person.id, createdById: null });
  expect(link.emailed).toBe(false);
  const path = new URL(link.url).pathname; // the server under test may not be NEXTAUTH_URL's host

  await page.goto(path);
  await expect(page.getByRole("heading", { name: "Nueva contraseña" })).toBeVisible();
  await expect(page.getByText(person.email)).toBeVisible();

  await page.getByLabel("Nueva contraseña", { exact: true }).fill("corta1");
  await page.getByLabel("Repita la nueva contraseña").fill("corta1");
  await page.getByRole("button", { name: "Guardar la nueva contraseña" }).click();
  await expect(page.getByText("La contraseña debe tener al menos 12 caracteres.")).toBeVisible();

  await page.getByLabel("Nueva contraseña", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Repita la nueva contraseña").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Guardar la nueva contraseña" }).click();
  await expect(page).toHaveURL(/\/login\?restablecida=1$/);
  await expect(page.locator("main").getByRole("status")).toHaveText("Su contraseña quedó actualizada. Inicie sesión con la nueva contraseña.");

  await page.getByLabel("Correo electrónico").fill(person.email);
  await page.getByLabel("Contraseña").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hola, Rita Restablece");

  // The link was used: it now only explains that.
  await page.goto(path);
  await expect(page.locator("main").getByRole("alert")).toHaveText("Este enlace ya se usó. Pida uno nuevo al administrador de su entidad.");
});

test("la contraseña anterior deja de servir", async ({ page, owner }) => {
  const person = await createUser(owner, { email: `restablecer-${randomUUID()}@pruebas.faro.co`, password: OLD_PASSWORD });
  const { url } = await issuePasswordResetLink(owner, { userId: person.id, createdById: null });
  await page.goto(new URL(url).pathname);
  await page.getByLabel("Nueva contraseña", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Repita la nueva contraseña").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Guardar la nueva contraseña" }).click();
  await expect(page).toHaveURL(/restablecida=1/);

  await submitSignInForm(page, person.email, OLD_PASSWORD);
  await expect(page.locator("main").getByRole("alert")).toHaveText("Correo o contraseña incorrectos.");
});

test("pedir un enlace responde lo mismo exista o no la cuenta", async ({ page }) => {
  const answers: string[] = [];
  for (const email of ["multi.entidad@demo.faro.co", `nadie-${randomUUID()}@pruebas.faro.co`]) {
    await page.goto("/login");
    await page.getByRole("link", { name: "¿Olvidó su contraseña?" }).click();
    await expect(page).toHaveURL(/\/restablecer$/);
    await page.getByLabel("Correo electrónico").fill(email);
    await page.getByRole("button", { name: "Pedir el enlace" }).click();
    const status = page.locator("main").getByRole("status");
    await expect(status).toBeVisible();
    answers.push(await status.innerText());
  }
  expect(answers[0]).toBe(answers[1]);
  // The test server has no SMTP: the answer says who can help.
  expect(answers[0]).toContain("Pida al administrador de su entidad");
});
