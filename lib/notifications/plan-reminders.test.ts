import { describe, expect, it } from "vitest";
import { reminderFor } from "./plan-reminders";

const item = (due: string | null) => ({ id: "i1", action: "Actualizar el procedimiento", dueDate: due ? new Date(`${due}T00:00:00Z`) : null });

describe("reminderFor", () => {
  const today = "2026-03-09";

  it("nothing for items due in more than 14 days or without a due date", () => {
    expect(reminderFor(item("2026-03-24"), today)).toBeNull();
    expect(reminderFor(item(null), today)).toBeNull();
  });

  it("due soon within 14 days, keyed by item and due date", () => {
    expect(reminderFor(item("2026-03-23"), today)).toEqual({
      kind: "PLAN_ITEM_DUE_SOON",
      dedupeKey: "PLAN_ITEM_DUE_SOON:i1:2026-03-23",
      title: "Vence en 14 días: «Actualizar el procedimiento»",
    });
    expect(reminderFor(item("2026-03-09"), today)?.title).toBe("Vence hoy: «Actualizar el procedimiento»");
  });

  it("overdue once the due date has passed", () => {
    expect(reminderFor(item("2026-03-08"), today)).toMatchObject({ kind: "PLAN_ITEM_OVERDUE", dedupeKey: "PLAN_ITEM_OVERDUE:i1:2026-03-08" });
  });
});
