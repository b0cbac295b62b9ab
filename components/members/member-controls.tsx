"use client";

// An admin's controls for one member, folded away until asked for so the
// list stays readable: role, policies (RESPONSABLE), password or invitation
// link, and removal.
import type { MemberRow } from "@/lib/members/list-members";
import { MemberLinkButton } from "./member-link-button";
import { MemberPoliciesForm } from "./member-policies-form";
import { MemberRoleForm } from "./member-role-form";
import { RemoveMemberButton } from "./remove-member-button";

type Props = { entityId: string; member: MemberRow; isSelf: boolean };

export function MemberControls({ entityId, member, isSelf }: Props) {
  const ref = { entityId, membershipId: member.membershipId };
  return (
    <details className="mt-3 border-t border-slate-100 pt-2">
      <summary className="cursor-pointer py-1 text-sm font-medium text-faro-700">
        Administrar<span className="sr-only"> a {member.name}</span>
      </summary>
      <div className="mt-3 space-y-4">
        <MemberRoleForm memberRef={ref} role={member.role} />
        {member.role === "RESPONSABLE" && <MemberPoliciesForm memberRef={ref} policyCodes={member.policyCodes} />}
        <div className="flex flex-wrap gap-2">
          {member.access.state === "active" && <MemberLinkButton memberRef={ref} kind="reset" email={member.email} />}
          {(member.access.state === "invited" || member.access.state === "invitation-expired") && (
            <MemberLinkButton memberRef={ref} kind="invitation" email={member.email} />
          )}
        </div>
        <RemoveMemberButton memberRef={ref} name={member.name} isSelf={isSelf} />
      </div>
    </details>
  );
}
