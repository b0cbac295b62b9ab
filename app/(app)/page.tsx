import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/auth/role-labels";

export const metadata: Metadata = { title: "Inicio" };

export default async function HomePage() {
  const user = await getCurrentUser();
  const onlyOne = user.memberships.length === 1 && !user.isSuperadmin && user.advisorTerritories.length === 0;
  if (onlyOne) redirect(`/e/${user.memberships[0]!.entity.id}`);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-faro-900">Hola, {user.name}</h1>
        <p className="text-slate-600">Elija la entidad con la que va a trabajar.</p>
      </div>
      {user.memberships.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
          Todavía no pertenece a ninguna entidad.
          {user.isSuperadmin && " Como operador de la plataforma puede crear entidades y su primer administrador en «Plataforma»."}
          {user.advisorTerritories.length > 0 && " Como asesor departamental verá las entidades de su territorio."}
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {user.memberships.map(({ entity, role }) => (
            <li key={entity.id}>
              <Link
                href={`/e/${entity.id}`}
                className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-faro-600 hover:shadow"
              >
                <span className="block font-semibold text-faro-900">{entity.name}</span>
                <span className="block text-sm text-slate-600">
                  {entity.municipalityName ? `${entity.municipalityName}, ` : ""}
                  {entity.departmentName}
                </span>
                <span className="mt-2 inline-block rounded bg-faro-50 px-2 py-0.5 text-sm text-faro-800">{ROLE_LABELS[role]}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
