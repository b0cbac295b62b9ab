import { describe, expect, it } from "vitest";
import { summarizeEvidenceReviewText, summarizeFuragReadinessText, summarizeOpenFindingsText } from "./follow-up-summaries";
import { weakestModules } from "./sections/furag-readiness";
import type { EvidenceReviewSection, FuragReadinessSection, ModuleReadiness, OpenFindingsSection } from "./types";

const evidence = (over: Partial<EvidenceReviewSection> = {}): EvidenceReviewSection => ({
  kind: "evidence-review",
  vigencia: 2025,
  total: 4,
  states: { PENDIENTE: 2, ACEPTADA: 1, CON_OBSERVACIONES: 1, RECHAZADA: 0 },
  expired: 1,
  expiringSoon: 0,
  expiringSoonDays: 30,
  canOpenQueue: false,
  ...over,
});

describe("resumen de la revisión de evidencias", () => {
  it("cuenta cada estado con su plural y las vencidas y por vencer", () => {
    expect(summarizeEvidenceReviewText(evidence())).toBe(
      "4 evidencias en la vigencia 2025: 1 aceptada, 1 con observaciones, 0 rechazadas y 2 pendientes de revisión. 1 vencida y 0 por vencer en los próximos 30 días.",
    );
  });
  it("dice que no hay evidencias en vez de una fila de ceros", () => {
    expect(summarizeEvidenceReviewText(evidence({ total: 0, states: { PENDIENTE: 0, ACEPTADA: 0, CON_OBSERVACIONES: 0, RECHAZADA: 0 } }))).toBe(
      "No hay evidencias cargadas para la vigencia 2025.",
    );
  });
});

const findings = (over: Partial<OpenFindingsSection> = {}): OpenFindingsSection => ({
  kind: "open-findings",
  open: 3,
  bySeverity: { CRITICA: 1, ALTA: 2, MEDIA: 0, BAJA: 0 },
  answered: 1,
  overdue: 2,
  oldest: [],
  ...over,
});

describe("resumen de los hallazgos abiertos", () => {
  it("da la severidad, los vencidos y los que esperan cierre", () => {
    expect(summarizeOpenFindingsText(findings())).toBe(
      "3 hallazgos abiertos. Por severidad: crítica 1, alta 2, media 0, baja 0. 2 tienen el plazo vencido. 1 ya respondido espera el cierre de control interno.",
    );
    expect(summarizeOpenFindingsText(findings({ open: 1, bySeverity: { CRITICA: 0, ALTA: 1, MEDIA: 0, BAJA: 0 }, answered: 0, overdue: 0 }))).toBe(
      "1 hallazgo abierto. Por severidad: crítica 0, alta 1, media 0, baja 0. Ninguno tiene el plazo vencido.",
    );
  });
  it("sin hallazgos abiertos lo dice", () => {
    expect(summarizeOpenFindingsText(findings({ open: 0, bySeverity: { CRITICA: 0, ALTA: 0, MEDIA: 0, BAJA: 0 }, answered: 0, overdue: 0 }))).toBe("No hay hallazgos abiertos.");
  });
});

const moduleOf = (prefix: string, answered: number, reviewed: number): ModuleReadiness => ({ prefix, topic: prefix, total: 10, answered, percents: { answered, evidence: null, reviewed } });

describe("preparación FURAG", () => {
  it("los módulos más rezagados: menos respondido primero, luego menos revisado", () => {
    const modules = [moduleOf("PLA", 50, 10), moduleOf("TAH", 0, 0), moduleOf("INT", 50, 0), moduleOf("GD", 90, 90)];
    expect(weakestModules(modules, 3).map((m) => m.prefix)).toEqual(["TAH", "INT", "PLA"]);
  });

  const readiness: FuragReadinessSection = {
    kind: "furag-readiness",
    vigencia: 2025,
    hasQuestionnaire: true,
    total: 400,
    answered: 50,
    evidenceRequired: 2,
    evidenceSupported: 1,
    reviewed: 0,
    withObservations: 0,
    moduleCount: 19,
    modulesWithoutAnswers: 0,
    percents: { answered: 12.5, evidence: 50, reviewed: 0 },
    weakestModules: [moduleOf("TAH", 0, 0), moduleOf("PLA", 33.3, 0)],
  };
  it("resume respondidas, con evidencia, revisadas, los módulos sin respuestas y los rezagados con coma decimal", () => {
    expect(summarizeFuragReadinessText({ ...readiness, modulesWithoutAnswers: 1 }).replaceAll("\u00a0", " ")).toBe(
      "Preparación FURAG 2025: 12,5 % de las 400 preguntas respondidas (50); 50 % de los soportes requeridos tienen evidencia (1 de 2); " +
        "0 % revisadas por control interno (0). 1 de 19 módulos sin ninguna respuesta. Módulos más rezagados: TAH (0 %), PLA (33,3 %).",
    );
  });
  it("el signo de porcentaje nunca queda solo al comienzo de una línea", () => {
    expect(summarizeFuragReadinessText(readiness)).toContain("12,5\u00a0%");
  });
  it("sin soportes requeridos o sin cuestionario", () => {
    expect(summarizeFuragReadinessText({ ...readiness, percents: { ...readiness.percents, evidence: null }, weakestModules: [] })).toContain(
      "ninguna respuesta requiere evidencia aún; 0\u00a0% revisadas",
    );
    expect(summarizeFuragReadinessText({ ...readiness, hasQuestionnaire: false })).toBe("No hay cuestionario FURAG cargado para la vigencia 2025.");
  });
});
