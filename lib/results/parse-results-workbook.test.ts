import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors/app-error";
import { parseResultsWorkbook } from "./parse-results-workbook";
import { generateReferenceRows, resultsHeader, resultsRowValues, writeResultsWorkbook } from "./testing/generate-results-workbook";

async function problemsOf(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe("parseResultsWorkbook", () => {
  it("lee el formato oficial: encabezado en la fila 3, blancos como «no aplica», filas solo MECI", async () => {
    const rows = generateReferenceRows(30, 5);
    const parsed = await parseResultsWorkbook(await writeResultsWorkbook(rows, 2024));
    expect(parsed.titleVigencia).toBe(2024);
    expect(parsed.rows).toHaveLength(30);
    const first = parsed.rows[0]!;
    expect(first).toMatchObject({ rowNumber: 4, sigepCode: "500000", entityName: rows[0]!.entityName, peerGroup: rows[0]!.peerGroup, idi: rows[0]!.idi });
    expect(first.policies.POL01).toBe(rows[0]!.policies.POL01);
    expect(Object.keys(first.indices)).toHaveLength(68);
    // Row position 3 leaves POL09 and POL17 blank: not applicable.
    expect(parsed.rows[3]!.policies).toMatchObject({ POL09: null, POL17: null });
    expect(parsed.rows[3]!.policies.POL01).not.toBeNull();
    // Position 22 is MECI-only: no IDI, only POL19 and D7.
    const meci = parsed.rows[22]!;
    expect(meci).toMatchObject({ meciOnly: true, idi: null, formType: "MECI" });
    expect(meci.policies.POL19).not.toBeNull();
    expect(meci.policies.POL03).toBeNull();
    expect(parsed.rows.filter((r) => r.meciOnly)).toHaveLength(1);
    expect(parsed.columnLabels.POL16).toBe("POL16 Índice de Gestión Documental");
  });

  it("acepta coma decimal, «No aplica» y columnas adicionales", async () => {
    const [row] = generateReferenceRows(1, 9);
    const values = resultsRowValues(row!);
    values[7] = "63,4";
    values[8] = "No aplica";
    const bytes = await writeResultsWorkbook([], 2025, [values]);
    const parsed = await parseResultsWorkbook(bytes);
    expect(parsed.rows[0]).toMatchObject({ idi: 63.4, dimensions: { d1: null } });
    expect(resultsHeader()).toContain("Grupo par");
  });

  it("rechaza puntajes no numéricos o fuera de 0-100, SIGEP faltante o repetido, con fila y columna", async () => {
    const rows = generateReferenceRows(3, 2);
    const bad = rows.map(resultsRowValues);
    bad[0]![7] = "alto"; // IDI, column H
    bad[1]![8 + 7 + 2] = 140; // POL03, column R (8 identity + 7 dimensions + 3rd policy)
    const missingSigep = [...bad[2]!];
    missingSigep[0] = null;
    const duplicate = [...bad[2]!];
    const error = await problemsOf(parseResultsWorkbook(await writeResultsWorkbook([], 2025, [...bad, missingSigep, duplicate])));
    expect(error.message).toMatch(/4 problema\(s\); no se importó nada/);
    expect(error.fieldErrors).toEqual({
      "Fila 4, columna H": ["Índice de Desempeño Institucional: «alto» no es un puntaje numérico"],
      "Fila 5, columna R": ["POL03 Índice de Planeación Institucional: el puntaje 140 está fuera del rango 0 a 100"],
      "Fila 7, columna A": ["falta el código SIGEP"],
      "Fila 8, columna A": [`el código SIGEP ${rows[2]!.sigepCode} ya está en la fila 6`],
    });
  });

  it("rechaza un libro sin las columnas oficiales o que no es Excel", async () => {
    const header = resultsHeader().filter((h) => !h.startsWith("POL07"));
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("R");
    sheet.addRow(["Resultados"]);
    sheet.addRow([""]);
    sheet.addRow(header);
    const missing = await problemsOf(parseResultsWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer())));
    expect(missing.message).toBe("Faltan columnas del formato oficial en la fila 3: POL07.");
    const notExcel = await problemsOf(parseResultsWorkbook(new TextEncoder().encode("no soy un libro")));
    expect(notExcel.message).toMatch(/no es un libro de Excel/);
  });
});
