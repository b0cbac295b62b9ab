// A group of the main navigation on a wide screen: a <details> menu whose
// button is highlighted when the current page is one of its links.
import Link from "next/link";
import type { SyntheticEvent } from "react";
import type { NavGroup } from "./nav-items";

/** Menu buttons and links on the dark header: a light focus ring, since the default blue hardly shows there. */
export const ON_DARK_FOCUS = "focus-visible:outline-amber-300";
/** The current page (or its menu) in the header row: shaded and underlined, not bold, so the row keeps its width from page to page. */
export const CURRENT_ON_DARK = "bg-white/15 text-white shadow-[inset_0_-3px_0_var(--color-amber-300)]";

type Props = {
  group: NavGroup;
  current: string | null;
  /** undefined before hydration: the <details> element states it natively. */
  expanded: boolean | undefined;
  onToggle: (event: SyntheticEvent<HTMLDetailsElement>) => void;
  listId: string;
};

export function NavGroupMenu({ group, current, expanded, onToggle, listId }: Props) {
  const holdsCurrent = group.items.some((item) => item.href === current);
  return (
    <details data-menu={group.id} onToggle={onToggle} className="group relative">
      <summary
        aria-expanded={expanded}
        aria-controls={listId}
        data-current={holdsCurrent || undefined}
        className={`flex cursor-pointer list-none items-center gap-1 whitespace-nowrap rounded-md px-3 py-2 [&::-webkit-details-marker]:hidden ${ON_DARK_FOCUS} ${
          holdsCurrent ? CURRENT_ON_DARK : "text-faro-100 hover:bg-white/10 hover:text-white"
        } group-open:bg-white/20 group-open:text-white`}
      >
        {group.label}
        <Chevron />
      </summary>
      <ul id={listId} className="absolute left-0 top-full z-40 mt-1 min-w-56 rounded-md bg-white py-1 text-slate-800 shadow-lg ring-1 ring-black/10">
        {group.items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.href === current ? "page" : undefined}
              className={`block whitespace-nowrap border-l-4 px-4 py-2 ${
                item.href === current ? "border-faro-600 bg-faro-50 font-semibold text-faro-900" : "border-transparent hover:bg-slate-100"
              }`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

function Chevron() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 group-open:rotate-180" fill="currentColor">
      <path d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.06l3.71-3.83a.75.75 0 1 1 1.08 1.04l-4.25 4.39a.75.75 0 0 1-1.08 0L5.21 8.27a.75.75 0 0 1 .02-1.06Z" />
    </svg>
  );
}
