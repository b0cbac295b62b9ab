import { describe, expect, it } from "vitest";
import { formatDecimalInput, parseDecimal } from "./parse-decimal";

describe("parseDecimal", () => {
  it("acepta coma o punto decimal", () => {
    expect(parseDecimal("62,5")).toBe(62.5);
    expect(parseDecimal(" 80 ")).toBe(80);
    expect(parseDecimal("7.25")).toBe(7.25);
  });

  it("vacío es nulo y lo demás no es número", () => {
    expect(parseDecimal("")).toBeNull();
    expect(parseDecimal("ochenta")).toBeNaN();
    expect(parseDecimal("1e3")).toBeNaN();
    expect(parseDecimal("1.000,5")).toBeNaN();
  });

  it("muestra con coma decimal", () => {
    expect(formatDecimalInput(62.5)).toBe("62,5");
    expect(formatDecimalInput(null)).toBe("");
  });
});
