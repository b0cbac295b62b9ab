// Stored text that looks like HTML or script is shown as text everywhere:
// no dialog fires, no element from the text appears in the page, the literal
// text is visible, and exports carry the literal string. One table row per
// (what stores the text, which pages show it, which export carries it):
// features add their rows (evidence titles, plan actions, PDF reports…).
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import type { Db } from "@/lib/db/prisma";
import { addMembership, createEntity, createUser } from "@/prisma/seed/factories";
import { expect, test } from "./support/owner-database";

const PAYLOAD = `<script>alert("xss")</script><b data-xss="1">negrita</b><img src=x data-xss="2" onerror="alert(2)">`;
const PASSWORD = "Clave-HTML-como-texto-2026";

type Ctx = { entityId: string; assessmentId: string; activityId: string };

type Exported = { url(ctx: Ctx): string; kind: "xlsx" };
type TextCase = {
  field: string;
  store(owner: Db, ctx: Ctx): Promise<unknown>;
  pages(ctx: Ctx): string[];
  exports?: Exported[];
};

const CASES: TextCase[] = [
  {
    field: "nombre de la entidad",
    store: (owner, ctx) => owner.entity.update({ where: { id: ctx.entityId }, data: { name: `Alcaldía ${PAYLOAD}` } }),
    pages: (ctx) => [`/e/${ctx.entityId}`, `/e/${ctx.entityId}/configuracion`, `/e/${ctx.entityId}/miembros`],
  },
  {
    field: "grupo par de la entidad",
    store: (owner, ctx) => owner.entity.update({ where: { id: ctx.entityId }, data: { peerGroup: PAYLOAD } }),
    pages: (ctx) => [`/e/${ctx.entityId}/configuracion`],
  },
  {
    field: "nombre de un miembro",
    store: async (owner, ctx) => addMembership(owner, (await createUser(owner, { name: PAYLOAD })).id, ctx.entityId, "LECTOR"),
    pages: (ctx) => [`/e/${ctx.entityId}/miembros`, `/e/${ctx.entityId}/auditoria`],
  },
  {
    field: "observaciones de una actividad",
    store: (owner, ctx) =>
      owner.activityResponse.create({ data: { entityId: ctx.entityId, assessmentId: ctx.assessmentId, activityId: ctx.activityId, score: 50, observations: PAYLOAD } }),
    pages: (ctx) => [`/e/${ctx.entityId}/autodiagnosticos/POL03?vigencia=2025`, `/e/${ctx.entityId}/auditoria`],
    exports: [{ kind: "xlsx", url: (ctx) => `/api/e/${ctx.entityId}/autodiagnosticos/${ctx.assessmentId}/exportar` }],
  },
];

async function expectShownAsText(page: Page, url: string, dialogs: string[]) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await page.waitForLoadState("networkidle");
  expect(await page.locator("[data-xss]").count(), `${url}: un elemento del texto llegó al DOM`).toBe(0);
  expect(dialogs, `${url}: se ejecutó un script`).toEqual([]);
  const html = await page.content();
  // Visible as text somewhere: in the page's text or in a form field's value.
  const inText = (await page.locator("body").innerText()).includes('<b data-xss="1">negrita</b>');
  const inField = await page.locator("textarea, input").evaluateAll((els, p) => els.some((e) => (e as HTMLInputElement).value.includes(p)), PAYLOAD);
  expect(inText || inField, `${url}: el texto no aparece tal cual`).toBe(true);
  expect(html).not.toContain(PAYLOAD);
}

async function workbookTexts(buffer: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const texts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(typeof cell.value === "string" ? cell.value : JSON.stringify(cell.value)))));
  return texts;
}

test("el texto con HTML o script se muestra como texto en páginas y exportaciones", async ({ page, owner }) => {
  test.setTimeout(90_000);
  const suffix = Date.now().toString(36);
  const entity = await createEntity(owner, {
    name: "Alcaldía de Prueba HTML",
    type: "ALCALDIA",
    departmentCode: "05",
    departmentName: "Antioquia",
    municipalityCode: "05002",
    municipalityName: "Abejorral",
    municipalCategory: "SEXTA",
  });
  const planner = await createUser(owner, { email: `planeacion.html.${suffix}@pruebas.faro.co`, name: "Planeación HTML", password: PASSWORD });
  await addMembership(owner, planner.id, entity.id, "ADMIN");
  const instrument = await owner.instrument.findFirstOrThrow({ where: { policyCode: "POL03", source: "FARO_REFERENCE" } });
  const assessment = await owner.selfAssessment.create({ data: { entityId: entity.id, vigencia: 2025, policyCode: "POL03", instrumentId: instrument.id } });
  const activity = await owner.instrumentActivity.findFirstOrThrow({ where: { instrumentId: instrument.id }, orderBy: { sortOrder: "asc" } });
  const ctx: Ctx = { entityId: entity.id, assessmentId: assessment.id, activityId: activity.id };
  for (const c of CASES) await c.store(owner, ctx);

  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto("/login");
  await page.getByLabel("Correo electrónico").fill(planner.email);
  await page.getByLabel("Contraseña", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page).toHaveURL(new RegExp(`/e/${entity.id}$`));

  for (const c of CASES) {
    for (const url of c.pages(ctx)) await test.step(`${c.field} en ${url}`, () => expectShownAsText(page, url, dialogs));
    for (const exported of c.exports ?? []) {
      await test.step(`${c.field} en ${exported.url(ctx)}`, async () => {
        const response = await page.request.get(exported.url(ctx));
        expect(response.status()).toBe(200);
        expect(await workbookTexts(await response.body())).toContain(PAYLOAD);
      });
    }
  }
});
