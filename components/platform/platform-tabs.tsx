import Link from "next/link";

const TABS = [
  { href: "/plataforma", label: "Entidades" },
  { href: "/plataforma/asesores", label: "Asesores" },
  { href: "/plataforma/catalogo", label: "Catálogo" },
  { href: "/plataforma/resultados", label: "Resultados FURAG" },
  { href: "/plataforma/furag", label: "FURAG" },
] as const;

/** The sections of the platform operator's area. */
export function PlatformTabs({ current }: { current: (typeof TABS)[number]["href"] }) {
  return (
    <nav aria-label="Secciones de la plataforma" className="overflow-x-auto border-b border-slate-200">
      <ul className="flex gap-1 text-sm">
        {TABS.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.href === current ? "page" : undefined}
              className={`block whitespace-nowrap border-b-2 px-3 py-2 ${
                tab.href === current ? "border-faro-700 font-semibold text-faro-900" : "border-transparent text-slate-600 hover:text-faro-800"
              }`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
