import type { Metadata } from "next";
import Link from "next/link";
import { ItemStatusBadge } from "@/components/action-plans/badges";
import { ProgressBar } from "@/components/self-assessments/progress-bar";
import { requirePagePermission } from "@/lib/authz/page-context";
import { loadMyTasks } from "@/lib/action-plans/load-my-tasks";
import { formatCalendarDate } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Mis tareas" };

type Props = { params: Promise<{ entityId: string }> };

function dueText(daysLeft: number | null): string {
  if (daysLeft === null) return "Sin fecha límite";
  if (daysLeft < 0) return `Venció hace ${-daysLeft} ${daysLeft === -1 ? "día" : "días"}`;
  if (daysLeft === 0) return "Vence hoy";
  return `Vence en ${daysLeft} ${daysLeft === 1 ? "día" : "días"}`;
}

export default async function MyTasksPage({ params }: Props) {
  const { entityId } = await params;
  const ctx = await requirePagePermission(entityId, "plan.view");
  const { open, closed } = await loadMyTasks(ctx);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-faro-900">Mis tareas</h1>
        <p className="text-slate-600">Las acciones de los planes de {ctx.entity.name} que están a su cargo, las más urgentes primero.</p>
      </div>
      {open.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">No tiene acciones abiertas a su cargo.</p>
      ) : (
        <ul className="space-y-3">
          {open.map((task) => (
            <li key={task.id}>
              <Link href={`/e/${entityId}/planes/${task.plan.id}/acciones/${task.id}`} className="block rounded-lg border border-slate-200 bg-white p-4 hover:bg-faro-50">
                <span className="flex flex-wrap items-center justify-between gap-2">
                  <span className="text-xs text-slate-500">{task.plan.name}</span>
                  <ItemStatusBadge status={task.effectiveStatus} />
                </span>
                <span className="mt-1 block font-medium text-slate-900">{task.action}</span>
                <span className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700">
                  <span className={task.effectiveStatus === "VENCIDA" ? "font-semibold text-red-800" : ""}>
                    {dueText(task.daysLeft)} {task.dueDate ? `(${formatCalendarDate(task.dueDate)})` : ""}
                  </span>
                  <ProgressBar ratio={task.progress / 100} label={`Avance de ${task.action}`} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {closed.length > 0 && (
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium text-slate-800">Cumplidas, canceladas o de planes cerrados ({closed.length})</summary>
          <ul className="mt-2 space-y-1 text-sm text-slate-700">
            {closed.map((task) => (
              <li key={task.id} className="flex flex-wrap items-center gap-2">
                <ItemStatusBadge status={task.effectiveStatus} />
                <Link href={`/e/${entityId}/planes/${task.plan.id}/acciones/${task.id}`} className="hover:underline">
                  {task.action}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
