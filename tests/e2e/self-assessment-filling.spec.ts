// How filling behaves for people on slow or unreliable connections, on the
// keyboard, and when two people edit the same activity.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_MULTI_ENTITY_EMAIL, DEMO_PASSWORD, demoEmail } from "@/prisma/seed/demo-data";
import { followNavLink } from "./support/main-nav";

async function signIn(page: Page, email: string, chooseEntity?: string) {
  await page.goto("/login");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Ingresar" }).click();
  if (chooseEntity) await page.locator("main").getByRole("link", { name: new RegExp(chooseEntity) }).click();
  await expect(page).toHaveURL(/\/e\/[0-9a-f-]{36}$/);
}

/** Opens (and starts, if needed) a policy's autodiagnóstico as that person. */
async function openPolicy(page: Page, policyName: string) {
  await followNavLink(page, "Autodiagnósticos");
  await page.getByRole("link", { name: new RegExp(policyName) }).click();
  const start = page.getByRole("button", { name: /Iniciar el autodiagnóstico/ });
  const form = page.getByText("Puntaje de la política");
  await expect(start.or(form)).toBeVisible();
  if (await start.isVisible()) await start.click();
  await expect(form).toBeVisible();
}

const scoreInputs = (page: Page) => page.getByLabel("Puntaje", { exact: true });

/** A whole score that differs from `not`, so a re-run on the same database still changes something. */
function freshScore(not: string): string {
  let score = "";
  do score = String(11 + Math.floor(Math.random() * 78));
  while (score === not);
  return score;
}

test("se diligencia solo con el teclado: Tab entre actividades y puntajes escritos", async ({ page }) => {
  await signIn(page, demoEmail("PLANEACION", "rionegro"));
  await openPolicy(page, "Mejora Normativa");
  await scoreInputs(page).first().focus();
  await page.keyboard.press("Control+A"); // a re-run on the same database finds the old value
  await page.keyboard.type("70");
  // Score -> No aplica -> Ver rúbrica -> Observaciones -> Evidencias -> next activity's score.
  for (let i = 0; i < 5; i++) await page.keyboard.press("Tab");
  await expect(scoreInputs(page).nth(1)).toBeFocused();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("30");
  await expect(page.getByText("Todos los cambios están guardados.")).toBeVisible();
  await expect(page.getByText("50,00").first()).toBeVisible();
});

test("sin conexión el cambio se guarda en el equipo y se envía al volver la red", async ({ page, context }) => {
  await signIn(page, demoEmail("PLANEACION", "rionegro"));
  await openPolicy(page, "Servicio al Ciudadano");
  const score = freshScore(await scoreInputs(page).first().inputValue());
  await context.setOffline(true);
  await scoreInputs(page).first().fill(score);
  await expect(page.getByText("Sin conexión: 1 cambio guardado en este equipo; se enviará al volver la red.")).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText("Todos los cambios están guardados.")).toBeVisible();
  await page.reload();
  await expect(scoreInputs(page).first()).toHaveValue(score);
});

test("al cerrar la pestaña con cambios sin guardar, el navegador advierte", async ({ page, context }) => {
  await signIn(page, demoEmail("PLANEACION", "rionegro"));
  await openPolicy(page, "Racionalización de Trámites");
  const score = freshScore(await scoreInputs(page).first().inputValue());
  await context.setOffline(true);
  await scoreInputs(page).first().fill(score);
  await expect(page.getByText(/^Sin conexión: 1 cambio guardado/)).toBeVisible();
  const dialog = new Promise<string>((resolve) => page.once("dialog", (d) => { resolve(d.type()); void d.dismiss(); }));
  await page.close({ runBeforeUnload: true });
  expect(await dialog).toBe("beforeunload");
  await context.setOffline(false);
});

async function personOn(browser: Browser, email: string, policyName: string, chooseEntity?: string) {
  const context = await browser.newContext({ locale: "es-CO" });
  const page = await context.newPage();
  await signIn(page, email, chooseEntity);
  await openPolicy(page, policyName);
  return { context, page };
}

test("dos personas cambian la misma actividad: la segunda ve el valor de la otra y elige, sin pérdidas", async ({ browser }) => {
  // Pedro and Mariela both work in Rionegro's planning office.
  const ana = await personOn(browser, demoEmail("PLANEACION", "rionegro"), "Participación Ciudadana");
  const other = await personOn(browser, DEMO_MULTI_ENTITY_EMAIL, "Participación Ciudadana", "Alcaldía de Rionegro");

  const before = await scoreInputs(ana.page).first().inputValue();
  const anas = freshScore(before);
  const theirs = freshScore(anas);
  await scoreInputs(ana.page).first().fill(anas);
  await expect(ana.page.getByText("Todos los cambios están guardados.")).toBeVisible();
  // The other session still has the page as it was before Ana saved.
  await scoreInputs(other.page).first().fill(theirs);
  await expect(other.page.getByText(/Pedro Planeación \(Alcaldía de Rionegro\) guardó esta actividad mientras usted la editaba/)).toBeVisible();
  await expect(other.page.getByText(`Valor guardado: ${anas},00`)).toBeVisible();
  await other.page.getByRole("button", { name: "Conservar el mío" }).click();
  await expect(other.page.getByText("Todos los cambios están guardados.")).toBeVisible();

  await ana.page.reload();
  await expect(scoreInputs(ana.page).first()).toHaveValue(theirs);
  await ana.context.close();
  await other.context.close();
});
