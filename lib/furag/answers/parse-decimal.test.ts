import { describe, expect, it } from "vitest";
import { formatDecimal, parseDecimal } from "./parse-decimal";

describe("parseDecimal", () => {
  it("reads decimal commas and thousands dots", () => {
    expect(parseDecimal("12,5")).toBe(12.5);
    expect(parseDecimal("1.250")).toBe(1250);
    expect(parseDecimal("1.250,75")).toBe(1250.75);
    expect(parseDecimal(" 40 ")).toBe(40);
    expect(parseDecimal("-3")).toBe(-3);
  });
  it("gives null for empty and NaN for text", () => {
    expect(parseDecimal("")).toBeNull();
    expect(parseDecimal("doce")).toBeNaN();
  });
  it("writes back with a decimal comma", () => {
    expect(formatDecimal(12.5)).toBe("12,5");
    expect(formatDecimal(null)).toBe("");
  });
});
