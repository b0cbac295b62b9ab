import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Autodiagnostico } from "./autodiagnostico-schema";
import { exportAutodiagnosticoWorkbook } from "./export/export-autodiagnostico-workbook";
import { loadWorkbook } from "./import/load-workbook";
import { parseAutodiagnosticoWorkbook, readAutodiagnosticoCachedTotals } from "./import/parse-autodiagnostico-workbook";
import { sampleAutodiagnostico } from "./sample-autodiagnostico.test-helper";

const OFFICIAL_FILE = path.resolve(process.cwd(), "../shared/data/autodiagnostico-talento-humano.xlsx");

describe("export then import", () => {
  it("round-trips the official workbook without loss", async () => {
    const imported = await parseAutodiagnosticoWorkbook(readFileSync(OFFICIAL_FILE));
    const exported = await exportAutodiagnosticoWorkbook(imported);
    expect(await parseAutodiagnosticoWorkbook(exported)).toEqual(imported);
  }, 30_000);

  it("round-trips entity, observations, No aplica, groups and blank scores", async () => {
    const data = sampleAutodiagnostico();
    const again = await parseAutodiagnosticoWorkbook(await exportAutodiagnosticoWorkbook(data));
    expect({ ...again, warnings: [] }).toEqual<Autodiagnostico>(data);
    // The one thing worth flagging: 2A has a score although it says "No aplica".
    expect(again.warnings.map((w) => w.message)).toEqual([
      "Fila 24, columna N (Puntaje): tiene puntaje pero las observaciones dicen «No aplica»: no cuenta en los promedios",
    ]);
  });

  it("writes the roll-ups computed by lib/scoring where the official tool has its formulas", async () => {
    const buffer = await exportAutodiagnosticoWorkbook(sampleAutodiagnostico());
    const totals = await readAutodiagnosticoCachedTotals(buffer);
    // 90 and 30 count; the "No aplica" item (score 10) and the blank do not.
    expect(totals.policy).toBe(60);
    expect(totals.components.map((c) => c.value)).toEqual([60, null]);
    expect(totals.categories.map((c) => c.value)).toEqual([90, 30, null]);

    const workbook = await loadWorkbook(buffer);
    const sheet = workbook.getWorksheet("Autodiagnóstico");
    const headers = [3, 4, 5, 6, 7, 10, 11, 13, 14, 15].map((c) => String(sheet?.getCell(11, c).value));
    expect(headers).toEqual([
      "Componentes", "Calificación", "Categoría", "Calificación", "Actividades de Gestión\n(Variables)",
      "Criterio de\nCalificación", "Valoración", "Periodo de análisis", "Puntaje\n(0 - 100)", "Observaciones",
    ]);
  });
});
