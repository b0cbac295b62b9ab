import type { Metadata } from "next";
import Link from "next/link";
import { TrainingOfferForm } from "@/components/advisor/training-offer-form";
import { loadDepartmentTable } from "@/lib/advisor/load-department-table";
import { groupByLowestPolicy } from "@/lib/advisor/lowest-policy";
import { getPageAdvisorContext } from "@/lib/authz/advisor-context";

export const metadata: Metadata = { title: "Asesoría: nueva capacitación" };

type Props = { params: Promise<{ departmentCode: string }>; searchParams: Promise<{ politica?: string; vigencia?: string }> };

export default async function NewTrainingOfferPage({ params, searchParams }: Props) {
  const { departmentCode } = await params;
  const query = await searchParams;
  const ctx = await getPageAdvisorContext(departmentCode);
  const table = await loadDepartmentTable(ctx, query.vigencia ? Number(query.vigencia) : undefined);
  const back = (
    <Link href={`/asesoria/${departmentCode}/capacitaciones`} className="text-sm text-faro-800 hover:underline">
      ← Capacitaciones
    </Link>
  );
  if (table.vigencia === null) {
    return (
      <div className="space-y-2">
        {back}
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">Sin resultados oficiales del departamento no se pueden agrupar entidades.</p>
      </div>
    );
  }
  const groups = Object.fromEntries(groupByLowestPolicy(table.rows).map((g) => [g.policyCode, g.entities.map((e) => e.sigepCode)]));
  const initialPolicy = query.politica && query.politica in groups ? query.politica : (Object.keys(groups)[0] ?? "POL01");
  return (
    <div className="space-y-4">
      <div>
        {back}
        <h1 className="text-2xl font-semibold text-faro-900">Nueva capacitación</h1>
        <p className="text-slate-600">Grupos según los resultados oficiales de {table.vigencia} (Tablas 4 y 6 de la guía de asesoría).</p>
      </div>
      <TrainingOfferForm
        departmentCode={departmentCode}
        vigencia={table.vigencia}
        policies={table.policies}
        initialPolicy={initialPolicy}
        groups={groups}
        entities={table.rows.map((r) => ({ sigepCode: r.sigepCode, name: r.entityName }))}
      />
    </div>
  );
}
