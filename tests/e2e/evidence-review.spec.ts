// Evidence end to end in Rionegro: planeación uploads a PDF and links it to a
// POL03 activity (it shows in the activity's row); control interno finds it
// in the review queue and accepts it, records a finding, the responsible
// answers it and control interno closes it. SHOTS_DIR=<folder> also saves
// screenshots of every evidence page at 1280 and 390 px.
import { expect, test, type Locator, type Page } from "@playwright/test";
import PDFDocument from "pdfkit";
import { demoEmail } from "@/prisma/seed/demo-data";
import { followNavLink } from "./support/main-nav";
import { signIn } from "./support/sign-in";

const TITLE = `Acta de seguimiento e2e ${Date.now().toString(36)}`;

function pdfBytes(): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.text("Acta de seguimiento del plan de acción");
  doc.end();
  return done;
}

async function shoot(page: Page, name: string, part?: Locator) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  const take = (path: string) => (part ? part.screenshot({ path }) : page.screenshot({ path, fullPage: true }));
  await take(`${dir}/${name}-1280.png`);
  await page.setViewportSize({ width: 390, height: 844 });
  await take(`${dir}/${name}-390.png`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/\/login/);
}

test("subir un PDF, vincularlo a una actividad, revisarlo como control interno y registrar y cerrar un hallazgo", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Planeación uploads the PDF.
  const home = await signIn(page, demoEmail("PLANEACION", "rionegro"));
  await followNavLink(page, "Evidencias");
  await expect(page.getByRole("heading", { name: "Evidencias" })).toBeVisible();
  await shoot(page, "evidencias-lista");
  await page.getByRole("link", { name: "Nueva evidencia" }).click();
  await page.getByLabel("Título").fill(TITLE);
  await page.getByLabel("Vigencia", { exact: true }).fill("2025");
  await page.getByLabel("Fecha del documento").fill("2025-06-30");
  await page.getByLabel("Política (opcional)").selectOption("POL03");
  await page.getByLabel("Archivos").setInputFiles({ name: "acta-seguimiento.pdf", mimeType: "application/pdf", buffer: await pdfBytes() });
  await shoot(page, "evidencias-nueva");
  await page.getByRole("button", { name: "Guardar evidencia" }).click();

  await expect(page.getByRole("heading", { name: TITLE })).toBeVisible();
  const evidenceUrl = page.url();
  await expect(page.getByText("Pendiente").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "acta-seguimiento.pdf", exact: true })).toBeVisible();
  await expect(page.getByText(/SHA-256 [0-9a-f]{64}/)).toBeVisible();
  await expect(page.locator('iframe[title="Vista previa de acta-seguimiento.pdf"]')).toBeVisible();

  // Link it to the first POL03 2025 activity.
  const select = page.getByLabel("Vincular a una actividad de autodiagnóstico");
  const option = select.locator('optgroup[label="POL03 · 2025"] option').first();
  const activityLabel = (await option.textContent())!.trim();
  await select.selectOption({ label: activityLabel });
  await page.getByRole("button", { name: "Vincular", exact: true }).click();
  await expect(page.getByRole("link", { name: new RegExp(`POL03 2025 · ${activityLabel.split(" ")[0]}`) })).toBeVisible();
  await shoot(page, "evidencia-detalle");

  // The activity's row shows it.
  await page.goto(`${home}/autodiagnosticos/POL03?vigencia=2025`);
  await page.getByText(/^Evidencias \(\d+\)/).first().click();
  await expect(page.getByRole("link", { name: TITLE })).toBeVisible();
  await shoot(page, "actividad-evidencias", page.locator("li", { has: page.getByRole("link", { name: TITLE }) }).first());
  await signOut(page);

  // Control interno reviews it from the queue.
  await signIn(page, demoEmail("CONTROL_INTERNO", "rionegro"));
  await followNavLink(page, "Cola de revisión");
  await expect(page.getByRole("heading", { name: "Cola de revisión" })).toBeVisible();
  await shoot(page, "cola-revision");
  await page.getByRole("link", { name: new RegExp(TITLE) }).click();
  await expect(page).toHaveURL(evidenceUrl);
  const review = page.getByRole("form", { name: /Revisión de la evidencia/ });
  await review.getByLabel("Aceptada").check();
  await review.getByLabel(/Comentario/).fill("Acta completa y firmada.");
  await review.getByRole("button", { name: "Registrar revisión" }).click();
  await expect(page.getByText("Revisión registrada.")).toBeVisible();
  await expect(page.getByText(/Clara Control.*Aceptada.*Acta completa y firmada/)).toBeVisible();
  // Out of the pending evidences; its link, not yet reviewed, waits in the second list.
  await page.goto(`${home}/evidencias/cola`);
  const section = (name: RegExp) => page.locator("section", { has: page.getByRole("heading", { name }) });
  await expect(section(/Evidencias pendientes/).getByRole("link", { name: new RegExp(TITLE) })).toHaveCount(0);
  await expect(section(/Vínculos nuevos/).getByRole("link", { name: new RegExp(TITLE) })).toBeVisible();

  await page.goto(`${home}/evidencias/integridad`);
  await page.getByRole("button", { name: "Verificar ahora" }).click();
  await expect(page.getByText(/archivos verificados: todos coinciden con su huella registrada/)).toBeVisible();
  await shoot(page, "integridad");

  // … records a finding about it.
  await followNavLink(page, "Hallazgos");
  await page.getByRole("link", { name: "Registrar hallazgo" }).click();
  await page.getByLabel("Severidad").selectOption("ALTA");
  await page.getByLabel("Descripción del hallazgo").fill("El acta no registra el seguimiento de las metas del segundo trimestre.");
  await page.getByLabel("Responsable que debe responder").selectOption({ label: "Rosa Responsable (Alcaldía de Rionegro)" });
  await page.getByLabel("Fecha límite de respuesta").fill("2026-12-15");
  await page.getByLabel("Evidencia (opcional)").selectOption({ label: `${TITLE} (2025)` });
  await shoot(page, "hallazgo-nuevo");
  await page.getByRole("button", { name: "Registrar hallazgo" }).click();
  await expect(page.getByRole("heading", { name: "Hallazgo de control interno" })).toBeVisible();
  const findingUrl = page.url();
  await expect(page.getByText("Abierto")).toBeVisible();
  await expect(page.getByText("Control interno lo cierra una vez respondido.")).toBeVisible();
  await signOut(page);

  // The responsible answers it.
  await signIn(page, demoEmail("RESPONSABLE", "rionegro"));
  await page.goto(findingUrl);
  await page.getByLabel("Respuesta del responsable").fill("Se incluyó el seguimiento del segundo trimestre en el acta 7.");
  await page.getByRole("button", { name: "Enviar respuesta" }).click();
  await expect(page.getByText("Respondido")).toBeVisible();
  await signOut(page);

  // Control interno closes it.
  await signIn(page, demoEmail("CONTROL_INTERNO", "rionegro"));
  await page.goto(findingUrl);
  await page.getByLabel("Comentario de cierre").fill("Verificado en el acta 7.");
  await page.getByRole("button", { name: "Cerrar hallazgo" }).click();
  await expect(page.getByText(/Cerrado por Clara Control .* «Verificado en el acta 7\.»/)).toBeVisible();
  await shoot(page, "hallazgo-detalle");
  await page.getByRole("link", { name: "← Hallazgos" }).click();
  await expect(page.getByRole("heading", { name: "Hallazgos" })).toBeVisible();
  await shoot(page, "hallazgos-lista");
});

test("una persona sin permiso de revisión no ve la cola ni el formulario de revisión (404)", async ({ page }) => {
  const home = await signIn(page, demoEmail("RESPONSABLE", "rionegro"));
  const response = await page.goto(`${home}/evidencias/cola`);
  expect(response?.status()).toBe(404);
  await page.goto(`${home}/evidencias?expiry=vencidas`);
  await expect(page.getByText("Póliza de manejo global 2024")).toBeVisible();
  await expect(page.locator("main li").getByText("Vencida", { exact: true })).toBeVisible();
});
