// Serialisable summaries of the dashboard sections. Each section has its own
// loader (./sections) and its own component; the page, the PDF and the Excel
// report all read these same summaries, so a figure is computed once.
import type { AssessmentState } from "@/lib/generated/prisma/enums";
import type { ScoreLevelNumber } from "@/lib/scoring";

export type PolicyScore = {
  code: string;
  name: string;
  /** Policy score from the scoring module; null when nothing is scored yet. */
  score: number | null;
  level: ScoreLevelNumber | null;
  state: AssessmentState | null;
};

export type DimensionScores = {
  number: number;
  name: string;
  /** Internal estimate (mean of its policy scores), never the official index. */
  score: number | null;
  level: ScoreLevelNumber | null;
  policies: PolicyScore[];
};

export type PolicyScoresSection = {
  kind: "policy-scores";
  vigencia: number;
  catalogName: string | null;
  /** Internal estimate for the entity (mean of policy scores). */
  entityScore: number | null;
  entityLevel: ScoreLevelNumber | null;
  dimensions: DimensionScores[];
};

export type PolicyProgress = {
  code: string;
  name: string;
  state: AssessmentState | null;
  answered: number;
  total: number;
  /** 0..1; null when the autodiagnóstico has not been started. */
  ratio: number | null;
};

export type StateCounts = Record<AssessmentState | "NO_INICIADO", number>;

export type SelfAssessmentProgressSection = {
  kind: "self-assessment-progress";
  vigencia: number;
  policies: PolicyProgress[];
  states: StateCounts;
  /** Answered activities / all activities of the started autodiagnósticos. */
  overallRatio: number | null;
};

/*
 * Slots for the sections whose data lives on other branches (evidence review,
 * action plans, findings, FURAG readiness, official results trend). Each one
 * joins this union with its own summary type, loader and component once its
 * module is merged; until then nothing is shown for it (no placeholder
 * figures).
 */
export type DashboardSection = PolicyScoresSection | SelfAssessmentProgressSection;

export type DashboardSectionKind = DashboardSection["kind"];

export type Dashboard = {
  entityName: string;
  vigencia: number;
  generatedAt: string;
  sections: DashboardSection[];
};
