import { describe, expect, it } from "vitest";
import { ANSWER_KEY } from "../answers/answer-value";
import { evidenceKeysDeclared, evidenceStatus } from "../evidence-status";
import { indexOptionEvidence } from "./option-evidence";

const link = (answerId: string, key: string, patch: Partial<{ linkReviewState: "RECHAZADA" | "CON_OBSERVACIONES"; evidenceReviewState: "RECHAZADA"; expired: boolean }> = {}) => ({
  answerId, key, linkId: `${answerId}-${key}`, evidenceId: "e", title: "Acta",
  linkReviewState: "PENDIENTE" as const, evidenceReviewState: "PENDIENTE" as const, expired: false, ...patch,
});

const question = { type: "MULTIPLE_CHOICE" as const, options: ["Sí, adoptado", "Publicado", "No"], modulePrefix: "PLA" };
const value = { selected: ["Sí, adoptado", "Publicado"], numbers: {}, text: "", supports: {} };

describe("evidencia vinculada a opciones", () => {
  it("cuenta archivos pendientes o con observaciones; no los rechazados ni vencidos", () => {
    const index = indexOptionEvidence([
      link("a", "Sí, adoptado", { linkReviewState: "CON_OBSERVACIONES" }),
      link("a", "Publicado", { expired: true }),
      link("a", "Publicado", { evidenceReviewState: "RECHAZADA" }),
      link("a", "No", { linkReviewState: "RECHAZADA" }),
    ]);
    expect([...index.keysFor("a")]).toEqual(["Sí, adoptado"]);
    expect(index.evidenceOf("a").Publicado!.map((e) => e.counts)).toEqual([false, false]);
    expect(evidenceStatus(question, { id: "a", value }, index)).toEqual({ required: value.selected, supported: ["Sí, adoptado"], missing: ["Publicado"] });
    expect(index.keysFor("otra").size).toBe(0);
  });

  it("solo lo declarado en la respuesta guardada puede recibir evidencia", () => {
    expect(evidenceKeysDeclared(question, value)).toEqual(value.selected);
    expect(evidenceKeysDeclared({ type: "OPEN_NUMERIC", options: [] }, { ...value, selected: [], numbers: { [ANSWER_KEY]: 0 } })).toEqual([ANSWER_KEY]);
    expect(evidenceKeysDeclared({ type: "OPEN_NUMERIC", options: [] }, { ...value, selected: [] })).toEqual([]);
    expect(evidenceKeysDeclared({ type: "MATRIX", options: ["$1-$10"] }, { ...value, selected: [], text: "Fila 1: $1-$10" })).toEqual([ANSWER_KEY]);
    expect(evidenceKeysDeclared(question, null)).toEqual([]);
  });
});
