// One-time links for invitations and password resets. The secret travels only
// in the link; the database keeps its SHA-256, so a copy of the table cannot
// be used. A token works once and only until it expires.
import { createHash, randomBytes } from "node:crypto";
import type { DbClient } from "@/lib/db/prisma";
import type { AuthTokenPurpose } from "@/lib/generated/prisma/enums";

export const TOKEN_VALIDITY_HOURS: Record<AuthTokenPurpose, number> = {
  INVITATION: 72,
  PASSWORD_RESET: 72,
};

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Issues a token; earlier unused tokens of the same purpose for that person stop working. */
export async function issueToken(
  db: DbClient,
  input: { userId: string; purpose: AuthTokenPurpose; entityId?: string | null; createdById?: string | null },
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_VALIDITY_HOURS[input.purpose] * 3_600_000);
  await db.authToken.updateMany({
    where: { userId: input.userId, purpose: input.purpose, usedAt: null },
    data: { usedAt: now },
  });
  await db.authToken.create({
    data: {
      userId: input.userId,
      purpose: input.purpose,
      tokenHash: hashToken(token),
      entityId: input.entityId ?? null,
      createdById: input.createdById ?? null,
      expiresAt,
    },
  });
  return { token, expiresAt };
}

export type TokenLookup =
  | { status: "valid"; tokenId: string; userId: string; entityId: string | null }
  | { status: "used" | "expired" | "unknown" };

/** What a token is worth right now, without using it. */
export async function inspectToken(db: DbClient, token: string, purpose: AuthTokenPurpose, now = new Date()): Promise<TokenLookup> {
  const row = await db.authToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.purpose !== purpose) return { status: "unknown" };
  if (row.usedAt) return { status: "used" };
  if (row.expiresAt <= now) return { status: "expired" };
  return { status: "valid", tokenId: row.id, userId: row.userId, entityId: row.entityId };
}

/**
 * Marks the token used, atomically: of two simultaneous uses only one gets
 * `true`. Call inside the transaction that applies what the token allows.
 */
export async function consumeToken(db: DbClient, tokenId: string, now = new Date()): Promise<boolean> {
  const { count } = await db.authToken.updateMany({ where: { id: tokenId, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return count === 1;
}

export const TOKEN_STATUS_MESSAGES: Record<Exclude<TokenLookup["status"], "valid">, string> = {
  used: "Este enlace ya se usó. Pida uno nuevo al administrador de su entidad.",
  expired: "Este enlace venció (es válido por 72 horas). Pida uno nuevo al administrador de su entidad.",
  unknown: "Este enlace no es válido. Verifique que lo copió completo.",
};
