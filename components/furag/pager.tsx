import Link from "next/link";

/** Previous / next page links; pages are 1-based. */
export function Pager({ page, pages, hrefOf }: { page: number; pages: number; hrefOf: (page: number) => string }) {
  if (pages <= 1) return null;
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-faro-800 hover:bg-faro-50";
  return (
    <nav aria-label="Páginas" className="flex items-center justify-between gap-2">
      {page > 1 ? <Link href={hrefOf(page - 1)} className={link}>← Anteriores</Link> : <span />}
      <span className="text-sm text-slate-600">
        Página {page} de {pages}
      </span>
      {page < pages ? <Link href={hrefOf(page + 1)} className={link}>Siguientes →</Link> : <span />}
    </nav>
  );
}
