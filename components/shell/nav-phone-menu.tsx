// The main navigation below 1024 px: one "Menú" button that opens every link
// in a vertical panel under the header (over the page), groups as labelled
// lists, so nothing scrolls sideways on a phone.
import Link from "next/link";
import type { SyntheticEvent } from "react";
import { ON_DARK_FOCUS } from "./nav-group-menu";
import type { NavEntry, NavItem } from "./nav-items";

type Props = {
  entries: NavEntry[];
  current: string | null;
  /** undefined before hydration: the <details> element states it natively. */
  expanded: boolean | undefined;
  onToggle: (event: SyntheticEvent<HTMLDetailsElement>) => void;
  panelId: string;
};

export function NavPhoneMenu({ entries, current, expanded, onToggle, panelId }: Props) {
  return (
    <details data-menu="menu" onToggle={onToggle} className="group lg:hidden">
      <summary
        aria-expanded={expanded}
        aria-controls={panelId}
        className={`inline-flex cursor-pointer list-none items-center gap-2 rounded-md border border-white/30 px-3 py-2 text-sm font-semibold text-white hover:bg-white/10 group-open:bg-white/15 [&::-webkit-details-marker]:hidden ${ON_DARK_FOCUS}`}
      >
        <MenuIcon />
        Menú
      </summary>
      <ul id={panelId} className="absolute inset-x-0 top-full z-40 gap-x-6 border-t border-white/15 bg-faro-800 px-4 pb-4 pt-2 shadow-lg sm:columns-2">
        {entries.map((entry) =>
          entry.kind === "link" ? (
            <li key={entry.href} className="break-inside-avoid">
              <PhoneLink item={entry} current={current} />
            </li>
          ) : (
            // The line under a group keeps the plain link after it from reading as one of its entries.
            <li key={entry.id} className="break-inside-avoid border-b border-white/15 pb-2 pt-3">
              <p id={`${panelId}-${entry.id}`} className="px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-amber-200">
                {entry.label}
              </p>
              <ul aria-labelledby={`${panelId}-${entry.id}`}>
                {entry.items.map((item) => (
                  <li key={item.href}>
                    <PhoneLink item={item} current={current} />
                  </li>
                ))}
              </ul>
            </li>
          ),
        )}
      </ul>
    </details>
  );
}

function PhoneLink({ item, current }: { item: NavItem; current: string | null }) {
  const isCurrent = item.href === current;
  // No prefetch: opening the panel on a phone would fetch every page in it at once.
  return (
    <Link
      href={item.href}
      prefetch={false}
      aria-current={isCurrent ? "page" : undefined}
      className={`block rounded-md border-l-4 px-3 py-2.5 text-base ${ON_DARK_FOCUS} ${
        isCurrent ? "border-amber-300 bg-white/15 font-semibold text-white" : "border-transparent text-faro-100 hover:bg-white/10 hover:text-white"
      }`}
    >
      {item.label}
    </Link>
  );
}

function MenuIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round">
      <path d="M4 6h16M4 12h16M4 18h16" />
    </svg>
  );
}
