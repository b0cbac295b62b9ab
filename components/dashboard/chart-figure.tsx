
/**
 * A chart with everything that makes it usable without seeing it: a title, a
 * one-sentence summary, the same data as a table (behind a toggle), and a
 * link to the page the figures come from.
 */
export function ChartFigure({
  id,
  title,
  summary,
  chart,
  table,
  link,
}: {
  id: string;
  title: string;
  summary: string;
  chart: React.ReactNode;
  table: React.ReactNode;
  link: { href: string; label: string };
}) {
  return (
    <figure aria-labelledby={`${id}-title`} className="min-w-0 space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="space-y-1">
        <h3 id={`${id}-title`} className="font-semibold text-faro-900">
          {title}
        </h3>
        <p className="text-sm text-slate-700">{summary}</p>
      </figcaption>
      <div aria-hidden="true">{chart}</div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-faro-700">Ver los datos en una tabla</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
      <a href={link.href} className="inline-block text-sm font-medium text-faro-700 underline underline-offset-2 hover:text-faro-900">
        {link.label} →
      </a>
    </figure>
  );
}
