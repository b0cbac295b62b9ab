"use client";

import { usePathname, useRouter } from "next/navigation";
import { entityIdFromPath } from "./nav-items";
import type { NavMembership } from "./main-nav";

/** For people in several entities: moves to the same kind of page in another one. */
export function EntitySwitcher({ memberships }: { memberships: NavMembership[] }) {
  const pathname = usePathname();
  const router = useRouter();
  const current = entityIdFromPath(pathname);
  if (memberships.length === 0) return null;
  if (memberships.length === 1) {
    return <span className="truncate text-sm text-faro-100">{memberships[0]!.entityName}</span>;
  }
  return (
    <label className="flex items-center gap-2 text-sm text-faro-100">
      <span className="sr-only sm:not-sr-only">Entidad</span>
      <select
        value={current ?? ""}
        onChange={(event) => router.push(event.target.value ? `/e/${event.target.value}` : "/")}
        className="max-w-[16rem] rounded-md border border-white/30 bg-faro-900 px-2 py-1.5 text-white"
        aria-label="Cambiar de entidad"
      >
        {!current && <option value="">Elija una entidad…</option>}
        {memberships.map((m) => (
          <option key={m.entityId} value={m.entityId}>
            {m.entityName}
          </option>
        ))}
      </select>
    </label>
  );
}
