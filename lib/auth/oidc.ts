// Optional single sign-on with the entity's identity provider (Azure AD,
// Keycloak, Google Workspace…) over OpenID Connect. Enabled only when
// OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. It never
// creates accounts: the provider's e-mail must belong to an active person an
// administrator already invited.
import type { OAuthConfig } from "next-auth/providers/oauth";
import { withSystem } from "@/lib/db/context";

export const OIDC_PROVIDER_ID = "oidc";

export type OidcConfig = { issuer: string; clientId: string; clientSecret: string; name: string };

type Env = Record<string, string | undefined>;

export function readOidcConfig(env: Env = process.env): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.trim().replace(/\/+$/, "");
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer, clientId, clientSecret, name: env.OIDC_NAME?.trim() || "la cuenta institucional" };
}

/** The claims we read from the ID token. */
export type OidcProfile = {
  sub: string;
  email?: string;
  email_verified?: boolean;
  /** Azure AD puts the sign-in address here when `email` is absent. */
  preferred_username?: string;
  upn?: string;
  name?: string;
};

/** The sign-in e-mail of an OIDC profile, or null when the provider vouches for none. */
export function emailOfOidcProfile(profile: OidcProfile): string | null {
  if (profile.email_verified === false) return null;
  const candidate = [profile.email, profile.preferred_username, profile.upn].find((v) => typeof v === "string" && v.includes("@"));
  return candidate ? candidate.trim().toLowerCase() : null;
}

export function oidcProvider(config: OidcConfig): OAuthConfig<OidcProfile> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.name,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile(profile) {
      const email = emailOfOidcProfile(profile);
      return { id: profile.sub, email, name: profile.name ?? email };
    },
  };
}

export type FindActiveUserByEmail = (email: string) => Promise<{ id: string } | null>;

/** The active person with that e-mail (and notes the sign-in), or null. */
export const findActiveUserByEmail: FindActiveUserByEmail = (email) =>
  withSystem(null, async (db) => {
    const user = await db.user.findUnique({ where: { email }, select: { id: true, isActive: true } });
    if (!user?.isActive) return null;
    await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    return { id: user.id };
  });
