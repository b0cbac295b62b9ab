// How far the entity is with its autodiagnósticos: the progress and workflow
// state of each policy, and how many are in each state.
import type { PolicyOverview } from "@/lib/self-assessments/load-policy-overview";
import type { SelfAssessmentProgressSection, StateCounts } from "../types";

export function summarizeSelfAssessmentProgress(overview: PolicyOverview, vigencia: number): SelfAssessmentProgressSection {
  const states: StateCounts = { NO_INICIADO: 0, BORRADOR: 0, EN_REVISION: 0, APROBADO: 0 };
  let answered = 0;
  let total = 0;
  const policies = overview.dimensions.flatMap((dimension) =>
    dimension.policies.map((policy) => {
      const assessment = policy.assessment;
      states[assessment?.state ?? "NO_INICIADO"] += 1;
      const progress = assessment?.progress;
      answered += progress?.answered ?? 0;
      total += progress?.total ?? 0;
      return {
        code: policy.code,
        name: policy.name,
        state: assessment?.state ?? null,
        answered: progress?.answered ?? 0,
        total: progress?.total ?? 0,
        ratio: assessment ? (progress?.ratio ?? 0) : null,
      };
    }),
  );
  return { kind: "self-assessment-progress", vigencia, policies, states, overallRatio: total === 0 ? null : answered / total };
}
