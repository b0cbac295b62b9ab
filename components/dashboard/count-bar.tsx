// A stacked bar of counts whose segments differ by fill AND hatch, with a
// legend that writes every count out, so nothing depends on seeing the
// colours. Drawn inside a figure's aria-hidden chart slot: no links here (the
// figure's table and link list carry them).
export type CountSegment = { key: string; label: string; count: number; className: string; pattern?: string };

export const HATCH_DIAGONAL = "repeating-linear-gradient(45deg, transparent 0 4px, rgba(0,0,0,.25) 4px 6px)";
export const HATCH_HORIZONTAL = "repeating-linear-gradient(0deg, transparent 0 4px, rgba(0,0,0,.25) 4px 6px)";
export const HATCH_VERTICAL = "repeating-linear-gradient(90deg, transparent 0 4px, rgba(0,0,0,.3) 4px 6px)";

function Swatch({ segment }: { segment: CountSegment }) {
  return <span aria-hidden="true" className={`inline-block h-3 w-3 shrink-0 rounded-sm border border-slate-400 ${segment.className}`} style={{ backgroundImage: segment.pattern }} />;
}

export function CountBar({ segments, emptyText }: { segments: CountSegment[]; emptyText: string }) {
  const total = segments.reduce((sum, s) => sum + s.count, 0);
  return (
    <div className="space-y-2">
      <div aria-hidden="true" className="flex h-6 overflow-hidden rounded border border-slate-400 bg-white">
        {total === 0 ? (
          <span className="px-2 text-xs leading-6 text-slate-500">{emptyText}</span>
        ) : (
          segments
            .filter((s) => s.count > 0)
            .map((s) => <div key={s.key} className={s.className} style={{ width: `${(s.count / total) * 100}%`, backgroundImage: s.pattern }} />)
        )}
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
        {segments.map((s) => (
          <li key={s.key} className="flex items-center gap-1.5">
            <Swatch segment={s} />
            {s.label}: <strong className="tabular-nums">{s.count}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
