type Recommendation = { id: string; policyCode: string | null; policyName: string; text: string; relatedPolicyName: string | null };

/** Función Pública's recommendations to the entity, grouped by policy. */
export function RecommendationList({ vigencia, recommendations }: { vigencia: number; recommendations: Recommendation[] }) {
  const groups = new Map<string, Recommendation[]>();
  for (const r of recommendations) {
    const key = r.policyCode ? `${r.policyCode} ${r.policyName}` : r.policyName;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return (
    <section aria-labelledby="recomendaciones" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="recomendaciones" className="text-lg font-semibold text-faro-900">
        Recomendaciones oficiales {vigencia}
      </h2>
      {groups.size === 0 ? (
        <p className="text-slate-600">No se han cargado recomendaciones de Función Pública para esta vigencia.</p>
      ) : (
        [...groups].map(([policy, items]) => (
          <div key={policy}>
            <h3 className="font-medium text-slate-900">{policy}</h3>
            <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700">
              {items.map((item) => (
                <li key={item.id}>
                  {item.text}
                  {item.relatedPolicyName && <span className="text-slate-500"> (política relacionada: {item.relatedPolicyName})</span>}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
