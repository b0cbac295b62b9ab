import { describe, expect, it } from "vitest";
import { DEFAULT_GAP_RULE, gapRuleProblem, selectActivityGaps, targetScoreOf } from "./select-gaps";

const act = (id: string, position: number, score: number | null, notApplicable = false) => ({ id, position, score, notApplicable });

describe("selectActivityGaps", () => {
  const activities = [
    act("a", 0, 70),
    act("b", 1, 40),
    act("c", 2, 10),
    act("d", 3, 60.4),
    act("e", 4, 40),
    act("f", 5, null),
    act("g", 6, 5, true),
    act("h", 7, 61),
    act("i", 8, 60.5),
  ];

  it("by default takes every activity scored below 61 (levels 1-3), blanks and no aplica excluded", () => {
    const ids = selectActivityGaps(activities, DEFAULT_GAP_RULE).map((g) => g.activity.id);
    expect(ids.sort()).toEqual(["b", "c", "d", "e"]);
  });

  it("rounds like the scoring module: 60.5 is level 4, not a gap", () => {
    expect(selectActivityGaps(activities, DEFAULT_GAP_RULE).some((g) => g.activity.id === "i")).toBe(false);
  });

  it("orders by distance to the target level, largest first, ties by instrument order", () => {
    const gaps = selectActivityGaps(activities, DEFAULT_GAP_RULE);
    expect(gaps.map((g) => g.activity.id)).toEqual(["c", "b", "e", "d"]);
    expect(gaps.map((g) => g.distance)).toEqual([51, 21, 21, expect.closeTo(0.6, 5)]);
    expect(gaps[0]!.targetScore).toBe(61);
  });

  it("a stricter threshold and a higher target are configurable", () => {
    const gaps = selectActivityGaps(activities, { threshold: 81, targetLevel: 5 });
    expect(gaps.map((g) => g.activity.id)).toEqual(["c", "b", "e", "d", "i", "h", "a"]);
    expect(gaps[0]!.distance).toBe(71);
  });

  it("a lower threshold keeps only the weakest", () => {
    expect(selectActivityGaps(activities, { threshold: 21, targetLevel: 3 }).map((g) => g.activity.id)).toEqual(["c"]);
  });
});

describe("gap rule", () => {
  it("target scores are the lowest score of each level", () => {
    expect([1, 2, 3, 4, 5].map((l) => targetScoreOf(l as 1 | 2 | 3 | 4 | 5))).toEqual([0, 21, 41, 61, 81]);
  });

  it("refuses a target below the threshold", () => {
    expect(gapRuleProblem({ threshold: 81, targetLevel: 4 })).toMatch(/nivel meta/);
    expect(gapRuleProblem(DEFAULT_GAP_RULE)).toBeNull();
  });
});
