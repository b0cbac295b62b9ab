import { SCORE_LEVELS } from "@/lib/scoring";

/** What the colours mean; the small number beside each score is the level. */
export function LevelLegend() {
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs" aria-label="Leyenda de niveles">
      <span className="font-medium text-slate-700">Niveles (número junto a cada puntaje):</span>
      {SCORE_LEVELS.map((level) => (
        <span key={level.level} className="rounded px-2 py-0.5 font-semibold" style={{ backgroundColor: level.color, color: level.textColor }}>
          {level.level} · {level.name} ({level.min}–{level.max})
        </span>
      ))}
      <span className="text-slate-600">— = la política no aplica</span>
    </div>
  );
}
