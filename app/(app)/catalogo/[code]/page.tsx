import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSessionUserId } from "@/lib/auth/session";
import { formatPublishedOn } from "@/lib/catalog/format-published-on";
import { loadCatalogVersion } from "@/lib/catalog/load-catalog-version";
import { DimensionSection } from "../_components/dimension-section";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Catálogo MIPG, versión ${(await params).code}` };
}

export default async function CatalogVersionPage({ params }: Props) {
  const userId = await requireSessionUserId();
  const version = await loadCatalogVersion(userId, (await params).code);
  if (!version) notFound();
  return (
    <div className="space-y-6">
      <nav aria-label="Ruta" className="text-sm text-slate-600">
        <Link href="/catalogo" className="text-faro-700 hover:underline">
          Catálogo MIPG
        </Link>{" "}
        / Versión {version.code}
      </nav>
      <div>
        <p className="text-sm text-slate-600">
          Versión <span className="font-mono font-semibold">{version.code}</span> · Publicada: {formatPublishedOn(version.publishedOn)}
        </p>
        <h1 className="text-2xl font-semibold text-faro-900">{version.name}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">Fuente: {version.source}</p>
      </div>
      <div className="space-y-4">
        {version.dimensions.map((dimension) => (
          <DimensionSection key={dimension.number} dimension={dimension} />
        ))}
      </div>
    </div>
  );
}
