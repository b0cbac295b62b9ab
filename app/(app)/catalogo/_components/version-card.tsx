import Link from "next/link";
import { formatPublishedOn } from "@/lib/catalog/format-published-on";
import type { CatalogUsage } from "@/lib/catalog/load-catalog-usage";
import type { CatalogVersionSummary } from "@/lib/catalog/load-catalog-versions";

function usageText(usage: CatalogUsage, versionId: string): string {
  if (usage.kind === "all-entities") {
    const count = usage.entityCountByVersion.get(versionId) ?? 0;
    if (count === 0) return "Ninguna entidad la usa todavía: se puede reemplazar.";
    return `La ${count === 1 ? "usa 1 entidad" : `usan ${count} entidades`}: no se puede modificar.`;
  }
  const own = usage.byVersion.get(versionId) ?? [];
  if (own.length === 0) return "Ninguna de sus entidades la usa.";
  return own.map((e) => `${e.entityName} (${e.vigencias.length === 1 ? "vigencia" : "vigencias"} ${e.vigencias.join(", ")})`).join("; ");
}

export function VersionCard({ version, usage }: { version: CatalogVersionSummary; usage: CatalogUsage }) {
  const facts: [string, string][] = [
    ["Publicada", formatPublishedOn(version.publishedOn)],
    ["Contenido", `${version.dimensionCount} dimensiones · ${version.policyCount} políticas`],
    [usage.kind === "all-entities" ? "Entidades que la usan" : "Sus entidades", usageText(usage, version.id)],
  ];
  return (
    <article className="h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex items-start gap-3">
        <span className="rounded bg-faro-50 px-2 py-1 font-mono text-sm font-semibold text-faro-800" title="Código de la versión">
          {version.code}
        </span>
        <h2 className="text-lg font-semibold text-faro-900">
          <Link href={`/catalogo/${encodeURIComponent(version.code)}`} className="hover:underline">
            {version.name}
          </Link>
        </h2>
      </div>
      <dl className="mt-3 space-y-2 text-sm">
        {facts.map(([label, value]) => (
          <div key={label} className="sm:flex sm:gap-2">
            <dt className="shrink-0 text-slate-500 sm:w-40">{label}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
        <div className="sm:flex sm:gap-2">
          <dt className="shrink-0 text-slate-500 sm:w-40">Fuente</dt>
          <dd className="text-slate-700">{version.source}</dd>
        </div>
      </dl>
      <Link
        href={`/catalogo/${encodeURIComponent(version.code)}`}
        className="mt-4 inline-block font-semibold text-faro-700 hover:underline"
        aria-label={`Ver las dimensiones y políticas de la versión ${version.code}`}
      >
        Ver dimensiones y políticas →
      </Link>
    </article>
  );
}
