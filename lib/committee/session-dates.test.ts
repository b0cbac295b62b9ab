import { describe, expect, it } from "vitest";
import { calendarDate, formatCalendarDate, isoDateOf, todayInBogota } from "./session-dates";

describe("fechas de las sesiones (columnas DATE)", () => {
  it("ida y vuelta sin correrse un día", () => {
    expect(isoDateOf(calendarDate("2026-03-05"))).toBe("2026-03-05");
    expect(formatCalendarDate(calendarDate("2026-03-05"))).toBe("05/03/2026");
    expect(formatCalendarDate(null)).toBe("—");
  });

  it("hoy en Bogotá: a las 23:30 del 5 de marzo allá ya es 6 de marzo en UTC", () => {
    expect(todayInBogota(new Date("2026-03-06T04:30:00Z"))).toBe("2026-03-05");
    expect(todayInBogota(new Date("2026-03-06T05:30:00Z"))).toBe("2026-03-06");
  });
});
