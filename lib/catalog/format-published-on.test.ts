import { describe, expect, it } from "vitest";
import { formatPublishedOn } from "./format-published-on";

describe("fecha de publicación", () => {
  it("muestra el día del calendario en dd/mm/aaaa, sin correrlo por la zona horaria de Bogotá", () => {
    expect(formatPublishedOn(new Date("2022-02-11T00:00:00Z"))).toBe("11/02/2022");
  });
  it("sin fecha", () => {
    expect(formatPublishedOn(null)).toBe("Sin fecha");
  });
});
