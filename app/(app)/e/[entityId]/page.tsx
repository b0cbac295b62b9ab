import type { Metadata } from "next";
import Link from "next/link";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import { getPageEntityContext } from "@/lib/authz/page-context";
import { loadEntitySummary } from "@/lib/entities/load-entity-summary";
import { ENTITY_TYPE_LABELS, MUNICIPAL_CATEGORY_LABELS } from "@/lib/entities/labels";

export const metadata: Metadata = { title: "Resumen de la entidad" };

export default async function EntityHomePage({ params }: { params: Promise<{ entityId: string }> }) {
  const ctx = await getPageEntityContext((await params).entityId);
  const entity = await loadEntitySummary(ctx);
  const facts: [string, string][] = [
    ["Naturaleza jurídica", ENTITY_TYPE_LABELS[entity.type]],
    ["NIT", entity.nit],
    ["Código SIGEP", entity.sigepCode],
    ["Departamento", `${entity.departmentName} (${entity.departmentCode})`],
    ["Municipio", entity.municipalityName ? `${entity.municipalityName} (${entity.municipalityCode})` : "—"],
    ["Categoría", entity.municipalCategory ? MUNICIPAL_CATEGORY_LABELS[entity.municipalCategory] : "—"],
    ["Grupo par", entity.peerGroup ?? "—"],
    ["Miembros", String(entity.memberCount)],
  ];
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-600">Su rol: {ROLE_LABELS[ctx.role]}</p>
        <h1 className="text-2xl font-semibold text-faro-900">{entity.name}</h1>
      </div>
      <Link
        href={`/e/${entity.id}/tablero`}
        className="block rounded-lg border border-faro-600 bg-faro-50 p-4 font-medium text-faro-900 hover:bg-faro-100"
      >
        Tablero de control: puntajes, niveles y avance de cada política, con informes en PDF y Excel →
      </Link>
      <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-slate-500">{label}</dt>
            <dd className="font-medium text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {ctx.role === "RESPONSABLE" && (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
          {ctx.assignedPolicyCodes.length
            ? `Políticas a su cargo: ${ctx.assignedPolicyCodes.join(", ")}.`
            : "Todavía no tiene políticas asignadas: pídale al administrador de la entidad que se las asigne."}
        </p>
      )}
    </div>
  );
}
