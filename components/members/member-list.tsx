// The entity's members as cards (they read well on a phone too): name,
// e-mail, role, policies, last sign-in and invitation state; the admin's
// controls appear only for a role that may manage members.
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import { formatDateTime } from "@/lib/format/dates";
import type { MemberRow } from "@/lib/members/list-members";
import { POLICY_NAMES, type PolicyCode } from "@/lib/members/policy-names";
import { MemberAccessBadge } from "./member-access-badge";
import { MemberControls } from "./member-controls";

type Props = { entityId: string; members: MemberRow[]; currentUserId: string; canManage: boolean };

export function MemberList({ entityId, members, currentUserId, canManage }: Props) {
  return (
    <ul className="space-y-3" aria-label="Miembros de la entidad">
      {members.map((member) => (
        <li key={member.membershipId} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="member-card">
          <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
            <div className="min-w-0">
              <p className="font-semibold text-faro-900">
                {member.name}
                {member.userId === currentUserId && <span className="ml-2 text-sm font-normal text-slate-500">(usted)</span>}
              </p>
              <p className="break-all text-sm text-slate-600">{member.email}</p>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <span className="rounded bg-faro-50 px-2 py-0.5 text-sm text-faro-800">{ROLE_LABELS[member.role]}</span>
              <MemberAccessBadge access={member.access} />
            </div>
          </div>
          <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
            <div>
              <dt className="inline text-slate-500">Último ingreso: </dt>
              <dd className="inline text-slate-800">{member.lastLoginAt ? formatDateTime(member.lastLoginAt) : "nunca"}</dd>
            </div>
            {member.role === "RESPONSABLE" && (
              <div className="sm:col-span-2">
                <dt className="inline text-slate-500">Políticas a cargo: </dt>
                <dd className="inline text-slate-800">
                  {member.policyCodes.length
                    ? member.policyCodes.map((code) => `${code} ${POLICY_NAMES[code as PolicyCode] ?? ""}`.trim()).join(" · ")
                    : "ninguna todavía"}
                </dd>
              </div>
            )}
          </dl>
          {canManage && <MemberControls entityId={entityId} member={member} isSelf={member.userId === currentUserId} />}
        </li>
      ))}
    </ul>
  );
}
