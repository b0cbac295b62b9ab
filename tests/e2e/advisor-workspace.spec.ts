// The departmental advisor (ASESOR of Antioquia) end to end: the workspace
// with official scores (desktop and phone), sorting, exports, the sharing
// rule (Rionegro shares its autodiagnóstico, Guarne does not), a request
// filed by Rionegro's planeación and handled to closure by the advisor, and
// a training offer for a group with the same lowest policy.
import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import type { Db } from "@/lib/db/prisma";
import { DEMO_ADVISOR_EMAIL, DEMO_ENTITIES, demoEmail } from "@/prisma/seed/demo-data";
import { insertOfficialResults } from "@/tests/integration/setup/official-results";
import { expect, test } from "./support/owner-database";
import { signIn, submitSignInForm } from "./support/sign-in";

const SHOTS = "/tmp/shots-advisor";
mkdirSync(SHOTS, { recursive: true });
const sigep = (slug: string) => DEMO_ENTITIES.find((d) => d.slug === slug)!.entity.sigepCode;
const POLICIES = Array.from({ length: 19 }, (_, i) => `POL${String(i + 1).padStart(2, "0")}`);

/** Test data (scope "e2e-asesoria"): Rionegro, Guarne and ten municipalities not on Faro, in 2019 and 2020 (the demo seed has its own official results for 2022–2025). */
async function prepareOfficialResults(owner: Db) {
  if (await owner.resultsImport.findFirst({ where: { scope: "e2e-asesoria" } })) return;
  const entities = await owner.entity.findMany({ where: { sigepCode: { in: [sigep("rionegro"), sigep("guarne")] } } });
  for (const vigencia of [2019, 2020]) {
    const shift = vigencia === 2020 ? 4 : 0;
    const rows = [
      ...entities.map((e, n) => ({
        sigepCode: e.sigepCode, entityName: e.name, entityId: e.id, departmentCode: "05", idi: 70 + n + shift,
        scores: Object.fromEntries(POLICIES.map((p, i) => [p, 55 + ((i * 7 + n * 5) % 40) + shift])),
      })),
      ...Array.from({ length: 10 }, (_, n) => ({
        sigepCode: `E2E${n}`, entityName: `Municipio de prueba ${String.fromCharCode(65 + n)}`, departmentCode: "05", idi: 40 + n * 3,
        // Municipio A has the lowest POL03 (1,5); the others share POL07 as their weakest.
        scores: Object.fromEntries(POLICIES.map((p, i) => [p, p === "POL03" && n === 0 ? 1.5 : p === "POL07" ? 10 + n + shift : 30 + ((i * 11 + n) % 60)])),
      })),
    ];
    await insertOfficialResults(owner, vigencia, rows, "e2e-asesoria");
  }
  // Both alcaldías have an autodiagnóstico; only Rionegro's may be seen by the advisor.
  const instrument = await owner.instrument.findFirstOrThrow({ where: { policyCode: "POL03", source: "FARO_REFERENCE" } });
  for (const e of entities) {
    await owner.selfAssessment.upsert({
      where: { entityId_vigencia_policyCode: { entityId: e.id, vigencia: 2026, policyCode: "POL03" } },
      update: {},
      create: { entityId: e.id, vigencia: 2026, policyCode: "POL03", instrumentId: instrument.id },
    });
  }
}

async function signInAsAdvisor(page: Page) {
  await submitSignInForm(page, DEMO_ADVISOR_EMAIL);
  await expect(page).not.toHaveURL(/\/login/);
}

test.beforeEach(async ({ owner }) => prepareOfficialResults(owner));

test("el asesor abre su espacio, ordena, exporta y lo ve bien en escritorio y en teléfono", async ({ page }) => {
  await signInAsAdvisor(page);
  await page.getByRole("link", { name: "Asesoría departamental" }).click();
  await expect(page).toHaveURL(/\/asesoria\/05$/);
  await page.goto("/asesoria/05?vigencia=2020");
  await expect(page.getByRole("heading", { name: "Resultados oficiales 2020" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Alcaldía de Rionegro" }).first()).toBeVisible();
  await expect(page.getByLabel("Leyenda de niveles")).toContainText("5 · Consolidado");
  await expect(page.getByText("9 entidades la tienen como política más baja.")).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SHOTS}/workspace-1280.png`, fullPage: true });

  // Sort by POL03, ascending: Municipio de prueba A (1,5) first; again: descending.
  await page.getByRole("link", { name: "P03", exact: true }).click();
  await expect(page).toHaveURL(/orden=POL03&dir=asc/);
  const firstEntity = page.locator("tbody tr").first().locator("th");
  await expect(firstEntity).toContainText("Municipio de prueba A");
  await page.getByRole("link", { name: /P03/ }).click();
  await expect(page).toHaveURL(/orden=POL03&dir=desc/);
  await expect(firstEntity).not.toContainText("Municipio de prueba A");

  // Grouping by lowest policy: the nine municipalities on POL07.
  await expect(page.getByText("9 entidades la tienen como política más baja.")).toBeVisible();

  // Exports in the order shown.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Descargar Excel" }).click();
  expect((await download).suggestedFilename()).toBe("resultados-2020-departamento-05.xlsx");
  const pdf = await page.request.get("/api/asesoria/05/exportar?formato=pdf&vigencia=2020");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/asesoria/05?vigencia=2020");
  await expect(page.getByRole("heading", { name: "Resultados oficiales 2020" })).toBeVisible();
  // The page itself does not scroll sideways; the table scrolls inside its box.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The groups are drawn in the browser: wait for them before the picture.
  await expect(page.getByText("9 entidades la tienen como política más baja.")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/workspace-390.png`, fullPage: true });
});

test("el asesor ve el autodiagnóstico de Rionegro (comparte) y no el de Guarne (no comparte)", async ({ page, owner }) => {
  const guarne = await owner.entity.findUniqueOrThrow({ where: { sigepCode: sigep("guarne") } });
  await signInAsAdvisor(page);
  await page.goto(`/asesoria/05/entidades/${sigep("rionegro")}`);
  await expect(page.getByText("Autodiagnóstico 2026 compartido por la entidad")).toBeVisible();
  await expect(page.getByText("Planeación Institucional").last()).toBeVisible();
  await expect(page.getByText(/políticas sin autodiagnóstico iniciado en 2026\./)).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/entity-shared-390.png`, fullPage: true });

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/asesoria/05/entidades/${sigep("guarne")}`);
  await expect(page.getByText("La entidad no comparte su autodiagnóstico")).toBeVisible();
  await expect(page.getByText(/compartido por la entidad/)).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Resultados oficiales por vigencia" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/entity-not-shared-1280.png`, fullPage: true });

  // Guarne's own pages and another department's workspace: 404.
  for (const path of [`/e/${guarne.id}/autodiagnosticos`, `/e/${guarne.id}/autodiagnosticos/POL03?vigencia=2026`, "/asesoria/25", "/asesoria/05/entidades/NO-EXISTE"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("un miembro de una entidad no entra al espacio del asesor (404)", async ({ page }) => {
  await signIn(page, demoEmail("ADMIN", "rionegro"));
  for (const path of ["/asesoria", "/asesoria/05", "/asesoria/05/solicitudes"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});

test("Rionegro pide asesoría y el asesor la atiende hasta el cierre", async ({ page, browser }) => {
  const home = await signIn(page, demoEmail("PLANEACION", "rionegro"));
  await page.goto(`${home}/asesoria`);
  await page.getByRole("button", { name: "Enviar solicitud" }).click();
  await expect(page.getByText("Elija una política.")).toBeVisible();
  await page.getByLabel("Política").selectOption("POL11");
  await page.getByLabel("Asunto").fill("Gobierno digital: sede electrónica");
  await page.getByLabel("Qué necesita la entidad").fill("Orientación para publicar trámites en la sede electrónica.");
  await page.getByRole("button", { name: "Enviar solicitud" }).click();
  await expect(page.getByText("Solicitud enviada.")).toBeVisible();
  await expect(page.getByText("Gobierno digital: sede electrónica").first()).toBeVisible();

  const advisorPage = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "es-CO", timezoneId: "America/Bogota" })).newPage();
  await signInAsAdvisor(advisorPage);
  await advisorPage.goto("/asesoria/05/solicitudes");
  await advisorPage.getByRole("link", { name: /Gobierno digital: sede electrónica/ }).click();
  await advisorPage.getByLabel("Asesor responsable").selectOption({ label: "Alba Asesora Departamental" });
  await advisorPage.getByRole("button", { name: "Asignar" }).click();
  await expect(advisorPage.getByText("● Responsable asignado")).toBeVisible();
  // After the refresh the form shows who is responsible now.
  await expect(advisorPage.getByLabel("Asesor responsable")).toHaveValue(/[0-9a-f-]{36}/);
  await advisorPage.getByLabel("Acciones, materiales y fechas previstas").fill("Dos sesiones virtuales con la oficina TIC.");
  await advisorPage.getByRole("button", { name: "Guardar plan" }).click();
  await expect(advisorPage.getByText("● Plan de asistencia definido")).toBeVisible();
  await advisorPage.getByLabel("Asistentes").fill("Líder TIC; planeación");
  await advisorPage.getByLabel("Temas tratados y compromisos").fill("Inventario de trámites y cronograma.");
  await advisorPage.getByRole("button", { name: "Registrar sesión" }).click();
  await expect(advisorPage.getByText("● En ejecución")).toBeVisible();
  await advisorPage.getByLabel("Resultado de la asesoría").fill("Trámites priorizados y publicados.");
  await advisorPage.getByRole("button", { name: "Cerrar solicitud" }).click();
  await expect(advisorPage.getByText("✓ Cerrada")).toBeVisible();
  await expect(advisorPage.getByText("– Remitida al líder de política (no fue necesaria)")).toBeVisible();
  await expect(advisorPage.getByRole("heading", { name: "Siguiente paso" })).toHaveCount(0);
  await expect(advisorPage.getByText(/Antes \(vigencia 2025\)/)).toBeVisible();
  await advisorPage.screenshot({ path: `${SHOTS}/request-closed-390.png`, fullPage: true });

  await page.reload();
  await expect(page.getByText("Gobierno digital: sede electrónica · POL11 · Cerrada")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/entity-requests-1280.png`, fullPage: true });
});

test("el asesor crea una capacitación para el grupo de POL07 y registra la asistencia", async ({ page }) => {
  await signInAsAdvisor(page);
  await page.goto("/asesoria/05?vigencia=2020");
  const group = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /POL07/ }) });
  await group.getByRole("link", { name: "Crear capacitación para este grupo" }).click();
  await expect(page.getByText("Entidades invitadas (9)")).toBeVisible();
  await page.getByLabel("Nombre de la capacitación").fill("Taller de POL07");
  await page.getByLabel("Contenido, materiales y herramientas").fill("Guía y plantillas");
  await page.getByLabel("Fecha").fill("2026-12-03");
  await page.getByLabel("Lugar o enlace").fill("Medellín");
  await page.getByRole("button", { name: "Crear capacitación" }).click();
  await expect(page.getByRole("heading", { name: "Taller de POL07" })).toBeVisible();
  await page.getByRole("checkbox").first().check();
  await page.getByLabel("Personas").first().fill("3");
  await page.getByRole("button", { name: "Guardar asistencia" }).click();
  await expect(page.getByText("Asistencia guardada.")).toBeVisible();
  await expect(page.getByText("Asistió (3 personas)")).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/training-390.png`, fullPage: true });
});
