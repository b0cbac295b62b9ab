import type { Metadata } from "next";
import { DashboardSections } from "@/components/dashboard/dashboard-sections";
import { VigenciaPicker } from "@/components/self-assessments/vigencia-picker";
import { requirePagePermission } from "@/lib/authz/page-context";
import { selectableVigencias } from "@/lib/dashboard/dashboard-vigencia";
import { loadDashboardForPage } from "@/lib/dashboard/load-dashboard";

export const metadata: Metadata = { title: "Tablero de control" };

type Props = { params: Promise<{ entityId: string }>; searchParams: Promise<{ vigencia?: string }> };

export default async function DashboardPage({ params, searchParams }: Props) {
  const { entityId } = await params;
  const ctx = await requirePagePermission(entityId, "dashboard.view");
  const dashboard = await loadDashboardForPage(ctx, (await searchParams).vigencia);
  const vigencia = dashboard.vigencia;
  const reports = `/api/e/${entityId}/tablero`;
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold text-faro-900">Tablero de control {vigencia}</h1>
          <p className="text-slate-600">{ctx.entity.name}: lo que el Comité Institucional de Gestión y Desempeño revisa para decidir.</p>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <a href={`${reports}/pdf?vigencia=${vigencia}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-faro-800 hover:bg-faro-50">
            Descargar PDF
          </a>
          <a href={`${reports}/excel?vigencia=${vigencia}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-faro-800 hover:bg-faro-50">
            Descargar Excel
          </a>
          <VigenciaPicker vigencia={vigencia} years={selectableVigencias()} />
        </div>
      </div>
      <DashboardSections dashboard={dashboard} entityId={entityId} />
    </div>
  );
}
