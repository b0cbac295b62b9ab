/**
 * The one scoring module: every page, export and report computes scores here.
 * Pure functions over plain data (see ./types).
 */
export type {
  ActivityScore,
  PolicyScoreBreakdown,
  PolicyScoreInput,
  ScorableActivity,
  ScoringProgress,
} from "./types";
export { assertValidScore, averageScores, countsForScore } from "./average-scores";
export { scoreCategory, scoreComponent, scorePolicy, scorePolicyBreakdown } from "./roll-up-scores";
export { estimateDimensionScore, estimateEntityScore } from "./estimate-summaries";
export { SCORE_LEVELS, scoreLevel, scoreLevelNumber } from "./score-levels";
export type { ScoreLevel, ScoreLevelNumber } from "./score-levels";
export { EMPTY_SCORE_TEXT, formatScore, roundTo4 } from "./format-score";
export { computeProgress } from "./compute-progress";
