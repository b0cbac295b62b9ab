import { formatDateTime } from "@/lib/format/dates";
import type { MemberAccess } from "@/lib/members/list-members";

const STYLES: Record<MemberAccess["state"], string> = {
  active: "bg-emerald-50 text-emerald-800",
  invited: "bg-amber-50 text-amber-900",
  "invitation-expired": "bg-red-50 text-red-800",
  deactivated: "bg-slate-100 text-slate-700",
};

function describe(access: MemberAccess): string {
  switch (access.state) {
    case "active":
      return "Activo";
    case "invited":
      return `Invitación pendiente (vence el ${formatDateTime(access.expiresAt)})`;
    case "invitation-expired":
      return "Invitación vencida: renuévela";
    case "deactivated":
      return "Cuenta desactivada";
  }
}

export function MemberAccessBadge({ access }: { access: MemberAccess }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${STYLES[access.state]}`}>{describe(access)}</span>;
}
