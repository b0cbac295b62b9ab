
/** The links under a dashboard section that open the lists behind its figures. */
export function LinkList({ label, links }: { label: string; links: { href: string; text: string }[] }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2 text-sm">
        {links.map((l) => (
          <li key={l.href}>
            <a href={l.href} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-faro-800 hover:bg-faro-50">
              {l.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
