import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { ProfileNameForm } from "@/components/auth/profile-name-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import { formatDateTime } from "@/lib/format/dates";
import { loadProfile } from "@/lib/profile/load-profile";

export const metadata: Metadata = { title: "Mi perfil" };

// Any signed-in person: their own data only (the session's id, nothing from the URL).
export default async function ProfilePage() {
  const { id } = await getCurrentUser();
  const profile = (await loadProfile(id))!; // getCurrentUser already refused a missing or inactive person
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-faro-900">Mi perfil</h1>
        <p className="text-slate-600">{profile.email}</p>
        <p className="text-sm text-slate-500">Último ingreso: {formatDateTime(profile.lastLoginAt)}</p>
      </div>

      <section aria-labelledby="perfil-entidades" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="perfil-entidades" className="text-lg font-semibold text-faro-900">Entidades y roles</h2>
        {profile.memberships.length === 0 && !profile.isSuperadmin && profile.advisorTerritories.length === 0 ? (
          <p className="mt-2 text-slate-700">Todavía no pertenece a ninguna entidad.</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100">
            {profile.memberships.map(({ entity, role }) => (
              <li key={entity.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/e/${entity.id}`} className="font-medium text-faro-800 underline-offset-2 hover:underline">
                  {entity.name}
                </Link>
                <span className="rounded bg-faro-50 px-2 py-0.5 text-sm text-faro-800">{ROLE_LABELS[role]}</span>
              </li>
            ))}
            {profile.advisorTerritories.map(({ departmentCode }) => (
              <li key={departmentCode} className="py-2 text-slate-700">
                Asesor departamental (departamento {departmentCode})
              </li>
            ))}
            {profile.isSuperadmin && <li className="py-2 text-slate-700">Operador de la plataforma</li>}
          </ul>
        )}
        <p className="mt-3 text-sm text-slate-500">Los roles los asigna el administrador de cada entidad.</p>
      </section>

      <section aria-labelledby="perfil-nombre" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="perfil-nombre" className="mb-3 text-lg font-semibold text-faro-900">Nombre</h2>
        <ProfileNameForm name={profile.name} />
      </section>

      <section aria-labelledby="perfil-contrasena" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="perfil-contrasena" className="mb-3 text-lg font-semibold text-faro-900">Contraseña</h2>
        {profile.hasPassword ? (
          <ChangePasswordForm email={profile.email} />
        ) : (
          <p className="text-slate-700">
            Su cuenta no tiene contraseña (ingresa con la cuenta institucional). Si necesita una, use «¿Olvidó su contraseña?» en la página de inicio de sesión.
          </p>
        )}
      </section>
    </div>
  );
}
