"use client";

import { SCORE_LEVELS } from "@/lib/scoring";

// Clicking a band sets the score to the band's middle (10, 30, 50, 70, 90):
// a quick way to score from the rubric; the number can still be typed.
const BAND_SCORES = [10, 30, 50, 70, 90];
const BAND_RANGES = ["0-20", "21-40", "41-60", "61-80", "81-100"];

export function RubricBands({ rubric, disabled, onPick }: { rubric: string[]; disabled: boolean; onPick: (score: number) => void }) {
  return (
    <ol className="mt-2 grid gap-1 sm:grid-cols-5">
      {rubric.map((text, i) => (
        <li key={BAND_RANGES[i]}>
          <button
            type="button"
            disabled={disabled}
            onClick={() => onPick(BAND_SCORES[i]!)}
            className="h-full w-full rounded border border-l-4 border-slate-200 p-2 text-left text-xs text-slate-700 hover:bg-faro-50 disabled:cursor-default disabled:hover:bg-transparent"
            style={{ borderLeftColor: SCORE_LEVELS[i]?.color }}
          >
            <span className="mb-1 block font-semibold text-slate-900">
              {BAND_RANGES[i]} · {SCORE_LEVELS[i]?.name}
            </span>
            {text}
          </button>
        </li>
      ))}
    </ol>
  );
}
