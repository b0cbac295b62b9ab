import { describe, expect, it } from "vitest";
import type { PolicyOverview } from "@/lib/self-assessments/load-policy-overview";
import { summarizePolicyScores } from "./policy-scores";
import { summarizeSelfAssessmentProgress } from "./self-assessment-progress";

const progress = (answered: number, total: number) => ({ total, scored: answered, notApplicable: 0, blank: total - answered, answered, ratio: answered / total });

const overview: PolicyOverview = {
  catalog: { code: "B", name: "Manual Operativo MIPG versión 6" },
  dimensions: [
    {
      number: 1,
      name: "Direccionamiento",
      policies: [
        { code: "POL03", name: "Planeación", responsibles: [], assessment: { id: "a", state: "APROBADO", score: 80.5, progress: progress(10, 10) } },
        { code: "POL04", name: "Presupuesto", responsibles: [], assessment: { id: "b", state: "BORRADOR", score: 20.4, progress: progress(3, 12) } },
        { code: "POL05", name: "Compras", responsibles: [], assessment: null },
      ],
    },
    { number: 7, name: "Control Interno", policies: [{ code: "POL19", name: "Control Interno", responsibles: [], assessment: { id: "c", state: "EN_REVISION", score: null, progress: progress(0, 8) } }] },
  ],
};

describe("resumen de puntajes por dimensión", () => {
  const section = summarizePolicyScores(overview, 2025);

  it("lleva el puntaje y el nivel del módulo de puntajes a cada política (80,5 → nivel 5; 20,4 → nivel 1)", () => {
    expect(section.dimensions[0]!.policies.map((p) => [p.code, p.score, p.level, p.state])).toEqual([
      ["POL03", 80.5, 5, "APROBADO"],
      ["POL04", 20.4, 1, "BORRADOR"],
      ["POL05", null, null, null],
    ]);
  });

  it("estima la dimensión y la entidad con el promedio de las políticas con puntaje", () => {
    expect(section.dimensions[0]!.score).toBeCloseTo(50.45, 10);
    expect(section.dimensions[0]!.level).toBe(3);
    expect(section.dimensions[1]!.score).toBeNull();
    expect(section.entityScore).toBeCloseTo(50.45, 10);
    expect(section.catalogName).toBe("Manual Operativo MIPG versión 6");
  });
});

describe("resumen del avance", () => {
  it("cuenta estados (con «no iniciado») y el avance de las actividades de los iniciados", () => {
    const section = summarizeSelfAssessmentProgress(overview, 2025);
    expect(section.states).toEqual({ NO_INICIADO: 1, BORRADOR: 1, EN_REVISION: 1, APROBADO: 1 });
    expect(section.overallRatio).toBeCloseTo(13 / 30, 10);
    expect(section.policies.find((p) => p.code === "POL05")).toMatchObject({ ratio: null, answered: 0, total: 0, state: null });
    expect(section.policies.find((p) => p.code === "POL04")).toMatchObject({ ratio: 0.25, answered: 3, total: 12 });
  });
});
