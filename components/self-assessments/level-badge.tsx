import { formatScore, scoreLevel } from "@/lib/scoring";

/** Score with its level: colour AND text, never colour alone. */
export function LevelBadge({ score, size = "md" }: { score: number | null; size?: "md" | "lg" }) {
  const level = scoreLevel(score);
  const text = size === "lg" ? "text-2xl" : "text-base";
  if (!level) return <span className="text-slate-500">Sin puntaje</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className={`font-semibold tabular-nums ${text}`}>{formatScore(score)}</span>
      <span className="rounded px-2 py-0.5 text-xs font-semibold" style={{ backgroundColor: level.color, color: level.textColor }}>
        {level.label}
      </span>
    </span>
  );
}
