import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportAutodiagnosticoWorkbook } from "../export/export-autodiagnostico-workbook";
import { sampleAutodiagnostico } from "../sample-autodiagnostico.test-helper";
import { AutodiagnosticoImportError } from "./autodiagnostico-import-error";
import { loadWorkbook } from "./load-workbook";
import { parseAutodiagnosticoWorkbook } from "./parse-autodiagnostico-workbook";

/** Exports the sample, lets the test damage the sheet, and returns the bytes. */
async function damagedWorkbook(damage: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = await loadWorkbook(await exportAutodiagnosticoWorkbook(sampleAutodiagnostico()));
  const sheet = workbook.getWorksheet("Autodiagnóstico");
  if (!sheet) throw new Error("sample sheet missing");
  damage(sheet, workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function importError(bytes: Buffer): Promise<AutodiagnosticoImportError> {
  const error = await parseAutodiagnosticoWorkbook(bytes).then(() => null, (e: unknown) => e);
  if (!(error instanceof AutodiagnosticoImportError)) throw new Error(`expected AutodiagnosticoImportError, got ${String(error)}`);
  return error;
}

describe("refused workbooks", () => {
  it("names sheet, row and column of a score that is not a number", async () => {
    const error = await importError(await damagedWorkbook((sheet) => (sheet.getCell("N13").value = "alto")));
    expect(error.message).toBe(
      "Hoja «Autodiagnóstico», fila 13, columna N (Puntaje): «alto» no es un puntaje válido (debe ser un número entre 0 y 100, o quedar vacío)",
    );
    expect([error.sheet, error.row, error.column]).toEqual(["Autodiagnóstico", 13, "N"]);
  });

  it("refuses a score above 100", async () => {
    const error = await importError(await damagedWorkbook((sheet) => (sheet.getCell("N13").value = 120)));
    expect(error.message).toMatch(/^Hoja «Autodiagnóstico», fila 13, columna N \(Puntaje\): «120»/);
  });

  it("accepts a score typed as text with a decimal comma", async () => {
    const data = await parseAutodiagnosticoWorkbook(await damagedWorkbook((sheet) => (sheet.getCell("N13").value = "72,5")));
    expect(data.components[0]?.categories[0]?.items[0]?.score).toBe(72.5);
  });

  it("refuses a block whose bands are out of order", async () => {
    const error = await importError(await damagedWorkbook((sheet) => (sheet.getCell("K15").value = "61 - 80")));
    expect(error.message).toBe("Hoja «Autodiagnóstico», fila 15, columna K (Valoración): se esperaba la banda «41 - 60» y se encontró «61 - 80»");
  });

  it("refuses a workbook without the Autodiagnóstico sheet", async () => {
    const error = await importError(await damagedWorkbook((sheet) => (sheet.name = "Otra hoja")));
    expect(error.message).toBe("El libro no tiene la hoja «Autodiagnóstico» (hojas encontradas: «Otra hoja»)");
  });

  it("finds the sheet whatever its case, accents or trailing spaces", async () => {
    const data = await parseAutodiagnosticoWorkbook(await damagedWorkbook((sheet) => (sheet.name = " AUTODIAGNOSTICO ")));
    expect(data.components).toHaveLength(2);
  });

  it("refuses a workbook without a header row", async () => {
    const error = await importError(await damagedWorkbook((sheet) => (sheet.getCell("C11").value = "Otra cosa")));
    expect(error.message).toMatch(/^Hoja «Autodiagnóstico»: no se encontró la fila de encabezados/);
  });

  it("refuses bytes that are not an xlsx file", async () => {
    const error = await importError(Buffer.from("esto no es un libro de Excel"));
    expect(error.message).toBe("El archivo no es un libro de Excel (.xlsx) válido o está dañado.");
  });
});
