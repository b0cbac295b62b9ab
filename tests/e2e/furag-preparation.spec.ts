// The FURAG rehearsal as people do it: the planning officer answers a
// question with the support of each option, sees readiness move and the
// consistency warning of a contradictory answer; control interno returns it
// with an observation; the operator's upload of a broken questionnaire is
// refused with row and column. Screenshots at 1280 and 390 px.
import ExcelJS from "exceljs";
import PDFDocument from "pdfkit";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_SUPERADMIN_EMAIL, demoEmail } from "@/prisma/seed/demo-data";
import { followNavLink } from "./support/main-nav";
import { signIn, submitSignInForm } from "./support/sign-in";

const SHOTS = "/tmp/shots-furag-prep";

async function shoot(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** "N de M preguntas" under "Respondidas" on the readiness page. */
async function answeredCount(page: Page, home: string): Promise<number> {
  await page.goto(`${home}/furag/preparacion`);
  const detail = page.getByRole("region", { name: "Total de la entidad" }).getByText(/de \d+ preguntas/).first();
  return Number(/^(\d+) de/.exec((await detail.textContent()) ?? "")?.[1]);
}

test("responder con soporte cambia el avance y una respuesta contradictoria muestra su alerta", async ({ page }) => {
  const home = await signIn(page, demoEmail("PLANEACION", "rionegro"));
  await followNavLink(page, "FURAG");
  await expect(page.getByRole("heading", { name: "FURAG 2025: simulacro" })).toBeVisible();
  await shoot(page, "workspace");
  const before = await answeredCount(page, home);
  await shoot(page, "readiness-before");

  // The PLA module, then question PLA201.
  await page.goto(`${home}/furag?modulo=PLA`);
  await page.getByRole("link", { name: /PLA201/ }).click();
  await expect(page.getByRole("heading", { name: /caracterización de sus grupos de valor/ })).toBeVisible();
  await page.getByLabel("Contó con información actualizada").check();
  await page.getByLabel(/Soporte de «Contó con información actualizada/).fill("Caracterización de grupos de valor 2025, acta 7 del comité");
  await page.getByLabel("Ninguna de las anteriores").check();
  await page.getByRole("button", { name: "Guardar respuesta" }).click();
  await expect(page.getByText("Respuesta guardada.")).toBeVisible();
  const alerts = page.getByRole("list", { name: "Alertas de consistencia" });
  await expect(alerts).toContainText("«Ninguna de las anteriores» junto con otras opciones");
  await expect(alerts).toContainText("Se eligió «Ninguna de las anteriores» junto con otra opción.");
  await page.getByLabel("Nuevo comentario").fill("Confirmar con la secretaría de planeación si la caracterización se actualizó en 2025.");
  await page.getByRole("button", { name: "Comentar" }).click();
  await expect(page.getByRole("region", { name: "Comentarios" }).getByRole("listitem")).toContainText("Confirmar con la secretaría de planeación");
  await shoot(page, "question");

  expect(await answeredCount(page, home)).toBe(before + 1);
  await shoot(page, "readiness-after");

  await page.getByRole("link", { name: "Consistencia" }).click();
  const section = page.getByRole("region", { name: /«Ninguna de las anteriores» junto con otras opciones/ });
  await expect(section.getByRole("link", { name: "PLA201" })).toBeVisible();
  await shoot(page, "consistency");
});

/** "N de M soportes requeridos" under "Con evidencia" on the readiness page. */
async function evidenceCounts(page: Page, home: string): Promise<[number, number]> {
  await page.goto(`${home}/furag/preparacion`);
  const detail = page.getByRole("region", { name: "Total de la entidad" }).getByText(/soportes requeridos/).first();
  const match = /^(\d+) de (\d+)/.exec((await detail.textContent()) ?? "");
  return [Number(match?.[1]), Number(match?.[2])];
}

function pdfBytes(): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.text("Direccionamiento estratégico 2025");
  doc.end();
  return done;
}

test("un archivo subido a una opción elegida cuenta como evidencia y quita la alerta", async ({ page }) => {
  const home = await signIn(page, demoEmail("PLANEACION", "rionegro"));
  const option = "El direccionamiento estratégico";
  const [supported, required] = await evidenceCounts(page, home);

  await page.goto(`${home}/furag?modulo=PLA`);
  await page.getByRole("link", { name: /PLA202/ }).click();
  await page.getByLabel(option, { exact: true }).check();
  // Not saved yet: nothing to link to.
  await expect(page.getByText("Guarde la respuesta para adjuntar evidencia a esta opción.")).toBeVisible();
  await page.getByRole("button", { name: "Guardar respuesta" }).click();
  await expect(page.getByText("Respuesta guardada.")).toBeVisible();
  const missing = `La opción «${option}» requiere evidencia y no tiene soporte.`;
  await expect(page.getByRole("list", { name: "Alertas de consistencia" })).toContainText(missing);

  await page.getByRole("button", { name: "Adjuntar evidencia" }).click();
  await page.getByRole("button", { name: "Subir evidencia nueva" }).click();
  await page.getByLabel("Título").fill("Documento de direccionamiento estratégico 2025");
  await page.getByLabel("Fecha del documento").fill("2025-03-15");
  await page.getByLabel("Archivos").setInputFiles({ name: "direccionamiento-2025.pdf", mimeType: "application/pdf", buffer: await pdfBytes() });
  await page.getByRole("button", { name: "Guardar evidencia" }).click();
  await expect(page.getByRole("link", { name: "Documento de direccionamiento estratégico 2025" }).first()).toBeVisible();
  await expect(page.getByText(missing)).toHaveCount(0);
  await page.getByRole("button", { name: "Cerrar evidencias" }).click();
  const linked = page.getByRole("list", { name: "Evidencias vinculadas" });
  await expect(linked).toContainText("Documento de direccionamiento estratégico 2025");
  await expect(linked).toContainText("Pendiente");
  await shoot(page, "question-evidence");

  expect(await evidenceCounts(page, home)).toEqual([supported + 1, required + 1]);
});

test("control interno devuelve una respuesta con observaciones", async ({ page }) => {
  const home = await signIn(page, demoEmail("CONTROL_INTERNO", "rionegro"));
  await page.goto(`${home}/furag?modulo=PLA&estado=RESPONDIDA`);
  await page.getByRole("link", { name: /PLA200/ }).click();
  // Control interno sees the answer, not the form.
  await expect(page.getByRole("button", { name: "Guardar respuesta" })).toHaveCount(0);
  await page.getByLabel(/Observación/).fill("Falta el soporte de la identificación de grupos de valor.");
  await page.getByRole("button", { name: "Devolver con observaciones" }).click();
  await expect(page.getByText("Observación enviada.")).toBeVisible();
  await expect(page.getByText("Observación de control interno: Falta el soporte")).toBeVisible();
  await expect(page.getByText("Con observaciones").first()).toBeVisible();
  await shoot(page, "review");
});

test("el operador sube un cuestionario con errores y ve fila y columna de cada uno", async ({ page }) => {
  await submitSignInForm(page, DEMO_SUPERADMIN_EMAIL);
  await page.waitForURL((url) => url.pathname !== "/login");
  await page.goto("/plataforma/furag");
  await expect(page.getByRole("heading", { name: "Módulo → política" })).toBeVisible();
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Preguntas");
  sheet.addRow(["ID", "Código", "Pregunta 2024", "Tipo de pregunta", "Opción 1", "Opción 2"]);
  sheet.addRow([1, "PLA200", "¿Planeó?", "Selección única", "Sí", "No"]);
  sheet.addRow([2, "PLA201", "¿Tipo raro?", "Selección rara", "A", "B"]);
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  await page.getByLabel("Vigencia").fill("2024");
  await page.getByLabel("Archivo (.xlsx)").setInputFiles({ name: "cuestionario-2024.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
  await page.getByRole("button", { name: "Importar cuestionario" }).click();
  const alert = page.getByRole("region", { name: /Importar o corregir/ }).getByRole("alert");
  await expect(alert).toContainText("El cuestionario no se importó");
  await expect(alert).toContainText("Fila 3, columna D (Tipo de pregunta): tipo «Selección rara» desconocido");
  await shoot(page, "platform");
});
