// next-auth configuration: e-mail + password against our users table
// (throttled, see authenticate.ts), plus optional OpenID Connect single
// sign-on (oidc.ts). Sessions live in signed JWT cookies (the app keeps no
// session state in memory, so several instances can serve the same users).
//
// A session ends 8 hours after sign-in, whatever happens in between: the
// cookie's own expiry slides when next-auth re-issues it, so the sign-in time
// travels in the token and the jwt callback drops the person once it is too
// old. A deactivated person is refused on every page by current-user.ts.
import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getAuthSecret } from "./auth-secret";
import { authenticateWithPassword } from "./authenticate";
import { clientIpFromHeaders } from "./client-ip";
import { findActiveUserByEmail, OIDC_PROVIDER_ID, oidcProvider, readOidcConfig, type FindActiveUserByEmail } from "./oidc";
import { SIGN_IN_ERROR_CODES } from "./sign-in-errors";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day
/**
 * next-auth v4 reads updateAge only for database sessions (how often to extend
 * one); JWT cookies are re-issued on every session request, and the 8-hour
 * cap below is what ends them. Kept below maxAge (the default, a day, exceeds
 * the session itself) so a move to database sessions stays correct.
 */
export const SESSION_UPDATE_AGE_SECONDS = 60 * 60;

type Deps = {
  env?: Record<string, string | undefined>;
  findActiveUserByEmail?: FindActiveUserByEmail;
  /** Seconds since the epoch; injectable for tests of the session lifetime. */
  nowSeconds?: () => number;
};

export function buildAuthOptions(deps: Deps = {}): NextAuthOptions {
  const env = deps.env ?? process.env;
  const findUser = deps.findActiveUserByEmail ?? findActiveUserByEmail;
  const nowSeconds = deps.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  const oidc = readOidcConfig(env);

  return {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Correo y contraseña",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(raw, req) {
          const result = await authenticateWithPassword(raw, { ipAddress: clientIpFromHeaders(req?.headers) });
          if (result.ok) return result.user;
          // next-auth passes a thrown message to the form as its error code.
          if (result.reason === "throttled") throw new Error(SIGN_IN_ERROR_CODES.tooManyAttempts);
          return null;
        },
      }),
      ...(oidc ? [oidcProvider(oidc)] : []),
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true; // passwords were checked by authorize
        // No self-registration: only an existing, active person may come in.
        const email = typeof user.email === "string" ? user.email.trim().toLowerCase() : "";
        const person = email ? await findUser(email) : null;
        if (!person) return false;
        // next-auth hands this same object to the jwt callback: from here on
        // the person is our user, not the provider's subject.
        (user as User).id = person.id;
        return true;
      },
      async jwt({ token, user }) {
        if (user) {
          token.userId = user.id;
          token.signedInAt = nowSeconds();
        }
        const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : 0;
        if (nowSeconds() - signedInAt > SESSION_MAX_AGE_SECONDS) delete token.userId;
        return token;
      },
      async session({ session, token }) {
        if (session.user && typeof token.userId === "string") session.user.id = token.userId;
        return session;
      },
    },
  };
}

export const authOptions: NextAuthOptions = buildAuthOptions();
