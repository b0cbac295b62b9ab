// The three readiness numbers of a group (module, policy, overall), each
// written out for people who cannot see the bar.
import { readinessPercents, type ReadinessCounts } from "@/lib/furag/workspace/readiness";

function Bar({ label, percent, detail }: { label: string; percent: number | null; detail: string }) {
  return (
    <div className="min-w-0">
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span className="text-slate-700">{label}</span>
        <span className="font-semibold tabular-nums text-slate-900">{percent === null ? "—" : `${percent.toLocaleString("es-CO")} %`}</span>
      </div>
      <div className="mt-1 h-2 overflow-hidden rounded bg-slate-200" role="progressbar" aria-label={label} aria-valuenow={percent ?? 0} aria-valuemin={0} aria-valuemax={100}>
        <div className="h-full bg-faro-600" style={{ width: `${percent ?? 0}%` }} />
      </div>
      <p className="mt-0.5 text-xs text-slate-500">{detail}</p>
    </div>
  );
}

export function ReadinessBars({ counts }: { counts: ReadinessCounts }) {
  const p = readinessPercents(counts);
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <Bar label="Respondidas" percent={p.answered} detail={`${counts.answered} de ${counts.total} preguntas`} />
      <Bar
        label="Con evidencia"
        percent={p.evidence}
        detail={counts.evidenceRequired === 0 ? "Ninguna respuesta requiere evidencia aún" : `${counts.evidenceSupported} de ${counts.evidenceRequired} soportes requeridos`}
      />
      <Bar label="Revisadas por control interno" percent={p.reviewed} detail={`${counts.reviewed} de ${counts.total} preguntas`} />
    </div>
  );
}
