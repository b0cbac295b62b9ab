import type { CatalogVersionDetail } from "@/lib/catalog/load-catalog-version";

type Dimension = CatalogVersionDetail["dimensions"][number];
type Policy = Dimension["policies"][number];

/** Consecutive policies with the same sub-group ("Ventanilla hacia adentro") under one heading. */
function groupPolicies(policies: Policy[]): { groupName: string | null; policies: Policy[] }[] {
  const groups: { groupName: string | null; policies: Policy[] }[] = [];
  for (const policy of policies) {
    const last = groups.at(-1);
    if (last && last.groupName === policy.groupName) last.policies.push(policy);
    else groups.push({ groupName: policy.groupName, policies: [policy] });
  }
  return groups;
}

export function DimensionSection({ dimension }: { dimension: Dimension }) {
  const headingId = `dimension-${dimension.number}`;
  const count = dimension.policies.length;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className="text-lg font-semibold text-faro-900">
          Dimensión {dimension.number}: {dimension.name}
        </h2>
        <span className="text-sm text-slate-600">{count === 1 ? "1 política" : `${count} políticas`}</span>
      </div>
      {dimension.description && <p className="mt-1 text-sm text-slate-600">{dimension.description}</p>}
      {groupPolicies(dimension.policies).map(({ groupName, policies }) => (
        <div key={`${groupName}-${policies[0]!.code}`} className="mt-3">
          {groupName && <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-500">{groupName}</h3>}
          <ol className="mt-1 divide-y divide-slate-100">
            {policies.map((policy) => (
              <li key={policy.code} className="flex gap-3 py-2">
                <span className="h-fit shrink-0 rounded bg-faro-50 px-1.5 py-0.5 font-mono text-sm font-semibold text-faro-800">{policy.code}</span>
                <div>
                  <p className="font-medium text-slate-900">{policy.name}</p>
                  <p className="text-sm text-slate-600">
                    {policy.leaders.length === 1 ? "Líder" : "Líderes"}: {policy.leaders.join("; ")}
                  </p>
                </div>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
