"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The three parts of the advisor's workspace for one department. */
export function AdvisorTabs({ basePath }: { basePath: string }) {
  const pathname = usePathname();
  const tabs = [
    { href: basePath, label: "Resultados oficiales", current: pathname === basePath || pathname.startsWith(`${basePath}/entidades`) },
    { href: `${basePath}/solicitudes`, label: "Solicitudes", current: pathname.startsWith(`${basePath}/solicitudes`) },
    { href: `${basePath}/capacitaciones`, label: "Capacitaciones", current: pathname.startsWith(`${basePath}/capacitaciones`) },
  ];
  return (
    <nav aria-label="Secciones de la asesoría" className="overflow-x-auto border-b border-slate-200">
      <ul className="flex gap-1 text-sm">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.current ? "page" : undefined}
              className={`block whitespace-nowrap border-b-2 px-3 py-2 ${tab.current ? "border-faro-700 font-semibold text-faro-900" : "border-transparent text-slate-600 hover:text-faro-800"}`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
