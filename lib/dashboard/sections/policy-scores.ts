// Score and level of each policy grouped by dimension, with the internal
// dimension and entity estimates. Every number comes from the scoring module
// through the autodiagnósticos overview loader.
import { estimateDimensionScore, estimateEntityScore, scoreLevelNumber, type ScoreLevelNumber } from "@/lib/scoring";
import type { PolicyOverview } from "@/lib/self-assessments/load-policy-overview";
import type { PolicyScoresSection } from "../types";

const levelOf = (score: number | null): ScoreLevelNumber | null => (score === null ? null : scoreLevelNumber(score));

export function summarizePolicyScores(overview: PolicyOverview, vigencia: number): PolicyScoresSection {
  const dimensions = overview.dimensions.map((dimension) => {
    const policies = dimension.policies.map((policy) => {
      const score = policy.assessment?.score ?? null;
      return { code: policy.code, name: policy.name, score, level: levelOf(score), state: policy.assessment?.state ?? null };
    });
    const score = estimateDimensionScore(policies.map((p) => ({ policyId: p.code, score: p.score })));
    return { number: dimension.number, name: dimension.name, score, level: levelOf(score), policies };
  });
  const entityScore = estimateEntityScore(dimensions.flatMap((d) => d.policies.map((p) => ({ policyId: p.code, score: p.score }))));
  return {
    kind: "policy-scores",
    vigencia,
    catalogName: overview.catalog?.name ?? null,
    entityScore,
    entityLevel: levelOf(entityScore),
    dimensions,
  };
}
