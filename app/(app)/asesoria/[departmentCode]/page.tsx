import type { Metadata } from "next";
import { compactGroups } from "@/components/advisor/compact-group";
import { compactRow } from "@/components/advisor/compact-row";
import { DepartmentScoreTable } from "@/components/advisor/department-score-table";
import { LevelLegend } from "@/components/advisor/level-legend";
import { LowestPolicyGroups } from "@/components/advisor/lowest-policy-groups";
import { VigenciaPicker } from "@/components/self-assessments/vigencia-picker";
import { loadDepartmentTable } from "@/lib/advisor/load-department-table";
import { groupByLowestPolicy } from "@/lib/advisor/lowest-policy";
import { parseSort, sortRows } from "@/lib/advisor/sort-rows";
import { getPageAdvisorContext } from "@/lib/authz/advisor-context";

export const metadata: Metadata = { title: "Asesoría: resultados oficiales del departamento" };

type Props = { params: Promise<{ departmentCode: string }>; searchParams: Promise<{ vigencia?: string; orden?: string; dir?: string }> };

export default async function DepartmentWorkspacePage({ params, searchParams }: Props) {
  const { departmentCode } = await params;
  const query = await searchParams;
  const ctx = await getPageAdvisorContext(departmentCode);
  const table = await loadDepartmentTable(ctx, query.vigencia ? Number(query.vigencia) : undefined);
  const basePath = `/asesoria/${departmentCode}`;
  if (table.vigencia === null) {
    return (
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold text-faro-900">Resultados oficiales de {ctx.departmentName}</h1>
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
          Todavía no hay resultados oficiales de FURAG importados para este departamento. Cuando el operador de la plataforma importe el archivo de Función
          Pública, aquí verá los puntajes de cada entidad.
        </p>
      </div>
    );
  }
  const sort = parseSort(query.orden, query.dir);
  const rows = sortRows(table.rows, sort.key, sort.dir);
  const exportQuery = `vigencia=${table.vigencia}&orden=${sort.key}&dir=${sort.dir}`;
  const onPlatform = rows.filter((r) => r.entityId).length;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-faro-900">Resultados oficiales {table.vigencia}</h1>
          <p className="text-slate-600">
            {rows.length} entidades de {ctx.departmentName} con resultados de Función Pública ({onPlatform} usan Faro). Toque un encabezado para ordenar.
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <VigenciaPicker vigencia={table.vigencia} years={table.vigencias} keep={{ orden: sort.key, dir: sort.dir }} />
          <a href={`/api/asesoria/${departmentCode}/exportar?formato=xlsx&${exportQuery}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-faro-800 hover:bg-faro-50">
            Descargar Excel
          </a>
          <a href={`/api/asesoria/${departmentCode}/exportar?formato=pdf&${exportQuery}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-faro-800 hover:bg-faro-50">
            Descargar PDF
          </a>
        </div>
      </div>
      <LevelLegend />
      <DepartmentScoreTable basePath={basePath} vigencia={table.vigencia} rows={rows.map((r) => compactRow(r, table.policies))} policies={table.policies} sort={sort} />
      <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <summary className="cursor-pointer font-medium text-faro-800">Nombres de las 19 políticas</summary>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {table.policies.map((p) => (
            <li key={p.code}>
              <span className="font-mono text-xs text-slate-500">{p.code.replace("POL", "P")}</span> {p.name}
            </li>
          ))}
        </ul>
      </details>
      <section aria-labelledby="agrupacion" className="space-y-3">
        <h2 id="agrupacion" className="text-lg font-semibold text-faro-800">
          Entidades agrupadas por su política más baja
        </h2>
        <p className="text-sm text-slate-600">
          Cada entidad aparece en el grupo de la política con su menor puntaje oficial de {table.vigencia} (con empate, en cada grupo empatado). Las entidades
          que solo reportan control interno (MECI) no se agrupan.
        </p>
        <LowestPolicyGroups groups={compactGroups(groupByLowestPolicy(table.rows), table.policies)} basePath={basePath} vigencia={table.vigencia} />
      </section>
    </div>
  );
}
