import { describe, expect, it } from "vitest";
import { normalizePersonName } from "./create-commitment-item";

describe("normalizePersonName", () => {
  it("ignora tildes, mayúsculas y espacios de más", () => {
    expect(normalizePersonName("  Rosa   Responsable (Alcaldía de Rionegro) ")).toBe("rosa responsable (alcaldia de rionegro)");
    expect(normalizePersonName("PEDRO PLANEACIÓN")).toBe(normalizePersonName("pedro planeacion"));
  });

  it("no confunde nombres distintos", () => {
    expect(normalizePersonName("Ana María")).not.toBe(normalizePersonName("Ana Mario"));
  });
});
