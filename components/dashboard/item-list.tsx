// The short lists under a dashboard figure (the most overdue plan items, the
// oldest open findings): a heading and an ordered list of linked rows.
export function ItemList({ id, heading, children }: { id: string; heading: string; children: React.ReactNode }) {
  return (
    <div className="space-y-2">
      <h3 id={id} className="font-semibold text-faro-900">
        {heading}
      </h3>
      <ol aria-labelledby={id} className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
        {children}
      </ol>
    </div>
  );
}
