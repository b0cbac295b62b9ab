import { readdir } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  REFERENCE_INSTRUMENTS_DIR,
  ReferenceInstrumentError,
  loadReferenceInstruments,
  parseReferenceInstrument,
} from "./load-reference-instruments";
import {
  FURAG_REFERENCE_PATTERN,
  REFERENCE_POLICY_CODES,
  listActivities,
  type ReferenceInstrument,
} from "./schema";

const FURAG_XLSX = path.resolve(process.cwd(), "../shared/data/furag-2025-preguntas.xlsx");

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "richText" in value) {
    return value.richText.map((part) => part.text).join("");
  }
  return String(value);
}

async function readFuragCodes(): Promise<Set<string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(FURAG_XLSX);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("El cuestionario FURAG no tiene hojas");
  let codeColumn = -1;
  sheet.getRow(1).eachCell((cell, col) => {
    if (cellText(cell.value).trim() === "Código") codeColumn = col;
  });
  if (codeColumn < 0) throw new Error("No se encontró la columna «Código» en el cuestionario FURAG");
  const codes = new Set<string>();
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const code = cellText(row.getCell(codeColumn).value).trim();
    if (code) codes.add(code);
  });
  return codes;
}

describe("instrumentos de referencia Faro", () => {
  let instruments: ReferenceInstrument[];

  beforeAll(async () => {
    instruments = await loadReferenceInstruments();
  });

  it("carga y valida los 19 archivos", () => {
    expect(instruments).toHaveLength(19);
  });

  it("contiene exactamente POL01..POL19, un archivo por política", async () => {
    expect(instruments.map((i) => i.policyCode)).toEqual(REFERENCE_POLICY_CODES);
    const files = (await readdir(path.resolve(process.cwd(), REFERENCE_INSTRUMENTS_DIR)))
      .filter((f) => f.endsWith(".json"))
      .sort();
    expect(files).toEqual(REFERENCE_POLICY_CODES.map((c) => `${c}.json`));
  });

  it("se declara como instrumento Faro y no como herramienta oficial", () => {
    for (const instrument of instruments) {
      expect(instrument.title).toBe(`Instrumento de referencia Faro — ${instrument.policyName}`);
      expect(instrument.source).toContain("No es la herramienta oficial de Función Pública");
    }
  });

  it("tiene al menos 10 actividades por política, en 2 a 4 componentes de 1 a 4 categorías", () => {
    for (const instrument of instruments) {
      expect(listActivities(instrument).length, instrument.policyCode).toBeGreaterThanOrEqual(10);
      expect(instrument.components.length, instrument.policyCode).toBeGreaterThanOrEqual(2);
      expect(instrument.components.length, instrument.policyCode).toBeLessThanOrEqual(4);
      for (const component of instrument.components) {
        expect(component.categories.length, `${instrument.policyCode} ${component.name}`).toBeLessThanOrEqual(4);
      }
    }
  });

  it("no repite códigos de actividad entre archivos", () => {
    const codes = instruments.flatMap((i) => listActivities(i).map((a) => a.code));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("numera las actividades de cada política de forma consecutiva desde 01", () => {
    for (const instrument of instruments) {
      const codes = listActivities(instrument).map((a) => a.code);
      const expected = codes.map((_, i) => `${instrument.policyCode}-${String(i + 1).padStart(2, "0")}`);
      expect(codes).toEqual(expected);
    }
  });

  it("no repite bandas de rúbrica dentro de una actividad ni rúbricas entre actividades", () => {
    const seenBands = new Map<string, string>();
    for (const instrument of instruments) {
      for (const activity of listActivities(instrument)) {
        const normalized = activity.rubric.map((band) => band.trim().toLowerCase());
        expect(new Set(normalized).size, activity.code).toBe(5);
        for (const band of normalized) {
          const owner = seenBands.get(band);
          expect(owner === undefined || owner === activity.code, `${activity.code} repite una banda de ${owner}`).toBe(true);
          seenBands.set(band, activity.code);
        }
      }
    }
  });

  it("cita preguntas FURAG que existen en el cuestionario 2025", async () => {
    const furagCodes = await readFuragCodes();
    expect(furagCodes.size).toBe(423);
    const missing: string[] = [];
    let furagReferences = 0;
    for (const instrument of instruments) {
      for (const activity of listActivities(instrument)) {
        for (const reference of activity.references) {
          if (!reference.startsWith("FURAG")) continue;
          const match = FURAG_REFERENCE_PATTERN.exec(reference);
          if (!match) {
            missing.push(`${activity.code}: referencia mal escrita «${reference}»`);
            continue;
          }
          furagReferences += 1;
          if (match[1] === "2025" && !furagCodes.has(match[2] ?? "")) {
            missing.push(`${activity.code}: ${reference}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
    expect(furagReferences).toBeGreaterThan(0);
  });

  it("rechaza claves desconocidas e indica archivo y ruta del problema", () => {
    const [first] = instruments;
    if (!first) throw new Error("sin instrumentos");
    const broken = structuredClone(first) as unknown as {
      components: { categories: { activities: Record<string, unknown>[] }[] }[];
    };
    const activity = broken.components[0]?.categories[0]?.activities[0];
    if (!activity) throw new Error("sin actividades");
    activity.extra = true;
    activity.rubric = ["a", "b", "c", "d"];
    expect(() => parseReferenceInstrument(broken, "POL01.json")).toThrow(ReferenceInstrumentError);
    expect(() => parseReferenceInstrument(broken, "POL01.json")).toThrow(
      /POL01\.json[\s\S]*components\[0\]\.categories\[0\]\.activities\[0\]/,
    );
  });

  it("rechaza reglas de aplicabilidad con valores fuera del catálogo", () => {
    const [first] = instruments;
    if (!first) throw new Error("sin instrumentos");
    const broken = structuredClone(first) as unknown as {
      components: { categories: { activities: Record<string, unknown>[] }[] }[];
    };
    const activity = broken.components[0]?.categories[0]?.activities[0];
    if (!activity) throw new Error("sin actividades");
    activity.applicability = { entityTypes: ["MINISTERIO"], note: "x" };
    expect(() => parseReferenceInstrument(broken, "POL01.json")).toThrow(/applicability\.entityTypes\[0\]/);
  });
});
