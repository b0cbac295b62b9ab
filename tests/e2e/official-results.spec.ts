// Official FURAG results end to end: the platform operator uploads a
// workbook generated in Función Pública's layout (first one with an error,
// listed by row and column; then a good one, with its counts); a committee
// member of Rionegro sees its official IDI, the trend across vigencias and
// its grupo par position, at desktop and phone widths.
import { mkdirSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { generateReferenceRows, generateScores, resultsRowValues, seededRandom, writeResultsWorkbook } from "@/lib/results/testing/generate-results-workbook";
import { DEMO_SUPERADMIN_EMAIL, demoEmail } from "@/prisma/seed/demo-data";
import { followNavLink } from "./support/main-nav";
import { signIn, submitSignInForm } from "./support/sign-in";

const SHOTS = "/tmp/shots-furag-results";
const DIR = "/tmp/furag-results-e2e";

test("el operador importa un libro de resultados oficiales por la interfaz", async ({ page }) => {
  test.setTimeout(120_000);
  mkdirSync(DIR, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  const guarne = generateScores({ sigepCode: "900318", entityName: "Alcaldía de Guarne", departmentName: "Antioquia", municipalityName: "Guarne", peerGroup: "Municipios categoría 5 y 6" }, 0, seededRandom(21));
  const rows = [guarne, ...generateReferenceRows(60, 21, 600_000)];
  const bad = rows.map(resultsRowValues);
  bad[5]![7] = "alto";
  writeFileSync(`${DIR}/malo.xlsx`, await writeResultsWorkbook([], 2021, bad));
  writeFileSync(`${DIR}/Resultados_vig2021_territorio.xlsx`, await writeResultsWorkbook(rows, 2021));

  await submitSignInForm(page, DEMO_SUPERADMIN_EMAIL);
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto("/plataforma/resultados");
  await expect(page.getByRole("heading", { name: "Resultados FURAG oficiales" })).toBeVisible();
  await page.getByLabel("Vigencia").fill("2021");

  await page.getByLabel("Libro de Excel (.xlsx)").setInputFiles(`${DIR}/malo.xlsx`);
  await page.getByRole("button", { name: "Importar" }).click();
  const alert = page.getByRole("region", { name: "Importar un archivo" }).getByRole("alert");
  await expect(alert).toContainText("no se importó nada", { timeout: 30_000 });
  await expect(alert).toContainText("Fila 9, columna H: Índice de Desempeño Institucional: «alto» no es un puntaje numérico");

  await page.getByLabel("Libro de Excel (.xlsx)").setInputFiles(`${DIR}/Resultados_vig2021_territorio.xlsx`);
  await page.getByRole("button", { name: "Importar" }).click();
  const status = page.getByRole("region", { name: "Importar un archivo" }).getByRole("status");
  await expect(status).toContainText("Resultados de la vigencia 2021 importados: 61 filas de entidades", { timeout: 30_000 });
  await expect(status).toContainText("Entidades de la plataforma: 1");
  await expect(status).toContainText("Entidades de referencia (no están en la plataforma): 60");
  await expect(status).toContainText("Solo MECI (control interno): 2");
  await expect(page.getByText("Resultados_vig2021_territorio.xlsx")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/plataforma-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/plataforma-390.png`, fullPage: true });
});

test("un miembro del comité ve el IDI oficial, su tendencia y su posición en el grupo par", async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await signIn(page, demoEmail("COMITE", "rionegro"));
  await followNavLink(page, "Resultados FURAG");
  await expect(page.getByRole("heading", { name: "Índice de Desempeño Institucional 2025" })).toBeVisible();
  const trend = page.getByRole("region", { name: "Tendencia del IDI oficial" });
  await expect(trend).toContainText(/Entre 2022 y 2025 el IDI oficial pasó de/);
  await expect(trend.getByRole("rowheader")).toHaveText(["2022", "2023", "2024", "2025"]);
  const peers = page.getByRole("region", { name: "Posición en el grupo par" });
  await expect(peers).toContainText("Grupo par: Municipios categoría 1 y 2");
  await expect(peers).toContainText(/En IDI ocupa el puesto \d+ de \d+; mediana del grupo/);
  const policies = page.getByRole("region", { name: "Políticas: puntaje oficial y autodiagnóstico" });
  await expect(policies.getByRole("columnheader", { name: "Puntaje oficial FURAG" })).toBeVisible();
  await expect(policies.getByRole("columnheader", { name: "Autodiagnóstico (Faro)" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Recomendaciones oficiales 2025" })).toContainText("Gestión Documental");
  // The chart loads after the page (recharts is lazy); the summary and table above were already in the HTML.
  await expect(trend.locator(".recharts-surface")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/entidad-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/entidad-390.png`, fullPage: true });
  // Another vigencia through the picker (a GET form, works without JavaScript).
  await page.getByLabel("Vigencia").selectOption("2023");
  await page.getByRole("button", { name: "Ver" }).click();
  await expect(page.getByRole("heading", { name: "Índice de Desempeño Institucional 2023" })).toBeVisible();
});
