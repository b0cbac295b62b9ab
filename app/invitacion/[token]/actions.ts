"use server";

// Accepting an invitation needs no session: the one-time token in the input
// is the credential (256 random bits, single use, 72 h).
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { ZAcceptInvitation } from "@/lib/invitations/accept-invitation-schema";
import { publicAction } from "@/lib/auth/public-action";

export const acceptInvitationAction = publicAction(ZAcceptInvitation, (input) => acceptInvitation(input));
