import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, startOfBogotaDay } from "./dates";

describe("fechas es-CO", () => {
  it("muestra dd/mm/aaaa en hora de Bogotá (UTC-5)", () => {
    // 03:30 UTC on 1 March is still 28 February in Bogotá.
    expect(formatDate(new Date("2026-03-01T03:30:00Z"))).toBe("28/02/2026");
    expect(formatDateTime(new Date("2026-03-01T03:30:00Z"))).toBe("28/02/2026 22:30");
  });

  it("un valor vacío se muestra como raya", () => {
    expect(formatDate(null)).toBe("—");
  });

  it("el inicio de un día de Bogotá es las 05:00 UTC", () => {
    expect(startOfBogotaDay("2026-11-22").toISOString()).toBe("2026-11-22T05:00:00.000Z");
  });
});
