// Stored text that looks like HTML or script is shown as text everywhere:
// no dialog fires, no element from the text appears in the page, the literal
// text is visible, and exports carry the literal string (Excel: a string
// cell, never a formula, even when the text starts with = + - @; PDF: the
// text as written). One table row per (what stores the text, which pages
// show it, which exports carry it). Records are written with the owner
// client (hostile-records.ts); ui-paths below types the payload through the
// real forms once per feature.
import type { Page } from "@playwright/test";
import type { Db } from "@/lib/db/prisma";
import { addAdvisorTerritory, addMembership, createEntity, createUser } from "@/prisma/seed/factories";
import { DEPARTMENT, FURAG_VIGENCIA, RESULTS_VIGENCIA, storeHostileRecords, type HostileIds } from "./support/hostile-records";
import { FORMULA, PAYLOAD, VISIBLE, pdfTextWithoutSpaces, withoutSpaces, workbookCells } from "./support/hostile-text";
import { expect, test } from "./support/owner-database";

const PASSWORD = "Clave-HTML-como-texto-2026";

type Ctx = HostileIds;
type Exported = { url(ctx: Ctx): string; kind: "xlsx" | "pdf"; contains: string[] };
type TextCase = {
  field: string;
  /** Extra storing beyond hostile-records.ts (the original cases). */
  store?(owner: Db, ctx: Ctx): Promise<unknown>;
  /** Who looks: the entity's admin, or the department's advisor. */
  as?: "admin" | "advisor";
  pages(ctx: Ctx): string[];
  exports?: Exported[];
};

const e = (ctx: Ctx, path = "") => `/e/${ctx.entityId}${path}`;
const furagExport = (kind: "xlsx" | "pdf", contains: string[]): Exported => ({ kind, contains, url: (ctx) => `/api/e/${ctx.entityId}/furag/${FURAG_VIGENCIA}/${ctx.furagModule}/${kind}` });
const planExport = (kind: "xlsx" | "pdf", contains: string[]): Exported => ({ kind, contains, url: (ctx) => e(ctx, `/planes/${ctx.planId}/${kind === "xlsx" ? "excel" : "pdf"}`) });
const advisorExport = (kind: "xlsx" | "pdf", contains: string[]): Exported => ({ kind, contains, url: () => `/api/asesoria/${DEPARTMENT}/exportar?formato=${kind}&vigencia=${RESULTS_VIGENCIA}` });

const CASES: TextCase[] = [
  {
    field: "nombre de la entidad",
    store: (owner, ctx) => owner.entity.update({ where: { id: ctx.entityId }, data: { name: `Alcaldía ${PAYLOAD}` } }),
    pages: (ctx) => [e(ctx), e(ctx, "/configuracion"), e(ctx, "/miembros"), e(ctx, "/tablero?vigencia=2025")],
    exports: [
      { kind: "xlsx", contains: [`Alcaldía ${PAYLOAD}`], url: (ctx) => `/api/e/${ctx.entityId}/tablero/excel?vigencia=2025` },
      { kind: "pdf", contains: [`Alcaldía ${PAYLOAD}`], url: (ctx) => `/api/e/${ctx.entityId}/tablero/pdf?vigencia=2025` },
      furagExport("pdf", [`Alcaldía ${PAYLOAD}`]),
      planExport("pdf", [`Alcaldía ${PAYLOAD}`]),
      { kind: "pdf", contains: [`Alcaldía ${PAYLOAD}`], url: (ctx) => `/api/e/${ctx.entityId}/comite/${ctx.sessionId}/acta` },
    ],
  },
  {
    field: "grupo par de la entidad",
    store: (owner, ctx) => owner.entity.update({ where: { id: ctx.entityId }, data: { peerGroup: PAYLOAD } }),
    pages: (ctx) => [e(ctx, "/configuracion")],
  },
  {
    field: "nombre de un miembro",
    store: async (owner, ctx) => addMembership(owner, (await createUser(owner, { name: PAYLOAD })).id, ctx.entityId, "LECTOR"),
    pages: (ctx) => [e(ctx, "/miembros"), e(ctx, "/auditoria")],
  },
  {
    field: "observaciones de una actividad",
    store: (owner, ctx) =>
      owner.activityResponse.create({ data: { entityId: ctx.entityId, assessmentId: ctx.assessmentId, activityId: ctx.activityId, score: 50, observations: PAYLOAD } }),
    pages: (ctx) => [e(ctx, "/autodiagnosticos/POL03?vigencia=2025"), e(ctx, "/auditoria")],
    exports: [{ kind: "xlsx", contains: [PAYLOAD], url: (ctx) => `/api/e/${ctx.entityId}/autodiagnosticos/${ctx.assessmentId}/exportar` }],
  },
  {
    field: "evidencia: título, descripción, nombre del archivo, nota de la revisión, comentarios de revisión (evidencia, vínculo, historial)",
    pages: (ctx) => [e(ctx, "/evidencias?vigencia=2025"), e(ctx, `/evidencias/${ctx.evidenceId}`), e(ctx, `/furag/pregunta/${ctx.furagQuestionId}?vigencia=${FURAG_VIGENCIA}`)],
    exports: [furagExport("xlsx", [`Acta ${PAYLOAD}`]), furagExport("pdf", [`Acta ${PAYLOAD}`])],
  },
  {
    field: "hallazgo: descripción y respuesta",
    pages: (ctx) => [e(ctx, "/hallazgos"), e(ctx, `/hallazgos/${ctx.findingId}`)],
  },
  {
    field: "FURAG: respuesta abierta, soporte (con =, +, -, @), comentario",
    pages: (ctx) => [e(ctx, `/furag?vigencia=${FURAG_VIGENCIA}&modulo=${ctx.furagModule}`), e(ctx, `/furag/pregunta/${ctx.furagQuestionId}?vigencia=${FURAG_VIGENCIA}`)],
    exports: [furagExport("xlsx", [`Respuesta ${PAYLOAD}`, FORMULA.at]), furagExport("pdf", [`Respuesta ${PAYLOAD}`, FORMULA.at])],
  },
  {
    field: "plan de acción: nombre, acción, entregable, indicador, meta, nota de avance, motivo de cancelación",
    pages: (ctx) => [e(ctx, "/planes"), e(ctx, `/planes/${ctx.planId}`), e(ctx, `/planes/${ctx.planId}/acciones/${ctx.itemId}`), e(ctx, `/planes/${ctx.planId}/acciones/${ctx.cancelledItemId}`), e(ctx, `/planes/${ctx.planId}/cronograma`), e(ctx, "/mis-tareas")],
    exports: [
      planExport("xlsx", [`Plan ${PAYLOAD}`, `Acción ${PAYLOAD}`, FORMULA.equals, FORMULA.plus, FORMULA.minus, `Cancelada ${PAYLOAD}`]),
      planExport("pdf", [`Plan ${PAYLOAD}`, `Acción ${PAYLOAD}`, FORMULA.equals, FORMULA.plus, FORMULA.minus]),
    ],
  },
  {
    field: "sesión del comité: lugar, orden del día, asistentes externos, decisiones, compromisos",
    pages: (ctx) => [e(ctx, "/comite"), e(ctx, `/comite/${ctx.sessionId}`), e(ctx, `/comite/${ctx.sessionId}/editar`)],
    exports: [{ kind: "pdf", contains: [`Tema ${PAYLOAD}`, FORMULA.equals, `Invitado ${PAYLOAD}`, `Decisión ${PAYLOAD}`, `Compromiso ${PAYLOAD}`], url: (ctx) => `/api/e/${ctx.entityId}/comite/${ctx.sessionId}/acta` }],
  },
  {
    field: "solicitud de asesoría: asunto, descripción, remisión, plan de asistencia, sesiones (vista de la entidad)",
    pages: (ctx) => [e(ctx, "/asesoria")],
  },
  {
    field: "resultados oficiales: nombre de la entidad en el libro importado (vista de la entidad)",
    pages: (ctx) => [e(ctx, `/resultados?vigencia=${RESULTS_VIGENCIA}`)],
  },
  {
    field: "asesor: nombres de entidades del libro oficial (uno empieza por =), solicitud de asesoría y sus sesiones",
    as: "advisor",
    pages: (ctx) => [`/asesoria/${DEPARTMENT}?vigencia=${RESULTS_VIGENCIA}`, `/asesoria/${DEPARTMENT}/solicitudes`, `/asesoria/${DEPARTMENT}/solicitudes/${ctx.requestId}`, `/asesoria/${DEPARTMENT}/entidades/${ctx.sigepCode}`],
    exports: [advisorExport("xlsx", [`Alcaldía oficial ${PAYLOAD}`, FORMULA.equals]), advisorExport("pdf", ["Alcaldíaoficial<script>"])],
  },
];

async function expectShownAsText(page: Page, url: string, dialogs: string[]) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await page.waitForLoadState("networkidle");
  expect(await page.locator("[data-xss]").count(), `${url}: un elemento del texto llegó al DOM`).toBe(0);
  expect(await page.locator('[href^="javascript:" i]').count(), `${url}: un enlace javascript:`).toBe(0);
  expect(dialogs, `${url}: se ejecutó un script`).toEqual([]);
  const html = await page.content();
  // Visible as text somewhere: in the page's text or in a form field's value.
  const inText = (await page.locator("body").innerText()).includes(VISIBLE);
  const inField = await page.locator("textarea, input").evaluateAll((els, v) => els.some((el) => (el as HTMLInputElement).value.includes(v)), VISIBLE);
  expect(inText || inField, `${url}: el texto no aparece tal cual`).toBe(true);
  expect(html).not.toContain(PAYLOAD);
}

async function expectExported(page: Page, url: string, exported: Exported) {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  const body = await response.body();
  if (exported.kind === "pdf") {
    const text = await pdfTextWithoutSpaces(body);
    for (const expected of exported.contains) expect(text, `${url}: ${expected}`).toContain(withoutSpaces(expected));
    return;
  }
  const { strings, formulas } = await workbookCells(body);
  for (const expected of exported.contains) expect(strings.some((s) => s.includes(expected)), `${url}: ${expected}`).toBe(true);
  expect(formulas.filter((f) => /xss|HYPERLINK|1\+1|SUM/i.test(f)), `${url}: texto escrito como fórmula`).toEqual([]);
}

async function signInWith(page: Page, email: string) {
  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

test("el texto con HTML o script se muestra como texto en páginas y exportaciones", async ({ page, owner }) => {
  test.setTimeout(240_000);
  const suffix = Date.now().toString(36);
  const entity = await createEntity(owner, {
    name: "Alcaldía de Prueba HTML",
    type: "ALCALDIA",
    departmentCode: DEPARTMENT,
    departmentName: "Amazonas",
    municipalityCode: "91001",
    municipalityName: "Leticia",
    municipalCategory: "SEXTA",
  });
  const planner = await createUser(owner, { email: `planeacion.html.${suffix}@pruebas.faro.co`, name: "Planeación HTML", password: PASSWORD });
  await addMembership(owner, planner.id, entity.id, "ADMIN");
  const advisor = await createUser(owner, { email: `asesor.html.${suffix}@pruebas.faro.co`, name: "Asesor HTML", password: PASSWORD });
  await addAdvisorTerritory(owner, advisor.id, DEPARTMENT);
  const instrument = await owner.instrument.findFirstOrThrow({ where: { policyCode: "POL03", source: "FARO_REFERENCE" } });
  const assessment = await owner.selfAssessment.create({ data: { entityId: entity.id, vigencia: 2025, policyCode: "POL03", instrumentId: instrument.id } });
  const activity = await owner.instrumentActivity.findFirstOrThrow({ where: { instrumentId: instrument.id }, orderBy: { sortOrder: "asc" } });
  const ctx = await storeHostileRecords(owner, { entityId: entity.id, sigepCode: entity.sigepCode, userId: planner.id, assessmentId: assessment.id, activityId: activity.id });
  for (const c of CASES) await c.store?.(owner, ctx);

  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  for (const role of ["admin", "advisor"] as const) {
    await signInWith(page, role === "admin" ? planner.email : advisor.email);
    for (const c of CASES.filter((x) => (x.as ?? "admin") === role)) {
      for (const url of c.pages(ctx)) await test.step(`${c.field} en ${url}`, () => expectShownAsText(page, url, dialogs));
      for (const exported of c.exports ?? []) await test.step(`${c.field} en ${exported.url(ctx)}`, () => expectExported(page, exported.url(ctx), exported));
    }
  }
});
