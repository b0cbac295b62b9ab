import { averageNonNull } from "./average-scores";
import type { PolicyScoreInput } from "./types";

/*
 * Dimension and entity summaries are INTERNAL ESTIMATES for dashboards. They
 * are never the official Índice de Desempeño Institucional: Función Pública
 * computes dimension/policy indexes from FURAG answers with Item Response
 * Theory, which cannot be reproduced by averaging. Label them as estimates.
 *
 * Rule: a plain mean of the policy scores that exist.
 * - Why policies and not activities: policies have very different numbers of
 *   scored rows (Talento Humano alone has 131), so pooling activities would let
 *   the biggest tool dominate; MIPG reports and ranks by policy.
 * - Why the entity is the mean of policies, not of dimensions: dimensions hold
 *   1 to 9 policies depending on the catalog version, so averaging dimensions
 *   would over-weight single-policy dimensions and change with the version.
 * - Policies without a score (not assessed yet) are left out, like blanks.
 */

/** Estimated dimension score from the scores of the policies it groups. */
export function estimateDimensionScore(policies: readonly PolicyScoreInput[]): number | null {
  return averageNonNull(policies.map((p) => p.score));
}

/** Estimated entity score from all its policy scores (not from dimension scores). */
export function estimateEntityScore(policies: readonly PolicyScoreInput[]): number | null {
  return averageNonNull(policies.map((p) => p.score));
}
