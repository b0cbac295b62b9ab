// Filling a policy end to end: planeación scores activities (typed and from
// the rubric), sees the running scores, sends it to review; a committee
// member approves it and it is locked with their name and the date.
import { expect, test, type Page } from "@playwright/test";
import { demoEmail } from "@/prisma/seed/demo-data";
import { followNavLink } from "./support/main-nav";
import { signIn } from "./support/sign-in";

async function openPolicy(page: Page, name: string) {
  await followNavLink(page, "Autodiagnósticos");
  await page.getByRole("link", { name: new RegExp(name) }).click();
}

test("planeación diligencia Gestión Documental y el comité la aprueba", async ({ page }) => {
  await signIn(page, demoEmail("PLANEACION", "guarne"));
  await openPolicy(page, "Gestión Documental");
  await page.getByRole("button", { name: /Iniciar el autodiagnóstico/ }).click();

  const scores = page.getByLabel("Puntaje", { exact: true });
  await expect(scores.first()).toBeVisible();
  await scores.nth(0).fill("80");
  await scores.nth(1).fill("45,5");
  // The third from its rubric: the 41-60 band sets 50.
  await page.getByText("Ver rúbrica").nth(2).click();
  await page.getByRole("button", { name: /^41-60/ }).nth(0).click();
  await expect(scores.nth(2)).toHaveValue("50");
  // (80 + 45.5 + 50) / 3 = 58.5
  await expect(page.getByText("58,50").first()).toBeVisible();
  await expect(page.getByText("Todos los cambios están guardados.")).toBeVisible();

  // Out of range: a Spanish message and nothing sent.
  await scores.nth(3).fill("150");
  await expect(page.getByText("Escriba un número entre 0 y 100")).toBeVisible();
  await scores.nth(3).fill("");

  // After a reload the saved values are still there.
  await page.reload();
  await expect(page.getByLabel("Puntaje", { exact: true }).nth(1)).toHaveValue("45,5");

  await page.getByRole("button", { name: "Enviar a revisión del comité" }).click();
  await expect(page.getByText("En revisión").first()).toBeVisible();
  await expect(page.getByLabel("Puntaje", { exact: true }).first()).toBeDisabled();

  await page.getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, demoEmail("COMITE", "guarne"));
  await openPolicy(page, "Gestión Documental");
  await page.getByRole("button", { name: "Aprobar" }).click();
  await expect(page.getByText(/Aprobado por Carlos Comité \(Alcaldía de Guarne\) el \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Reabrir" })).toBeVisible();
});

test("el resumen de las 19 políticas muestra puntaje, nivel en texto y estado", async ({ page }) => {
  await signIn(page, demoEmail("LECTOR", "rionegro"));
  await followNavLink(page, "Autodiagnósticos");
  await expect(page.getByRole("heading", { name: /Autodiagnósticos \d{4}/ })).toBeVisible();
  await expect(page.locator("main li a")).toHaveCount(19);
  await expect(page.getByRole("heading", { name: "D3 · Gestión con Valores para Resultados" })).toBeVisible();
});

test("la vigencia siguiente parte de los puntajes anteriores y muestra el cambio", async ({ page }) => {
  await signIn(page, demoEmail("PLANEACION", "guarne"));
  await openPolicy(page, "Defensa Jurídica");
  const start = page.getByRole("button", { name: /Iniciar el autodiagnóstico/ });
  const form = page.getByText("Puntaje de la política");
  await expect(start.or(form)).toBeVisible();
  if (await start.isVisible()) await start.click();
  const current = new URL(page.url());
  const year = Number(current.searchParams.get("vigencia"));
  await page.getByLabel("Puntaje", { exact: true }).first().fill("80");
  await expect(page.getByText("Todos los cambios están guardados.")).toBeVisible();

  current.searchParams.set("vigencia", String(year + 1));
  await page.goto(current.toString());
  await expect(page.getByLabel(`Partir de los puntajes de la vigencia ${year}`)).toBeChecked();
  await page.getByRole("button", { name: `Iniciar el autodiagnóstico ${year + 1}` }).click();
  const first = page.getByLabel("Puntaje", { exact: true }).first();
  await expect(first).toHaveValue("80");
  await expect(page.getByText(`${year}: 80,00 (sin cambio)`).first()).toBeVisible();
  await first.fill("90");
  await expect(page.getByText(`${year}: 80,00 (▲ sube 10,00)`).first()).toBeVisible();
});
