import { ROLE_LABELS } from "@/lib/auth/role-labels";
import { MemberRole } from "@/lib/generated/prisma/enums";

/** <option>s of the six entity roles, with their Spanish names. */
export function RoleOptions() {
  return Object.values(MemberRole).map((role) => (
    <option key={role} value={role}>
      {ROLE_LABELS[role]}
    </option>
  ));
}
