"use client";

// The heat map of official scores: entities × IDI and 19 policies. Headers
// are links that sort on the server (works without JavaScript, keeps the
// order in the URL for the exports). On a phone the table scrolls sideways
// inside its box while the entity column stays in place. Rendered in the
// browser from the rows sent once as data: server-rendering 2,600 cells for
// 125 entities tripled the page's response time under load (see README);
// without JavaScript the Excel and PDF downloads carry the same table.
import Link from "next/link";
import { useSyncExternalStore } from "react";
import type { PolicyName } from "@/lib/advisor/department-table-types";
import type { SortDirection, SortKey } from "@/lib/advisor/sort-rows";
import { ScoreCell } from "./score-cell";

/**
 * What the browser needs of a row, small on the wire: scores as an array in
 * the order of `policies`, the lowest policy already as text.
 */
export type CompactRow = { sigepCode: string; entityName: string; note: string; idi: number | null; scores: (number | null)[]; lowest: string };

type Props = {
  basePath: string;
  vigencia: number;
  rows: CompactRow[];
  policies: PolicyName[];
  sort: { key: SortKey; dir: SortDirection };
};

function SortHeader({ label, title, sortKey, props, className = "" }: { label: string; title: string; sortKey: SortKey; props: Props; className?: string }) {
  const active = props.sort.key === sortKey;
  const next: SortDirection = active && props.sort.dir === "asc" ? "desc" : "asc";
  const arrow = active ? (props.sort.dir === "asc" ? " ▲" : " ▼") : "";
  return (
    <th scope="col" aria-sort={active ? (props.sort.dir === "asc" ? "ascending" : "descending") : undefined} className={`border-b border-slate-300 px-1 py-2 align-bottom ${className}`}>
      <Link
        href={`${props.basePath}?vigencia=${props.vigencia}&orden=${sortKey}&dir=${next}`}
        title={`Ordenar por ${title}`}
        className="block whitespace-nowrap text-faro-800 underline-offset-2 hover:underline"
        scroll={false}
      >
        {label}
        {arrow}
      </Link>
    </th>
  );
}

const noSubscription = () => () => {};

export function DepartmentScoreTable(props: Props) {
  const { rows, policies, basePath } = props;
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  if (!inBrowser) {
    return (
      <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600" role="status">
        Cargando la tabla de {rows.length} entidades…
        <noscript> Sin JavaScript, descargue la tabla en Excel o PDF.</noscript>
      </div>
    );
  }
  return (
    <div className="max-h-[70vh] overflow-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} aria-label="Tabla de puntajes oficiales; desplácese para ver todas las políticas">
      <table className="heat-map min-w-full border-separate border-spacing-0 text-xs">
        <caption className="sr-only">Puntajes oficiales por entidad y política</caption>
        <thead className="sticky top-0 z-20 bg-slate-50">
          <tr>
            <SortHeader label="Entidad" title="nombre de la entidad" sortKey="entidad" props={props} className="sticky left-0 z-30 min-w-[9rem] bg-slate-50 text-left sm:min-w-[14rem]" />
            <SortHeader label="IDI" title="Índice de Desempeño Institucional" sortKey="idi" props={props} />
            {policies.map((p) => (
              <SortHeader key={p.code} label={p.code.replace("POL", "P")} title={`${p.code} ${p.name}`} sortKey={p.code as SortKey} props={props} />
            ))}
            <SortHeader label="Más baja" title="el puntaje más bajo" sortKey="menor" props={props} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.sigepCode}>
              <th scope="row" className="sticky left-0 z-10 border-b border-slate-100 bg-white px-2 py-1 text-left font-normal">
                <Link href={`${basePath}/entidades/${encodeURIComponent(row.sigepCode)}`} prefetch={false} className="font-medium text-faro-800 hover:underline">
                  {row.entityName}
                </Link>
                <span className="block text-[0.7rem] text-slate-500">{row.note}</span>
              </th>
              <ScoreCell score={row.idi} />
              {policies.map((p, i) => (
                <ScoreCell key={p.code} score={row.scores[i] ?? null} />
              ))}
              <td className="border-b border-slate-100 px-2 py-1 whitespace-nowrap">
                {row.lowest}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
