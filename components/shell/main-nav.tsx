"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { entityIdFromPath, navItemsFor } from "./nav-items";

export type NavMembership = { entityId: string; entityName: string; role: MemberRole };

export function MainNav({ memberships, isSuperadmin, isAdvisor = false }: { memberships: NavMembership[]; isSuperadmin: boolean; isAdvisor?: boolean }) {
  const pathname = usePathname();
  const entityId = entityIdFromPath(pathname);
  const role = memberships.find((m) => m.entityId === entityId)?.role ?? null;
  const items = navItemsFor({ entityId: role ? entityId : null, role, isSuperadmin, isAdvisor });
  // The most specific matching item is the current page.
  const current = items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label="Navegación principal" className="overflow-x-auto">
      <ul className="flex gap-1 text-sm">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.href === current ? "page" : undefined}
              className={`block whitespace-nowrap rounded-md px-3 py-2 ${
                item.href === current ? "bg-white/15 font-semibold text-white" : "text-faro-100 hover:bg-white/10 hover:text-white"
              }`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
