// The bell in the header: a link to the person's notifications with the
// unread count written out (not only a dot), for screen readers too.
import Link from "next/link";

export function NotificationBell({ unread }: { unread: number }) {
  const label = unread === 0 ? "Notificaciones: ninguna sin leer" : `Notificaciones: ${unread} sin leer`;
  return (
    <Link href="/notificaciones" className="relative inline-flex h-9 w-9 items-center justify-center rounded-md text-faro-100 hover:bg-faro-700 hover:text-white" aria-label={label} title={label}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {unread > 0 && (
        <span className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-bold leading-5 text-white">{unread > 99 ? "99+" : unread}</span>
      )}
    </Link>
  );
}
