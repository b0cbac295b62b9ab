import { describe, expect, it } from "vitest";
import { activityApplies } from "./applicability";

const alcaldiaSexta = { type: "ALCALDIA", municipalCategory: "SEXTA" } as const;

describe("activityApplies", () => {
  it("sin regla aplica a todas las entidades", () => {
    expect(activityApplies(null, alcaldiaSexta)).toBe(true);
  });

  it("una regla por tipo de entidad excluye a los demás tipos", () => {
    const rule = { entityTypes: ["ALCALDIA", "GOBERNACION"], note: "…" };
    expect(activityApplies(rule, alcaldiaSexta)).toBe(true);
    expect(activityApplies(rule, { type: "EMPRESA_SOCIAL_DEL_ESTADO", municipalCategory: null })).toBe(false);
  });

  it("una regla por categoría exige tener una de esas categorías", () => {
    const rule = { municipalCategories: ["ESPECIAL", "PRIMERA"], note: "…" };
    expect(activityApplies(rule, alcaldiaSexta)).toBe(false);
    expect(activityApplies(rule, { type: "ALCALDIA", municipalCategory: "PRIMERA" })).toBe(true);
    expect(activityApplies(rule, { type: "ESTABLECIMIENTO_PUBLICO", municipalCategory: null })).toBe(false);
  });
});
