import { describe, expect, it } from "vitest";
import { bogotaToday, daysUntil, effectiveStatus } from "./effective-status";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("effectiveStatus", () => {
  // 2026-03-10 02:00 UTC is still 9 March in Bogotá (UTC-5).
  const clock = new Date("2026-03-10T02:00:00Z");
  const today = bogotaToday(clock);

  it("uses the civil day in Bogotá, not UTC", () => {
    expect(today).toBe("2026-03-09");
  });

  it("an open item due before today is vencida", () => {
    expect(effectiveStatus({ status: "PENDIENTE", dueDate: day("2026-03-08") }, today)).toBe("VENCIDA");
    expect(effectiveStatus({ status: "EN_CURSO", dueDate: day("2026-03-08") }, today)).toBe("VENCIDA");
  });

  it("an item due today is not yet vencida", () => {
    expect(effectiveStatus({ status: "EN_CURSO", dueDate: day("2026-03-09") }, today)).toBe("EN_CURSO");
  });

  it("cumplida and cancelada items never become vencida; items without a due date neither", () => {
    expect(effectiveStatus({ status: "CUMPLIDA", dueDate: day("2026-01-01") }, today)).toBe("CUMPLIDA");
    expect(effectiveStatus({ status: "CANCELADA", dueDate: day("2026-01-01") }, today)).toBe("CANCELADA");
    expect(effectiveStatus({ status: "PENDIENTE", dueDate: null }, today)).toBe("PENDIENTE");
  });

  it("counts whole days to the due date", () => {
    expect(daysUntil(day("2026-03-23"), today)).toBe(14);
    expect(daysUntil(day("2026-03-08"), today)).toBe(-1);
  });
});
