// The committee's pages as a COMITE member of Rionegro: the dashboard of the
// demo vigencia at desktop and phone width (charts drawn, summaries, tables,
// links, no sideways scrolling), its PDF and Excel; then a session with a
// decision, a commitment and a linked approval, and its acta in PDF. As
// planeación: a commitment becomes a task of the demo plan, the plan's
// approval is linked to the session, and the task links back to it.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { demoEmail } from "@/prisma/seed/demo-data";
import { signIn } from "./support/sign-in";

const SHOTS = "/tmp/shots-dashboard";

async function pdfText(path: string): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(path))), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

/** Charts resize after the viewport changes (ResizeObserver), so wait for the layout to settle. */
async function expectNoSidewaysScroll(page: Page) {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

const NEW_SECTIONS = ["action-plans", "evidence-review", "open-findings", "furag-readiness", "official-results"];

async function shootNewSections(page: Page, width: number) {
  for (const id of NEW_SECTIONS) await page.locator(`section[aria-labelledby="${id}"]`).screenshot({ path: `${SHOTS}/tablero-${id}-${width}.png` });
}

/** The demo's evidence, finding, FURAG rehearsal and official results, as the committee sees them, and the links behind them. */
async function expectFollowUpSections(page: Page) {
  const evidence = page.getByRole("figure", { name: "Evidencias por estado de revisión" });
  await expect(evidence).toContainText("3 evidencias en la vigencia 2025: 1 aceptada, 1 con observaciones, 0 rechazadas y 1 pendiente de revisión. 1 vencida");
  const findings = page.getByRole("figure", { name: "Hallazgos abiertos por severidad" });
  await expect(findings).toContainText("1 hallazgo abierto. Por severidad: crítica 0, alta 1, media 0, baja 0.");
  await expect(page.getByRole("list", { name: /hallazgo abierto/ }).getByRole("link")).toContainText("La póliza de manejo global está vencida");
  const furag = page.getByRole("figure", { name: "Respondidas, con evidencia y revisadas" });
  await expect(furag).toContainText(/Preparación FURAG 2025: 0,2\s% de las \d+ preguntas respondidas \(1\); 50\s% de los soportes requeridos tienen evidencia \(1 de 2\)/);
  await expect(page.getByRole("heading", { name: "Resultados oficiales FURAG", exact: true })).toBeVisible();
  // The demo plan (Integridad 2025, in follow-up); other specs may add plans, so the counts are not fixed.
  const plans = page.getByRole("figure", { name: "Acciones de los planes por estado" });
  await expect(plans).toContainText(/\d+ (plan|planes) de acción en la vigencia 2025 con \d+ acciones; avance medio \d+(,\d)?\s%/);
  await expect(plans.getByRole("link", { name: "Ver los planes de acción" })).toBeVisible();
  const idi = page.getByRole("figure", { name: "IDI oficial por vigencia" });
  await expect(idi).toContainText(/Resultados oficiales FURAG 2025: IDI \d+,\d, (subió|bajó) \d+,\d puntos frente a 2024 \(\d+,\d\)\. Mediana del grupo par/);
  await expect(idi.locator(".recharts-line").first()).toBeVisible();
  await idi.getByText("Ver los datos en una tabla").click();
  await expect(idi.getByRole("table")).toContainText("2022");

  // The links open the lists behind the figures, with the same counts.
  await page.getByRole("link", { name: "Vencidas (1)" }).click();
  await expect(page).toHaveURL(/\/evidencias\?vigencia=2025&expiry=vencidas$/);
  await expect(page.getByRole("status")).toHaveText("1 evidencia.");
  await page.goBack();
  await page.getByRole("link", { name: "Ver la preparación FURAG completa" }).click();
  await expect(page).toHaveURL(/\/furag\/preparacion\?vigencia=2025$/);
  await page.goBack();
  await expect(page.getByRole("heading", { name: "Tablero de control 2025" })).toBeVisible();
}

test("el comité abre el tablero 2025 en escritorio y en teléfono, y lo descarga en PDF y Excel", async ({ page }) => {
  const home = await signIn(page, demoEmail("COMITE", "rionegro"));
  await page.getByRole("link", { name: "Tablero", exact: true }).first().click();
  await expect(page).toHaveURL(/\/tablero$/);
  await page.goto(`${home}/tablero?vigencia=2025`);
  await expect(page.getByRole("heading", { name: "Tablero de control 2025" })).toBeVisible();

  const dimensions = page.getByRole("figure", { name: "Estimado por dimensión" });
  await expect(dimensions).toContainText(/Estimado de la entidad: \d+,\d\d \(nivel \d · \w+\)/);
  await expect(page.getByRole("figure", { name: /^D1 · / })).toContainText(/La política más baja es .+ con \d+,\d\d \(nivel \d/);
  await expect(page.getByRole("figure", { name: "Estados de los 19 autodiagnósticos" })).toContainText(
    "16 de 19 autodiagnósticos iniciados",
  );
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.locator(".recharts-polar-grid").first()).toBeVisible();
  // Policies not started in the demo still have their row, saying so in words.
  await expect(page.getByRole("figure", { name: /^D3 · / }).locator("svg text", { hasText: "Sin puntaje" })).toHaveCount(3);
  // The table alternative of a chart.
  await dimensions.getByText("Ver los datos en una tabla").click();
  await expect(dimensions.getByRole("table")).toContainText("D7 · Control Interno");

  await expectFollowUpSections(page);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SHOTS}/tablero-1280.png`, fullPage: true });
  await shootNewSections(page, 1280);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: `${SHOTS}/tablero-390.png`, fullPage: true });
  await shootNewSections(page, 390);
  await page.setViewportSize({ width: 1280, height: 900 });

  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Descargar PDF" }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe("tablero-mipg-2025.pdf");
  const text = await pdfText(await pdf.path());
  expect(text).toContain("Alcaldía de Rionegro");
  expect(text).toMatch(/POL01 Gestión Estratégica del Talento Humano \d+,\d\d · N\d/);
  for (const heading of ["Planes de acción 2025", "Revisión de evidencias 2025", "Hallazgos abiertos", "Preparación FURAG 2025", "Resultados oficiales FURAG"]) expect(text).toContain(heading);
  expect(text).toContain("1 hallazgo abierto. Por severidad: crítica 0, alta 1, media 0, baja 0.");

  const excelDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Descargar Excel" }).click();
  expect((await excelDownload).suggestedFilename()).toBe("tablero-mipg-2025.xlsx");

  // A bar opens the autodiagnóstico behind it.
  await page.locator(".recharts-bar-rectangle").first().click();
  await expect(page).toHaveURL(/\/autodiagnosticos\/POL\d\d\?vigencia=2025$/);
});

test("el comité registra una sesión con decisión, compromiso y aprobación, y descarga el acta", async ({ page }) => {
  await signIn(page, demoEmail("COMITE", "rionegro"));
  await page.getByRole("link", { name: "Comité", exact: true }).first().click();
  await page.getByRole("link", { name: "Registrar una sesión" }).click();

  // Nothing on the agenda: refused with a Spanish message, nothing saved.
  await page.getByRole("button", { name: "Registrar la sesión" }).click();
  await expect(page.getByText("Escriba al menos un punto del orden del día.")).toBeVisible();

  await page.getByLabel("Fecha de la sesión").fill("2026-02-12");
  await page.getByLabel("Lugar (opcional)").fill("Sala de juntas de la Alcaldía");
  await page.getByLabel("Orden del día").fill("Verificación del quórum\nResultados de los autodiagnósticos 2025");
  await page.getByRole("button", { name: "Agregar invitado" }).click();
  await page.getByLabel("Nombre", { exact: true }).fill("Marta Invitada");
  await page.getByLabel("Cargo u organización").fill("Departamento Administrativo de la Función Pública");
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: `${SHOTS}/comite-nueva-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole("button", { name: "Registrar la sesión" }).click();
  await expect(page.getByRole("heading", { name: "Sesión del 12/02/2026" })).toBeVisible();

  await page.getByLabel("Nueva decisión").fill("Se aprueban los autodiagnósticos revisados en la sesión.");
  await page.getByRole("button", { name: "Agregar decisión" }).click();
  await expect(page.getByText("Se aprueban los autodiagnósticos revisados en la sesión.")).toBeVisible();

  await page.getByLabel("Nuevo compromiso").fill("Formular el plan de acción de Talento Humano");
  await page.getByLabel("Responsable").fill("Oficina de Planeación");
  await page.getByLabel("Fecha límite (opcional)").fill("2026-04-30");
  await page.getByRole("button", { name: "Agregar compromiso" }).click();
  await expect(page.getByText("Responsable: Oficina de Planeación · Fecha límite: 30/04/2026")).toBeVisible();

  const approval = page.getByLabel("Aprobación (autodiagnóstico o plan de acción) tomada en esta sesión");
  const option = (await approval.locator("option", { hasText: /^Autodiagnóstico / }).first().textContent())!;
  await approval.selectOption({ label: option });
  await page.getByRole("button", { name: "Vincular aprobación" }).click();
  const policy = option.split(" · ")[0]!.replace(/^Autodiagnóstico /, "");
  await expect(page.getByRole("listitem").filter({ hasText: `Autodiagnóstico ${policy}` })).toBeVisible();

  await page.screenshot({ path: `${SHOTS}/comite-sesion-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: `${SHOTS}/comite-sesion-390.png`, fullPage: true });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Descargar acta (PDF)" }).click();
  const acta = await download;
  expect(acta.suggestedFilename()).toBe("acta-comite-2026-02-12.pdf");
  const text = await pdfText(await acta.path());
  for (const expected of ["Alcaldía de Rionegro", "Sesión del 12/02/2026", "Marta Invitada", "Se aprueban los autodiagnósticos revisados en la sesión.", "Formular el plan de acción", `Autodiagnóstico ${policy}`]) {
    expect(text).toContain(expected);
  }

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole("link", { name: "Comité", exact: true }).first().click();
  await expect(page.getByText("1 decisiones · 1 compromisos · 1 aprobaciones")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/comite-lista-1280.png`, fullPage: true });
});

test("planeación convierte un compromiso en tarea del plan demo y vincula la aprobación del plan", async ({ page }) => {
  const SESSION_SHOTS = "/tmp/shots-w3-committee-plans";
  const plan = "Plan de mejoramiento Integridad 2025";
  const home = await signIn(page, demoEmail("PLANEACION", "rionegro"));
  await page.goto(`${home}/comite/nueva`);
  await page.getByLabel("Fecha de la sesión").fill("2026-03-10");
  await page.getByLabel("Orden del día").fill("Seguimiento al plan de mejoramiento de Integridad");
  await page.getByRole("button", { name: "Registrar la sesión" }).click();
  await expect(page.getByRole("heading", { name: "Sesión del 10/03/2026" })).toBeVisible();

  await page.getByLabel("Nuevo compromiso").fill("Socializar el código de integridad con los contratistas");
  await page.getByLabel("Responsable").fill("rosa responsable (alcaldia de rionegro)");
  await page.getByLabel("Fecha límite (opcional)").fill("2027-03-31");
  await page.getByRole("button", { name: "Agregar compromiso" }).click();
  const convert = page.getByLabel("Convertir en tarea del plan");
  await expect(convert).toBeVisible();
  // No plan chosen: a Spanish message, nothing converted.
  await page.getByRole("button", { name: "Convertir", exact: true }).click();
  await expect(page.getByText("Elija un plan de la lista.")).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: `${SESSION_SHOTS}/convertir-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await convert.selectOption({ label: `${plan} · vigencia 2025 · en seguimiento` });
  await page.getByRole("button", { name: "Convertir", exact: true }).click();
  const task = page.getByRole("link", { name: `Tarea del plan «${plan}»` });
  await expect(task).toBeVisible();
  await expect(convert).toHaveCount(0);

  const approval = page.getByLabel("Aprobación (autodiagnóstico o plan de acción) tomada en esta sesión");
  await approval.selectOption({ label: (await approval.locator("option", { hasText: `Plan de acción «${plan}»` }).textContent())! });
  await page.getByRole("button", { name: "Vincular aprobación" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: `Plan de acción «${plan}» · vigencia 2025` })).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SESSION_SHOTS}/sesion-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: `${SESSION_SHOTS}/sesion-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Descargar acta (PDF)" }).click();
  const text = await pdfText(await (await download).path());
  expect(text).toContain(`Plan de acción «${plan}» · vigencia 2025`);
  expect(text).toContain(`(tarea del plan «${plan}»)`);

  // The task in the plan: the commitment's text, responsible and date, and the way back to the session.
  await task.click();
  await expect(page.getByText("Brecha: Compromiso del comité del 10/03/2026")).toBeVisible();
  await page.getByRole("link", { name: `← ${plan}` }).click();
  const item = page.getByRole("listitem").filter({ hasText: "Socializar el código de integridad con los contratistas" });
  await expect(item).toContainText("Rosa Responsable (Alcaldía de Rionegro)");
  await expect(item).toContainText("31/03/2027");
  await page.screenshot({ path: `${SESSION_SHOTS}/plan-1280.png`, fullPage: true });
  await item.getByRole("link", { name: "Compromiso del comité del 10/03/2026" }).click();
  await expect(page.getByRole("heading", { name: "Sesión del 10/03/2026" })).toBeVisible();
});
