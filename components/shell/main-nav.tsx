"use client";

// The main navigation: grouped menus in one row from 1024 px, a single "Menú"
// panel below. Both are in the page; CSS shows one, and links inside a closed
// menu are neither visible nor prefetched.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId } from "react";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { CURRENT_ON_DARK, NavGroupMenu, ON_DARK_FOCUS } from "./nav-group-menu";
import { currentNavHref, entityIdFromPath, navEntriesFor } from "./nav-items";
import { NavPhoneMenu } from "./nav-phone-menu";
import { useNavMenus } from "./use-nav-menus";

export type NavMembership = { entityId: string; entityName: string; role: MemberRole };

type Props = { memberships: NavMembership[]; isSuperadmin: boolean; isAdvisor?: boolean };

export function MainNav({ memberships, isSuperadmin, isAdvisor = false }: Props) {
  const pathname = usePathname();
  const entityId = entityIdFromPath(pathname);
  const role = memberships.find((m) => m.entityId === entityId)?.role ?? null;
  const entries = navEntriesFor({ entityId: role ? entityId : null, role, isSuperadmin, isAdvisor });
  const current = currentNavHref(entries, pathname);
  const { navRef, openMenu, onToggle, onClick } = useNavMenus(pathname);
  const idPrefix = useId();
  const expanded = (menu: string) => (openMenu === undefined ? undefined : openMenu === menu);
  return (
    <nav ref={navRef} aria-label="Navegación principal" onClick={onClick}>
      <ul className="hidden flex-wrap gap-1 text-sm lg:flex">
        {entries.map((entry) =>
          entry.kind === "link" ? (
            <li key={entry.href}>
              <Link
                href={entry.href}
                aria-current={entry.href === current ? "page" : undefined}
                className={`block whitespace-nowrap rounded-md px-3 py-2 ${ON_DARK_FOCUS} ${
                  entry.href === current ? CURRENT_ON_DARK : "text-faro-100 hover:bg-white/10 hover:text-white"
                }`}
              >
                {entry.label}
              </Link>
            </li>
          ) : (
            <li key={entry.id}>
              <NavGroupMenu group={entry} current={current} expanded={expanded(entry.id)} onToggle={onToggle} listId={`${idPrefix}-${entry.id}`} />
            </li>
          ),
        )}
      </ul>
      <NavPhoneMenu entries={entries} current={current} expanded={expanded("menu")} onToggle={onToggle} panelId={`${idPrefix}-menu`} />
    </nav>
  );
}
