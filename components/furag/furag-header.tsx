// Title, vigencia choice and the workspace tabs, shared by its pages.
import Link from "next/link";

const TABS = [
  { path: "", label: "Preguntas" },
  { path: "/preparacion", label: "Preparación" },
  { path: "/consistencia", label: "Consistencia" },
] as const;

type Props = { entityId: string; vigencia: number; vigencias: number[]; current: (typeof TABS)[number]["path"]; title: string; children?: React.ReactNode };

export function FuragHeader({ entityId, vigencia, vigencias, current, title, children }: Props) {
  const base = `/e/${entityId}/furag`;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-faro-900">{title}</h1>
          {children}
        </div>
        {vigencias.length > 1 && (
          <nav aria-label="Vigencia" className="flex flex-wrap gap-1 text-sm">
            {vigencias.map((year) => (
              <Link
                key={year}
                href={`${base}${current}?vigencia=${year}`}
                aria-current={year === vigencia ? "page" : undefined}
                className={`rounded-md px-2.5 py-1 ${year === vigencia ? "bg-faro-700 text-white" : "border border-slate-300 bg-white text-faro-800 hover:bg-faro-50"}`}
              >
                {year}
              </Link>
            ))}
          </nav>
        )}
      </div>
      <nav aria-label="Secciones de FURAG" className="flex gap-1 overflow-x-auto border-b border-slate-200 text-sm">
        {TABS.map((tab) => (
          <Link
            key={tab.path}
            href={`${base}${tab.path}?vigencia=${vigencia}`}
            aria-current={tab.path === current ? "page" : undefined}
            className={`whitespace-nowrap border-b-2 px-3 py-2 ${tab.path === current ? "border-faro-700 font-semibold text-faro-900" : "border-transparent text-slate-600 hover:text-faro-800"}`}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
