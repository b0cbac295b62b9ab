// Stored text that looks like HTML or script is shown as text everywhere:
// no dialog fires, no element from the text appears in the page, the literal
// text is visible, and exports carry the literal string (Excel: a string
// cell, never a formula, even when the text starts with = + - @; PDF: the
// text as written). One table row per (what stores the text, which pages
// show it, which exports carry it). Records are written with the owner
// client (hostile-records.ts); ui-paths below types the payload through the
// real forms once per feature.
import { mkdirSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import type { Db } from "@/lib/db/prisma";
import { addAdvisorTerritory, addMembership, createEntity, createUser } from "@/prisma/seed/factories";
import { DEPARTMENT, FURAG_VIGENCIA, RESULTS_VIGENCIA, storeHostileRecords, type HostileIds } from "./support/hostile-records";
import { FORMULA, PAYLOAD, VISIBLE, pdfTextWithoutSpaces, withoutSpaces, workbookCells } from "./support/hostile-text";
import { expect, test } from "./support/owner-database";

const PASSWORD = "Clave-HTML-como-texto-2026";
const SHOTS = "/tmp/shots-w3-html-exports";

type Ctx = HostileIds;
type Role = "admin" | "planeacion" | "advisor";
type Exported = { url(ctx: Ctx): string; kind: "xlsx" | "pdf"; contains: string[] };
type TextCase = {
  field: string;
  /** Extra storing beyond hostile-records.ts (the original cases). */
  store?(owner: Db, ctx: Ctx): Promise<unknown>;
  /** Who looks: the entity's admin (default), its planeación (may edit the committee session), or the department's advisor. */
  as?: Role;
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
    as: "planeacion",
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

/** Typed through the real forms (server actions), once per feature; then shown and exported as text. */
type UiWrite = {
  field: string;
  url(ctx: Ctx): string;
  open?: string;
  select?: [label: string, value: string];
  /** Field label, or a locator where the label's name is not unique (the description label wraps its textarea). */
  fill: [label: string | ((page: Page) => Locator), text: string][];
  button: string;
  exports?: Exported[];
};
const ui = (what: string) => `${what} UI ${PAYLOAD}`;
const UI_WRITES: UiWrite[] = [
  {
    field: "evidencia: título y descripción (Editar datos de la evidencia)",
    url: (ctx) => e(ctx, `/evidencias/${ctx.evidenceId}`),
    open: "Editar datos de la evidencia",
    fill: [["Título", ui("Título")], [(page) => page.locator("form", { has: page.locator("#editar-titulo") }).locator("textarea"), ui("Descripción")]],
    button: "Guardar cambios",
    exports: [furagExport("xlsx", [ui("Título")]), furagExport("pdf", [ui("Título")])],
  },
  { field: "hallazgo: respuesta del responsable", url: (ctx) => e(ctx, `/hallazgos/${ctx.findingId}`), fill: [["Respuesta del responsable", ui("Respuesta")]], button: "Enviar respuesta" },
  { field: "FURAG: comentario", url: (ctx) => e(ctx, `/furag/pregunta/${ctx.furagQuestionId}?vigencia=${FURAG_VIGENCIA}`), fill: [["Nuevo comentario", ui("Comentario")]], button: "Comentar" },
  { field: "plan: nota de seguimiento", url: (ctx) => e(ctx, `/planes/${ctx.planId}/acciones/${ctx.itemId}`), fill: [["Nueva nota de seguimiento", ui("Nota")]], button: "Agregar nota" },
  {
    field: "comité: decisión y compromiso",
    url: (ctx) => e(ctx, `/comite/${ctx.sessionId}`),
    fill: [["Nueva decisión", ui("Decisión")]],
    button: "Agregar decisión",
    exports: [{ kind: "pdf", contains: [ui("Decisión")], url: (ctx) => `/api/e/${ctx.entityId}/comite/${ctx.sessionId}/acta` }],
  },
  {
    field: "solicitud de asesoría: asunto y descripción",
    url: (ctx) => e(ctx, "/asesoria"),
    select: ["Política", "POL07"],
    fill: [["Asunto", ui("Asunto")], ["Qué necesita la entidad", ui("Necesidad")]],
    button: "Enviar solicitud",
  },
];

async function writeThroughForm(page: Page, ctx: Ctx, w: UiWrite, dialogs: string[]) {
  await page.goto(w.url(ctx));
  if (w.open) await page.getByText(w.open, { exact: true }).click();
  if (w.select) await page.getByLabel(w.select[0], { exact: true }).selectOption(w.select[1]);
  for (const [label, text] of w.fill) await (typeof label === "string" ? page.getByLabel(label, { exact: true }) : label(page)).fill(text);
  // The server action answers the POST; only then is the text stored.
  const saved = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === new URL(page.url()).pathname);
  await page.getByRole("button", { name: w.button, exact: true }).click();
  expect((await saved).status()).toBe(200);
  for (const [, text] of w.fill) await expectShownAsText(page, w.url(ctx), dialogs, text);
}

async function expectShownAsText(page: Page, url: string, dialogs: string[], visible = VISIBLE) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await page.waitForLoadState("networkidle");
  expect(await page.locator("[data-xss]").count(), `${url}: un elemento del texto llegó al DOM`).toBe(0);
  expect(await page.locator('[href^="javascript:" i]').count(), `${url}: un enlace javascript:`).toBe(0);
  expect(dialogs, `${url}: se ejecutó un script`).toEqual([]);
  const html = await page.content();
  // Visible as text somewhere: in the page's text or in a form field's value.
  const inText = (await page.locator("body").innerText()).includes(visible);
  const inField = await page.locator("textarea, input").evaluateAll((els, v) => els.some((el) => (el as HTMLInputElement).value.includes(v)), visible);
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

async function screenshotEvidence(page: Page, ctx: Ctx) {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(e(ctx, `/evidencias/${ctx.evidenceId}`));
    await expect(page.getByText("javascript:alert(3)", { exact: true })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/evidencia-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
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
  const planeacion = await createUser(owner, { email: `planeacion2.html.${suffix}@pruebas.faro.co`, name: "Planeación Formularios", password: PASSWORD });
  await addMembership(owner, planeacion.id, entity.id, "PLANEACION");
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
  const emails: Record<Role, string> = { admin: planner.email, planeacion: planeacion.email, advisor: advisor.email };
  for (const role of ["admin", "planeacion", "advisor"] as const) {
    await signInWith(page, emails[role]);
    for (const c of CASES.filter((x) => (x.as ?? "admin") === role)) {
      for (const url of c.pages(ctx)) await test.step(`${c.field} en ${url}`, () => expectShownAsText(page, url, dialogs));
      for (const exported of c.exports ?? []) await test.step(`${c.field} en ${exported.url(ctx)}`, () => expectExported(page, exported.url(ctx), exported));
    }
    if (role === "admin") await test.step("capturas de la evidencia con el enlace javascript: mostrado como texto", () => screenshotEvidence(page, ctx));
    if (role !== "planeacion") continue;
    for (const w of UI_WRITES) {
      await test.step(`formulario: ${w.field}`, () => writeThroughForm(page, ctx, w, dialogs));
      for (const exported of w.exports ?? []) await test.step(`${w.field} en ${exported.url(ctx)}`, () => expectExported(page, exported.url(ctx), exported));
    }
  }
});
