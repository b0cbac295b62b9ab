import { formatScore } from "@/lib/scoring";

/** The change from the previous vigencia, in words and sign (not colour alone). */
export function ScoreChange({ current, previous }: { current: number | null; previous: number | null }) {
  if (current === null || previous === null) return null;
  const delta = current - previous;
  if (Math.abs(delta) < 0.005) return <span className="text-xs text-slate-600">(sin cambio)</span>;
  const up = delta > 0;
  return (
    <span className={`text-xs font-medium ${up ? "text-emerald-800" : "text-red-800"}`}>
      ({up ? "▲ sube" : "▼ baja"} {formatScore(Math.abs(delta))})
    </span>
  );
}
