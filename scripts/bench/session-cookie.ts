// Signed-in benchmark clients without 18,000 password checks: the session
// cookie is minted the way next-auth mints it (an encrypted JWT with the
// server's AUTH_SECRET), carrying what our jwt callback puts in it.
import { encode } from "next-auth/jwt";

export const SESSION_COOKIE = "next-auth.session-token"; // plain http on loopback: no __Secure- prefix

export async function sessionCookie(secret: string, user: { id: string; email: string }): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const token = await encode({ secret, maxAge: 8 * 3600, token: { sub: user.id, email: user.email, userId: user.id, signedInAt: now } });
  return `${SESSION_COOKIE}=${token}`;
}
