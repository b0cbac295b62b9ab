"use server";

// Member management. Every action: signed-in member of the entity in the
// input (else 404), role allowed "members.manage" (else 403), input valid
// (else 422), then the domain work in lib/members.
import { entityAction } from "@/lib/authz/actions";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { inviteMember } from "@/lib/members/invite-member";
import { issueMemberResetLink } from "@/lib/members/issue-member-reset-link";
import { ZChangeMemberRole, ZInviteMember, ZMemberRef, ZSetMemberPolicies } from "@/lib/members/member-schemas";
import { removeMember } from "@/lib/members/remove-member";
import { renewInvitation } from "@/lib/members/renew-invitation";
import { setMemberPolicies } from "@/lib/members/set-member-policies";

export const inviteMemberAction = entityAction(ZInviteMember, "members.manage", (ctx, input) => inviteMember(ctx, input));

export const changeMemberRoleAction = entityAction(ZChangeMemberRole, "members.manage", (ctx, input) => changeMemberRole(ctx, input));

export const setMemberPoliciesAction = entityAction(ZSetMemberPolicies, "members.manage", (ctx, input) => setMemberPolicies(ctx, input));

export const removeMemberAction = entityAction(ZMemberRef, "members.manage", (ctx, input) => removeMember(ctx, input));

export const renewInvitationAction = entityAction(ZMemberRef, "members.manage", (ctx, input) => renewInvitation(ctx, input));

export const issueMemberResetLinkAction = entityAction(ZMemberRef, "members.manage", (ctx, input) => issueMemberResetLink(ctx, input));
