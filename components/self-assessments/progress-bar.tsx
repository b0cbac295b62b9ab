/** Progress with its number written out, for people who cannot see the bar. */
export function ProgressBar({ ratio, label }: { ratio: number; label: string }) {
  const percent = Math.round(ratio * 100);
  return (
    <div className="flex items-center gap-2">
      <div className="h-2 w-24 overflow-hidden rounded bg-slate-200" role="progressbar" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} aria-label={label}>
        <div className="h-full bg-faro-600" style={{ width: `${percent}%` }} />
      </div>
      <span className="text-sm tabular-nums text-slate-700">{percent} %</span>
    </div>
  );
}
