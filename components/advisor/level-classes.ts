// The level colours of lib/scoring as Tailwind classes: thousands of heat-map
// cells then carry a short class instead of an inline style each (the
// workspace page was 1,7 MB of HTML for 125 entities). Written out in full so
// Tailwind finds them; level-classes.test.ts checks they match SCORE_LEVELS.
import { scoreLevel, type ScoreLevelNumber } from "@/lib/scoring";

export const LEVEL_CLASSES: Record<ScoreLevelNumber, string> = {
  1: "bg-[#8E0000] text-[#FFFFFF]",
  2: "bg-[#C62828] text-[#FFFFFF]",
  3: "bg-[#FF6600] text-[#000000]",
  4: "bg-[#FFFF00] text-[#002060]",
  5: "bg-[#007A00] text-[#FFFFFF]",
};

/** Level of a score for the heat map; null for blank or out-of-range values. */
export function heatLevel(score: number | null): ScoreLevelNumber | null {
  return score === null || score < 0 || score > 100 ? null : scoreLevel(score)!.level;
}
