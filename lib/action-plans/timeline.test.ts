import { describe, expect, it } from "vitest";
import { timelineScale } from "./timeline";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("timelineScale", () => {
  it("places bars in percent of a range that includes today, with month marks", () => {
    const scale = timelineScale(
      [
        { id: "a", startDate: d("2026-01-01"), dueDate: d("2026-01-31") },
        { id: "b", startDate: null, dueDate: d("2026-03-31") },
        { id: "c", startDate: null, dueDate: null },
      ],
      "2026-02-15",
    );
    const a = scale.bars.get("a")!;
    expect(a.left).toBe(0);
    expect(a.left + a.width).toBeCloseTo((31 / 90) * 100, 5);
    const b = scale.bars.get("b")!;
    expect(b.left + b.width).toBeCloseTo(100, 5);
    expect(scale.today).toBeCloseTo((45 / 90) * 100, 5);
    expect(scale.months.map((m) => m.label)).toEqual(["feb 26", "mar 26"]);
    expect(scale.undated).toEqual(["c"]);
  });
});
