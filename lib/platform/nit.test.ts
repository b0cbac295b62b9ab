import { describe, expect, it } from "vitest";
import { hasValidCheckDigit, nitCheckDigit, normalizeNit } from "./nit";

describe("NIT con dígito de verificación", () => {
  it("calcula el dígito de la DIAN", () => {
    expect(nitCheckDigit("890907317")).toBe(2); // Municipio de Rionegro
    expect(nitCheckDigit("899999061")).toBe(9); // Bogotá D.C.
    expect(nitCheckDigit("800197268")).toBe(4); // DIAN
  });

  it("acepta el NIT correcto y rechaza un dígito equivocado", () => {
    expect(hasValidCheckDigit("890907317-2")).toBe(true);
    expect(hasValidCheckDigit("890907317-3")).toBe(false);
    expect(hasValidCheckDigit("890907317")).toBe(false);
  });

  it("quita puntos y espacios", () => {
    expect(normalizeNit("890.907.317 - 2")).toBe("890907317-2");
  });
});
