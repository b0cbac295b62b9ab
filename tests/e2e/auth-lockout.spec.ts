// After 5 wrong passwords the account is locked for 15 minutes: the right
// password is refused too, with the lockout message. A fresh person per run
// (other specs' demo users stay usable) and an address of its own (this
// spec's failures must not throttle the shared 127.0.0.1 of the others).
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { createUser } from "@/prisma/seed/factories";
import { ownClientAddress } from "./support/own-client-address";
import { expect, test } from "./support/owner-database";

const PASSWORD = "Faro-Bloqueo-2026";

test.use({ extraHTTPHeaders: ownClientAddress() });

async function tryPassword(page: Page, password: string) {
  await page.getByLabel("Contraseña").fill(password);
  await Promise.all([
    page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials")),
    page.getByRole("button", { name: "Ingresar" }).click(),
  ]);
}

test("tras 5 contraseñas equivocadas, ni la correcta entra y se explica por qué", async ({ page, owner }) => {
  const person = await createUser(owner, { email: `bloqueo-${randomUUID()}@pruebas.faro.co`, password: PASSWORD });
  await page.goto("/login");
  await page.getByLabel("Correo electrónico").fill(person.email);

  for (let i = 1; i <= 5; i++) {
    await tryPassword(page, `equivocada-${i}-2026`);
    await expect(page.locator("main").getByRole("alert")).toHaveText("Correo o contraseña incorrectos.");
  }

  await tryPassword(page, PASSWORD);
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    "Demasiados intentos fallidos. Por seguridad, espere 15 minutos o restablezca su contraseña.",
  );
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("link", { name: "¿Olvidó su contraseña?" })).toBeVisible();

  const row = await owner.user.findUniqueOrThrow({ where: { id: person.id } });
  expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);
  expect(row.lastLoginAt).toBeNull();
  expect(await owner.loginAttempt.count({ where: { email: person.email, succeeded: false } })).toBe(6);
});
