import { describe, expect, it } from "vitest";
import { signedChange, summarizeOfficialResultsText } from "./official-results-summary";
import type { OfficialPolicyTrend, OfficialResultsSection } from "./types";

const policy = (code: string, name: string, change: number | null): OfficialPolicyTrend => ({ code, name, scores: [], change, peerMedian: null });

const section: OfficialResultsSection = {
  kind: "official-results",
  vigencia: 2025,
  peerGroup: "Municipios categoría 1 y 2",
  vigencias: [
    { vigencia: 2023, idi: 60, meciOnly: false, peerMedianIdi: 58 },
    { vigencia: 2024, idi: null, meciOnly: true, peerMedianIdi: 60 },
    { vigencia: 2025, idi: 63.14, meciOnly: false, peerMedianIdi: 61.05 },
  ],
  idi: 63.14,
  idiChange: 3.14,
  policies: [policy("POL01", "Talento Humano", 2), policy("POL02", "Integridad", -4.23), policy("POL03", "Planeación", 0.01), policy("POL04", "Presupuesto", null)],
};

describe("resumen de los resultados oficiales", () => {
  it("IDI, cambio frente a la vigencia anterior que lo tiene, mediana del grupo par y políticas que suben o bajan", () => {
    expect(summarizeOfficialResultsText(section)).toBe(
      "Resultados oficiales FURAG 2025: IDI 63,1, subió 3,1 puntos frente a 2023 (60,0). Mediana del grupo par (Municipios categoría 1 y 2): 61,1. " +
        "Frente a la vigencia anterior, 1 política subió y 1 bajó; la mayor caída fue Integridad (−4,2).",
    );
  });
  it("una sola vigencia: sin cambio que contar", () => {
    const only = { ...section, vigencias: [section.vigencias[2]!], idiChange: null, policies: [policy("POL01", "Talento Humano", null)] };
    expect(summarizeOfficialResultsText(only)).toBe("Resultados oficiales FURAG 2025: IDI 63,1. Mediana del grupo par (Municipios categoría 1 y 2): 61,1.");
  });
  it("una vigencia de solo MECI lo dice", () => {
    const meci = { ...section, vigencia: 2024, idi: null, idiChange: null, policies: [] };
    expect(summarizeOfficialResultsText(meci)).toBe("Resultados oficiales FURAG 2024: sin IDI (la entidad reportó solo MECI).");
  });
  it("el cambio con signo", () => {
    expect([signedChange(2.04), signedChange(-0.5), signedChange(0.01), signedChange(null)]).toEqual(["+2,0", "−0,5", "0,0", "—"]);
  });
});
