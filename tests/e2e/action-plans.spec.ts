// Action plans end to end: planeación scores a policy and generates a plan
// from its gaps (previewed, ordered, confirmed), the committee approves it,
// an item is assigned and completed with evidence uploaded through the
// item's "Evidencia de cumplimiento" panel, the activity is re-scored from the
// plan's link and the plan shows before/after. The preview gathers the three
// gap sources (activities, FURAG options, findings) for Rionegro's POL03.
// Also: "Mis tareas", the bell and the timeline of Rionegro's demo plan.
import { expect, test, type Page } from "@playwright/test";
import PDFDocument from "pdfkit";
import { demoEmail } from "@/prisma/seed/demo-data";
import { followNavLink } from "./support/main-nav";
import { signIn } from "./support/sign-in";

const SHOTS = "/tmp/shots-plans";

async function shoot(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

function pdfBytes(text: string): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.text(text);
  doc.end();
  return done;
}

function isoInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test("genera un plan desde una política calificada, lo aprueba el comité, se cumple una acción y se ve el antes y el después", async ({ page, browser }) => {
  test.setTimeout(150_000); // many steps by two people, on a shared 2-core machine
  // Guarne: Rionegro's demo already holds a POL04 2025 autodiagnóstico, whose scores a new one would copy.
  const entityPath = await signIn(page, demoEmail("PLANEACION", "guarne"));
  await followNavLink(page, "Autodiagnósticos");
  await page.getByRole("link", { name: /Gestión Presupuestal/ }).click();
  await page.getByRole("button", { name: /Iniciar el autodiagnóstico/ }).click();
  const scores = page.getByLabel("Puntaje", { exact: true });
  await scores.nth(0).fill("20");
  await scores.nth(1).fill("70");
  await scores.nth(2).fill("45");
  await expect(page.getByText("Todos los cambios están guardados.")).toBeVisible();

  await followNavLink(page, "Planes de acción");
  await page.getByRole("link", { name: "Nuevo plan desde un autodiagnóstico" }).click();
  const option = await page.locator("#autodiagnostico option", { hasText: "POL04" }).first().getAttribute("value");
  await page.getByLabel("Autodiagnóstico", { exact: true }).selectOption(option!);
  await page.getByRole("button", { name: "Ver brechas" }).click();
  await expect(page.getByRole("heading", { name: /2 brechas en POL04/ })).toBeVisible();
  // Largest distance to level 4 (61) first: 20 before 45; 70 is not a gap.
  const gaps = page.getByRole("group", { name: "Brechas para incluir" }).getByRole("checkbox");
  await expect(gaps).toHaveCount(2);
  await expect(page.locator("fieldset li").nth(0)).toContainText("faltan 41,0 para 61");
  await expect(page.locator("fieldset li").nth(1)).toContainText("faltan 16,0 para 61");
  await shoot(page, "nuevo-plan");
  await page.getByRole("button", { name: "Crear el plan con 2 acciones" }).click();
  await expect(page).toHaveURL(/\/planes\/[0-9a-f-]{36}$/);
  const planUrl = page.url();
  await expect(page.getByRole("heading", { name: "Acciones (2)" })).toBeVisible();

  // The committee approves (recorded with name and date).
  const committeeContext = await browser.newContext({ locale: "es-CO" });
  const committee = await committeeContext.newPage();
  await signIn(committee, demoEmail("COMITE", "guarne"));
  await committee.goto(planUrl);
  await committee.getByRole("button", { name: "Aprobar el plan (comité)" }).click();
  await expect(committee.getByText(/Aprobado por Carlos Comité \(Alcaldía de Guarne\) el \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  await committeeContext.close();

  // Assign and complete the first (weakest) item.
  await page.reload();
  await page.getByRole("button", { name: "Iniciar seguimiento" }).click();
  await expect(page.getByText("En seguimiento", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Editar y hacer seguimiento" }).first().click();
  await expect(page).toHaveURL(/\/acciones\/[0-9a-f-]{36}$/);
  await page.getByLabel("Responsable", { exact: true }).selectOption({ label: "Rosa Responsable (Alcaldía de Guarne)" });
  await page.getByLabel("Fecha de inicio").fill(isoInDays(-5));
  await page.getByLabel("Fecha límite").fill(isoInDays(20));
  await page.getByLabel("Estado", { exact: true }).selectOption("CUMPLIDA");
  await page.getByRole("button", { name: "Guardar la acción" }).click();
  await expect(page.getByText("Describa cómo se cumplió")).toBeVisible();
  await page.getByLabel("Nota de cumplimiento").fill("Presupuesto ajustado; acta 12 del comité de hacienda.");
  await page.getByRole("button", { name: "Guardar la acción" }).click();
  // Cumplida also needs evidence of completion from the repository.
  await expect(page.getByText(/vincule al menos una evidencia de cumplimiento/).first()).toBeVisible();
  const evidence = page.getByRole("region", { name: "Evidencia de cumplimiento" });
  await evidence.getByRole("button", { name: "Subir evidencia nueva" }).click();
  await evidence.getByLabel("Título").fill("Acta 12 del comité de hacienda");
  await evidence.getByLabel("Fecha del documento").fill(isoInDays(-1));
  await evidence.getByLabel("Archivos").setInputFiles({ name: "acta-12.pdf", mimeType: "application/pdf", buffer: await pdfBytes("Acta 12 del comité de hacienda") });
  await evidence.getByRole("button", { name: "Guardar evidencia" }).click();
  await expect(evidence.getByRole("link", { name: "Acta 12 del comité de hacienda" })).toBeVisible();
  await page.getByRole("button", { name: "Guardar la acción" }).click();
  await expect(page.getByText("Cambios guardados.")).toBeVisible();
  await page.getByLabel("Nueva nota de seguimiento").fill("Se presentó el ajuste al concejo.");
  await page.getByRole("button", { name: "Agregar nota" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Se presentó el ajuste al concejo." })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Acción del plan/ }).getByText("Cumplida")).toBeVisible();
  await expect(page.getByLabel("Avance (%)")).toHaveValue("100");
  await shoot(page, "accion");

  // Re-score from the plan's link, then see before and after.
  await page.goto(planUrl);
  await page.getByRole("link", { name: "Volver a calificar la actividad" }).click();
  await expect(page).toHaveURL(/\/autodiagnosticos\/POL04\?vigencia=\d{4}#actividad-/);
  await page.getByLabel("Puntaje", { exact: true }).first().fill("75");
  await expect(page.getByText("Todos los cambios están guardados.")).toBeVisible();
  await page.goto(planUrl);
  const first = page.locator("ol > li").first();
  await expect(first).toContainText("antes 20,00");
  await expect(first).toContainText("ahora 75,00");
  await expect(page.getByText(/antes 45,00\s*→\s*ahora 63,33/)).toBeVisible();
  await expect(first).toContainText("Evidencia: Acta 12 del comité de hacienda");
  await shoot(page, "plan");

  // Exports for the committee.
  const excel = page.waitForEvent("download");
  await page.getByRole("link", { name: "Descargar Excel" }).click();
  expect((await excel).suggestedFilename()).toMatch(/^plan-de-accion-\d{4}-POL04\.xlsx$/);
  const pdf = page.waitForEvent("download");
  await page.getByRole("link", { name: "Descargar PDF para el comité" }).click();
  expect((await pdf).suggestedFilename()).toMatch(/^plan-de-accion-\d{4}-POL04\.pdf$/);

  await page.goto(`${entityPath}/planes`);
  await expect(page.getByRole("heading", { name: "Planes de acción" })).toBeVisible();
  await shoot(page, "planes");
});

test("la responsable ve sus tareas, la vencida marcada, los recordatorios en la campana y el cronograma", async ({ page }) => {
  const entityPath = await signIn(page, demoEmail("RESPONSABLE", "rionegro"));
  await expect(page.getByRole("link", { name: /Notificaciones: \d+ sin leer/ })).toBeVisible();
  await followNavLink(page, "Mis tareas");
  await expect(page).toHaveURL(/\/mis-tareas$/);
  await expect(page.getByText(/Venció hace \d+ días?/)).toBeVisible();
  await expect(page.getByText("Vencida", { exact: true }).first()).toBeVisible();
  await shoot(page, "mis-tareas");

  await page.getByRole("link", { name: /Notificaciones/ }).click();
  await expect(page.getByText(/Acción vencida: «Cerrar la brecha/).first()).toBeVisible();
  await shoot(page, "notificaciones");
  await page.getByRole("button", { name: "Marcar todas como leídas" }).click();
  await expect(page.getByRole("link", { name: "Notificaciones: ninguna sin leer" })).toBeVisible();

  await page.goto(`${entityPath}/planes`);
  await page.getByRole("link", { name: /Plan de mejoramiento Integridad 2025/ }).click();
  await expect(page.getByRole("heading", { name: "Plan de mejoramiento Integridad 2025" })).toBeVisible();
  await expect(page.getByText("Vencida", { exact: true }).first()).toBeVisible();
  await shoot(page, "plan-demo");
  await page.getByRole("link", { name: "Cronograma" }).click();
  await expect(page).toHaveURL(/\/cronograma$/);
  await expect(page.getByRole("heading", { name: "Cronograma", exact: true })).toBeVisible();
  await shoot(page, "cronograma");
});

test("la vista previa reúne actividades, opciones FURAG no marcadas y hallazgos abiertos, y la persona elige las fuentes", async ({ page }) => {
  const entityPath = await signIn(page, demoEmail("PLANEACION", "rionegro"));
  await page.goto(`${entityPath}/planes/nuevo`);
  const option = await page.locator("#autodiagnostico option", { hasText: /^POL03 · .* · 2025$/ }).first().getAttribute("value");
  await page.getByLabel("Autodiagnóstico", { exact: true }).selectOption(option!);
  await page.getByRole("button", { name: "Ver brechas" }).click();
  const picker = page.getByRole("group", { name: "Brechas para incluir" });
  await expect(picker.getByRole("heading", { name: /^Actividades del autodiagnóstico \(\d+\)$/ })).toBeVisible();
  await expect(picker.getByRole("heading", { name: /^Opciones FURAG no cumplidas \(\d+\)$/ })).toBeVisible();
  await expect(picker.getByRole("heading", { name: "Hallazgos abiertos de control interno (1)" })).toBeVisible();
  await expect(picker.getByText(/Severidad alta · abierto · vence 31\/12\/2026/)).toBeVisible();
  await shoot(page, "nuevo-plan-fuentes");

  await page.getByRole("checkbox", { name: "Opciones FURAG no cumplidas" }).uncheck();
  await page.getByRole("checkbox", { name: "Actividades del autodiagnóstico" }).uncheck();
  await page.getByRole("button", { name: "Ver brechas" }).click();
  await expect(page.getByRole("heading", { name: /^1 brechas en POL03 2025/ })).toBeVisible();
  await expect(picker.getByRole("heading", { name: /Opciones FURAG/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Crear el plan con 1 acciones" })).toBeVisible();
});
