// Signing in through the login form, as a person does. Specs that test the
// login form itself (sign-in.spec.ts, auth-lockout.spec.ts) drive it by hand.
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-data";

/** An entity's summary: where a person with a single entity lands after signing in. */
export const ENTITY_HOME = /\/e\/[0-9a-f-]{36}$/;

/** Fills the login form and presses "Ingresar"; checks nothing, so the caller can expect a refusal too. */
export async function submitSignInForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Ingresar" }).click();
}

/** Signs in a person of a single entity and waits for its summary; returns that page's path (/e/<id>). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<string> {
  await submitSignInForm(page, email, password);
  await expect(page).toHaveURL(ENTITY_HOME);
  return new URL(page.url()).pathname;
}
