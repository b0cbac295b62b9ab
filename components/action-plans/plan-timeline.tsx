// Gantt-like timeline in pure CSS: one row per item, its bar from start to due
// date, a line for today. On a phone the label sits above the bar and the
// bars use the full width, so nothing needs sideways scrolling.
import Link from "next/link";
import type { PlanItemView } from "@/lib/action-plans/load-plan";
import { timelineScale } from "@/lib/action-plans/timeline";
import { formatCalendarDate, formatDate } from "@/lib/format/dates";
import { ItemStatusBadge } from "./badges";

const BAR_COLORS: Record<PlanItemView["effectiveStatus"], string> = {
  PENDIENTE: "bg-slate-400",
  EN_CURSO: "bg-sky-600",
  CUMPLIDA: "bg-emerald-600",
  VENCIDA: "bg-red-700",
  CANCELADA: "bg-slate-300",
};

export function PlanTimeline({ entityId, planId, items, today }: { entityId: string; planId: string; items: PlanItemView[]; today: string }) {
  const scale = timelineScale(items, today);
  const dated = items.filter((i) => scale.bars.has(i.id));
  return (
    <div className="space-y-4">
      <div className="rounded-lg border border-slate-200 bg-white p-3">
        <div className="relative ml-0 h-6 text-xs text-slate-500 sm:ml-[16rem]" aria-hidden="true">
          {scale.months.map((m) => (
            <span key={m.label} className="absolute top-0 -translate-x-1/2 whitespace-nowrap" style={{ left: `${m.left}%` }}>
              {m.label}
            </span>
          ))}
        </div>
        <ol className="space-y-3">
          {dated.map((item) => {
            const bar = scale.bars.get(item.id)!;
            return (
              <li key={item.id} className="grid gap-1 sm:grid-cols-[15rem_1fr] sm:items-center sm:gap-4">
                <Link href={`/e/${entityId}/planes/${planId}/acciones/${item.id}`} className="min-w-0 text-sm text-slate-900 hover:underline">
                  <span className="line-clamp-2">{item.action}</span>
                  <span className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                    <ItemStatusBadge status={item.effectiveStatus} />
                    {item.startDate ? `${formatCalendarDate(item.startDate)} – ` : "hasta "}
                    {formatCalendarDate(item.dueDate)}
                  </span>
                </Link>
                <div className="relative h-5 rounded bg-slate-100">
                  {scale.months.map((m) => (
                    <span key={m.label} className="absolute inset-y-0 w-px bg-slate-200" style={{ left: `${m.left}%` }} aria-hidden="true" />
                  ))}
                  <span className="absolute inset-y-[-2px] w-0.5 bg-amber-500" style={{ left: `${scale.today}%` }} aria-hidden="true" />
                  <span
                    className={`absolute inset-y-0.5 rounded ${BAR_COLORS[item.effectiveStatus]}`}
                    style={{ left: `${bar.left}%`, width: `${bar.width}%` }}
                    title={`${item.action}: ${item.progress} %`}
                  />
                </div>
              </li>
            );
          })}
        </ol>
        <p className="mt-3 text-xs text-slate-600">
          <span className="mr-1 inline-block h-3 w-0.5 bg-amber-500 align-middle" aria-hidden="true" /> Hoy ({formatDate(new Date(`${today}T12:00:00Z`))}). Colores: gris
          pendiente, azul en curso, verde cumplida, rojo vencida.
        </p>
      </div>
      {scale.undated.length > 0 && (
        <section className="rounded-lg border border-slate-200 bg-white p-3">
          <h2 className="text-sm font-semibold text-slate-900">Sin fecha límite ({scale.undated.length})</h2>
          <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
            {items
              .filter((i) => !scale.bars.has(i.id))
              .map((i) => (
                <li key={i.id}>
                  <Link href={`/e/${entityId}/planes/${planId}/acciones/${i.id}`} className="hover:underline">
                    {i.action}
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      )}
    </div>
  );
}
