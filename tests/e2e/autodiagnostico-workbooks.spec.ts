// The official Función Pública workbook, end to end: planeación uploads the
// real Talento Humano file with its scores into vigencia 2024, opens the
// resulting POL01 self-assessment (62,56, level 4, as the workbook's own
// formulas say) and downloads it again as an .xlsx in the official layout.
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { demoEmail } from "@/prisma/seed/demo-data";
import { followNavLink } from "./support/main-nav";
import { signIn } from "./support/sign-in";

const OFFICIAL = path.resolve(process.cwd(), "../shared/data/autodiagnostico-talento-humano.xlsx");

test("planeación importa el libro oficial de Talento Humano con sus puntajes y lo exporta a Excel", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, demoEmail("PLANEACION", "rionegro"));
  await followNavLink(page, "Autodiagnósticos");
  await page.getByRole("link", { name: "Importar libro oficial" }).click();
  await expect(page.getByRole("heading", { name: "Importar libro oficial de autodiagnóstico" })).toBeVisible();

  await page.getByLabel("Libro de Excel (.xlsx)").setInputFiles(OFFICIAL);
  await page.getByLabel(/Importar también los puntajes y observaciones en la vigencia/).check();
  await page.getByLabel("Vigencia", { exact: true }).selectOption("2024");
  await expect(page.getByLabel("Importar también los puntajes y observaciones en la vigencia 2024")).toBeChecked();
  await page.getByRole("button", { name: "Importar libro" }).click();

  const result = page.getByRole("status").filter({ hasText: "Libro importado" });
  await expect(result).toContainText("POL01 · Gestión Estratégica del Talento Humano", { timeout: 30_000 });
  await expect(result).toContainText("4 componentes, 25 categorías y 131 actividades calificables");
  await expect(result).toContainText("39 puntajes");
  await result.getByRole("link", { name: "Abrir el autodiagnóstico POL01 2024" }).click();

  await expect(page).toHaveURL(/\/autodiagnosticos\/POL01\?vigencia=2024$/);
  const policyScore = page.getByText("Puntaje de la política").locator("..");
  await expect(policyScore).toContainText("62,56");
  await expect(policyScore).toContainText("Nivel 4 · Avanzado");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exportar a Excel" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("autodiagnostico-POL01-2024.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const values: unknown[] = [];
  workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
  expect(values).toContain("AUTODIAGNÓSTICO DE GESTIÓN ESTRATÉGICA DEL TALENTO HUMANO");
  expect(values).toContain("Alcaldía de Rionegro");
  expect(values.some((value) => typeof value === "number" && value.toFixed(2) === "62.56")).toBe(true);
});
