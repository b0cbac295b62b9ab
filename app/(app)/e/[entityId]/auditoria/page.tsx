import type { Metadata } from "next";
import Link from "next/link";
import { AuditEntryList } from "@/components/audit/audit-entry-list";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { parseAuditFilters } from "@/lib/audit/audit-filters";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { requirePagePermission } from "@/lib/authz/page-context";

export const metadata: Metadata = { title: "Auditoría" };

type Props = { params: Promise<{ entityId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ params, searchParams }: Props) {
  const ctx = await requirePagePermission((await params).entityId, "audit.view");
  const filters = parseAuditFilters(await searchParams);
  const { entries, nextCursor, people } = await listAuditEntries(ctx, filters);
  const nextQuery = nextCursor
    ? new URLSearchParams(Object.entries({ ...filters, antes: nextCursor }).filter((e): e is [string, string] => typeof e[1] === "string"))
    : null;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold text-faro-900">Auditoría</h1>
        <p className="text-slate-600">
          Cada cambio en los datos de {ctx.entity.name}: quién, cuándo y qué valores tenía antes y después. Este registro no se puede editar ni borrar.
        </p>
      </div>
      <AuditFilterForm filters={filters} people={people} />
      <AuditEntryList entries={entries} />
      {nextQuery && (
        <Link href={`?${nextQuery.toString()}`} className="inline-block rounded-md border border-slate-300 bg-white px-4 py-2 text-faro-700 hover:bg-faro-50">
          Ver registros anteriores
        </Link>
      )}
    </div>
  );
}
