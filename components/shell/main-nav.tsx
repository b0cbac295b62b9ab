"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { NAV_ITEMS } from "./nav-items";

export function MainNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Navegación principal" className="overflow-x-auto">
      <ul className="flex gap-1 text-sm">
        {NAV_ITEMS.map((item) => {
          const current = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block whitespace-nowrap rounded-md px-3 py-2 ${
                  current ? "bg-white/15 font-semibold text-white" : "text-faro-100 hover:bg-white/10 hover:text-white"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
