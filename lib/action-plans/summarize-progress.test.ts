import { describe, expect, it } from "vitest";
import { summarizeBy, summarizeProgress } from "./summarize-progress";

describe("summarizeProgress", () => {
  it("counts done, overdue and cancelled; cancelled items leave the average", () => {
    const summary = summarizeProgress([
      { status: "CUMPLIDA", progress: 100 },
      { status: "VENCIDA", progress: 20 },
      { status: "EN_CURSO", progress: 30 },
      { status: "CANCELADA", progress: 0 },
    ]);
    expect(summary).toEqual({ total: 4, done: 1, overdue: 1, cancelled: 1, progress: 50 });
  });

  it("has no average without active items", () => {
    expect(summarizeProgress([]).progress).toBeNull();
  });

  it("groups by a key, sorted", () => {
    const groups = summarizeBy(
      [
        { who: "Rosa", status: "PENDIENTE" as const, progress: 0 },
        { who: "Ana", status: "CUMPLIDA" as const, progress: 100 },
        { who: "Rosa", status: "EN_CURSO" as const, progress: 50 },
      ],
      (i) => i.who,
    );
    expect(groups.map((g) => [g.key, g.summary.progress])).toEqual([
      ["Ana", 100],
      ["Rosa", 25],
    ]);
  });
});
