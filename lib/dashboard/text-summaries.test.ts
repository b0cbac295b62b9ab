import { describe, expect, it } from "vitest";
import { scoreWithLevel, summarizeDimensionText, summarizeDimensionsText, summarizeProgressText } from "./text-summaries";
import type { DimensionScores, PolicyScoresSection, SelfAssessmentProgressSection } from "./types";

const dimension = (policies: [string, number | null][], score: number | null = null): DimensionScores => ({
  number: 1,
  name: "Direccionamiento",
  score,
  level: null,
  policies: policies.map(([name, s]) => ({ code: name.slice(0, 5), name, score: s, level: null, state: null })),
});

describe("resúmenes en texto de las gráficas", () => {
  it("escribe el puntaje con coma decimal y el nivel en palabras", () => {
    expect(scoreWithLevel(42.5)).toBe("42,50 (nivel 3 · Intermedio)");
    expect(scoreWithLevel(null)).toBe("sin puntaje");
  });

  it("nombra la política más baja y la más alta de una dimensión y las que faltan", () => {
    const text = summarizeDimensionText(dimension([["Planeación", 70], ["Compras", 42.5], ["Presupuesto", null]], 56.25));
    expect(text).toBe(
      "La política más baja es Compras con 42,50 (nivel 3 · Intermedio); la más alta es Planeación con 70,00 (nivel 4 · Avanzado). " +
        "Estimado de la dimensión: 56,25 (nivel 3 · Intermedio). 1 de 3 políticas aún sin puntaje.",
    );
  });

  it("una dimensión de una sola política con puntaje, o ninguna", () => {
    expect(summarizeDimensionText(dimension([["Control Interno", 90]], 90))).toBe("Control Interno: 90,00 (nivel 5 · Consolidado).");
    expect(summarizeDimensionText(dimension([["Control Interno", null]]))).toBe("Ninguna política de esta dimensión tiene puntaje todavía.");
  });

  it("resume las dimensiones con el estimado de la entidad", () => {
    const section: PolicyScoresSection = {
      kind: "policy-scores",
      vigencia: 2025,
      catalogName: null,
      entityScore: 60,
      entityLevel: 3,
      dimensions: [
        { ...dimension([["A", 20]]), name: "Talento Humano", score: 20 },
        { ...dimension([["B", 100]]), name: "Control Interno", score: 100 },
        { ...dimension([["C", null]]), name: "Vacía", score: null },
      ],
    };
    expect(summarizeDimensionsText(section)).toBe(
      "Estimado de la entidad: 60,00 (nivel 3 · Intermedio). La dimensión más baja es Talento Humano con 20,00 (nivel 1 · Inicial); " +
        "la más alta es Control Interno con 100,00 (nivel 5 · Consolidado).",
    );
    expect(summarizeDimensionsText({ ...section, dimensions: [section.dimensions[2]!] })).toBe("Ninguna dimensión tiene puntaje en la vigencia 2025.");
  });

  it("cuenta los autodiagnósticos por estado", () => {
    const section: SelfAssessmentProgressSection = {
      kind: "self-assessment-progress",
      vigencia: 2025,
      policies: Array.from({ length: 19 }, (_, i) => ({ code: `POL${i}`, name: `P${i}`, state: null, answered: 0, total: 0, ratio: null })),
      states: { NO_INICIADO: 3, BORRADOR: 8, EN_REVISION: 3, APROBADO: 5 },
      overallRatio: 0.834,
    };
    expect(summarizeProgressText(section)).toBe(
      "16 de 19 autodiagnósticos iniciados (83 % de las actividades respondidas): 5 aprobados, 3 en revisión, 8 en borrador y 3 sin iniciar.",
    );
  });
});
