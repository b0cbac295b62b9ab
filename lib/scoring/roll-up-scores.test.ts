import { describe, expect, it } from "vitest";
import {
  averageScores,
  computeProgress,
  estimateDimensionScore,
  estimateEntityScore,
  scoreCategory,
  scoreComponent,
  scorePolicy,
  scorePolicyBreakdown,
  type ScorableActivity,
} from ".";

function activity(
  id: string, score: number | null, categoryId: string, componentId: string, notApplicable = false,
): ScorableActivity {
  return { id, score, notApplicable, categoryId, componentId };
}

// Component A: category A1 has three rows (100, 100, 40), A2 has one row (10).
// Component B: category B1 has 50 and a blank, B2 is "No aplica" with a score.
const policy: ScorableActivity[] = [
  activity("a1", 100, "A1", "A"),
  activity("a2", 100, "A1", "A"),
  activity("a3", 40, "A1", "A"),
  activity("a4", 10, "A2", "A"),
  activity("b1", 50, "B1", "B"),
  activity("b2", null, "B1", "B"),
  activity("b3", 90, "B2", "B", true),
];

describe("roll-ups", () => {
  it("leaves blank scores out of the average", () => {
    expect(scoreCategory(policy, "B1")).toBe(50);
  });

  it("leaves 'No aplica' out even when it carries a score", () => {
    expect(scoreCategory(policy, "B2")).toBeNull();
    expect(scoreComponent(policy, "B")).toBe(50);
  });

  it("scores a category with a single activity", () => {
    expect(scoreCategory(policy, "A2")).toBe(10);
  });

  it("averages ALL rows of a component, not the category means", () => {
    expect(scoreComponent(policy, "A")).toBe(62.5); // (100+100+40+10)/4
    const meanOfCategories = ((100 + 100 + 40) / 3 + 10) / 2; // 45
    expect(scoreComponent(policy, "A")).not.toBe(meanOfCategories);
  });

  it("averages ALL rows of the policy, not the component means", () => {
    expect(scorePolicy(policy)).toBe(60); // (100+100+40+10+50)/5
    expect(scorePolicy(policy)).not.toBe((62.5 + 50) / 2);
  });

  it("gives null for an all-blank policy", () => {
    const blank = [activity("x", null, "C", "K"), activity("y", null, "C", "K", true)];
    expect(scorePolicy(blank)).toBeNull();
    expect(scorePolicy([])).toBeNull();
  });

  it("counts a real zero as a score (the official sheet would show a blank)", () => {
    expect(averageScores([activity("z", 0, "C", "K")])).toBe(0);
  });

  it("computes every roll-up in one breakdown", () => {
    expect(scorePolicyBreakdown(policy)).toEqual({
      policy: 60,
      components: { A: 62.5, B: 50 },
      categories: { A1: 80, A2: 10, B1: 50, B2: null },
    });
  });

  it("refuses scores outside 0..100", () => {
    expect(() => scorePolicy([activity("bad", 101, "C", "K")])).toThrow(RangeError);
    expect(() => scorePolicy([activity("nan", Number.NaN, "C", "K")])).toThrow(/bad|nan/);
  });
});

describe("progress", () => {
  it("counts scored and 'No aplica' as answered", () => {
    expect(computeProgress(policy)).toEqual({
      total: 7, scored: 5, notApplicable: 1, blank: 1, answered: 6, ratio: 6 / 7,
    });
    expect(computeProgress([]).ratio).toBeNull();
  });
});

describe("dimension and entity estimates", () => {
  const policies = [
    { policyId: "POL01", score: 80 },
    { policyId: "POL02", score: 40 },
    { policyId: "POL03", score: null },
  ];

  it("averages the policies that have a score", () => {
    expect(estimateDimensionScore(policies)).toBe(60);
    expect(estimateEntityScore([...policies, { policyId: "POL19", score: 90 }])).toBe(70);
    expect(estimateEntityScore([{ policyId: "POL03", score: null }])).toBeNull();
  });
});
