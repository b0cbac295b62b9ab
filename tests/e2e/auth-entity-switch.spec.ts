// A person in two entities moves between them with the header's
// "Cambiar de entidad" select: the URL and the page heading follow.
import { expect, test } from "@playwright/test";
import { ownClientAddress } from "./support/own-client-address";
import { submitSignInForm } from "./support/sign-in";

test.use({ extraHTTPHeaders: ownClientAddress() });

test("multi.entidad cambia de Rionegro a Guarne y de vuelta", async ({ page }) => {
  await submitSignInForm(page, "multi.entidad@demo.faro.co");

  // Two entities: the home page asks which one.
  await expect(page.getByText("Elija la entidad con la que va a trabajar.")).toBeVisible();
  const switcher = page.getByLabel("Cambiar de entidad");

  await switcher.selectOption({ label: "Alcaldía de Rionegro" });
  await expect(page).toHaveURL(/\/e\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alcaldía de Rionegro");
  await expect(page.getByText("Su rol: Oficina de planeación")).toBeVisible();
  const rionegroUrl = page.url();

  await switcher.selectOption({ label: "Alcaldía de Guarne" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alcaldía de Guarne");
  await expect(page).toHaveURL(/\/e\/[0-9a-f-]{36}$/);
  expect(page.url()).not.toBe(rionegroUrl);
  await expect(page.getByText("Su rol: Control interno")).toBeVisible();
  await expect(switcher).toHaveValue(new URL(page.url()).pathname.split("/").pop()!);

  await switcher.selectOption({ label: "Alcaldía de Rionegro" });
  await expect(page).toHaveURL(rionegroUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alcaldía de Rionegro");
});
