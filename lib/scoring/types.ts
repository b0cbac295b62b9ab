/**
 * Plain-data inputs of the scoring module. Callers (pages, exports, reports,
 * importers) map their own records to these shapes, so the rules live in one
 * place and never depend on the database or on Excel.
 */

/** A score typed by the entity: 0-100, or null when left blank. */
export type ActivityScore = number | null;

/**
 * The unit of scoring. In the official autodiagnóstico workbooks this is one
 * "scored row" (a numbered activity or one of its lettered sub-items).
 */
export interface ScorableActivity {
  readonly id: string;
  readonly score: ActivityScore;
  /** "No aplica": excluded from every average, exactly like a blank. */
  readonly notApplicable: boolean;
  readonly categoryId: string;
  readonly componentId: string;
}

/** A policy's score, as input to the dimension and entity estimates. */
export interface PolicyScoreInput {
  readonly policyId: string;
  readonly score: number | null;
}

/** Every roll-up of one policy, computed in a single pass. */
export interface PolicyScoreBreakdown {
  readonly policy: number | null;
  readonly components: Readonly<Record<string, number | null>>;
  readonly categories: Readonly<Record<string, number | null>>;
}

export interface ScoringProgress {
  readonly total: number;
  /** Activities with a score that counts (not marked "No aplica"). */
  readonly scored: number;
  /** Activities marked "No aplica", with or without a score. */
  readonly notApplicable: number;
  /** Neither scored nor marked "No aplica": still to do. */
  readonly blank: number;
  /** scored + notApplicable. */
  readonly answered: number;
  /** answered / total, 0..1; null when there is nothing to answer. */
  readonly ratio: number | null;
}
