// What the public invitation page shows before the person sets a password:
// who is invited and to what, or why the link no longer works. Nobody is
// signed in yet, so this reads in system scope, by the token's hash only.
import { inspectToken, TOKEN_STATUS_MESSAGES } from "@/lib/auth/one-time-tokens";
import { withSystem } from "@/lib/db/context";
import { INACTIVE_ACCOUNT } from "./accept-invitation";
import { departmentName } from "@/lib/platform/dane-departments";
import { advisoryPlaceName } from "@/lib/platform/assign-advisor";

export type InvitationView =
  | { status: "valid"; personName: string; email: string; placeName: string; expiresAt: Date }
  | { status: "used" | "expired" | "unknown" | "inactive"; message: string };

export async function loadInvitation(token: string, now = new Date()): Promise<InvitationView> {
  return withSystem(null, async (db) => {
    const lookup = token.length <= 200 ? await inspectToken(db, token, "INVITATION", now) : ({ status: "unknown" } as const);
    if (lookup.status !== "valid") return { status: lookup.status, message: TOKEN_STATUS_MESSAGES[lookup.status] };
    const user = await db.user.findUniqueOrThrow({
      where: { id: lookup.userId },
      select: { name: true, email: true, isActive: true, advisorTerritories: { select: { departmentCode: true }, take: 1 } },
    });
    if (!user.isActive) return { status: "inactive", message: INACTIVE_ACCOUNT };
    const { expiresAt } = await db.authToken.findUniqueOrThrow({ where: { id: lookup.tokenId }, select: { expiresAt: true } });
    const entity = lookup.entityId ? await db.entity.findUnique({ where: { id: lookup.entityId }, select: { name: true } }) : null;
    const territory = user.advisorTerritories[0]?.departmentCode;
    const placeName = entity?.name ?? (territory ? advisoryPlaceName(departmentName(territory) ?? territory) : "Faro MIPG");
    return { status: "valid", personName: user.name, email: user.email, placeName, expiresAt };
  });
}
