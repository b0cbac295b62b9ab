// The signed-in person for server components and route handlers. Later
// authorization helpers (entity, role) build on this one.
import { getServerSession } from "next-auth";
import { cache } from "react";
import { redirect } from "next/navigation";
import { authOptions } from "./options";

// Once per page render (layout, page and entity context all ask): decoding
// the session cookie decrypts a JWE. Outside a render (route handlers) React's
// cache simply calls through.
export const getSessionUserId = cache(async (): Promise<string | null> => {
  const session = await getServerSession(authOptions);
  return session?.user?.id ?? null;
});

export async function requireSessionUserId(): Promise<string> {
  const userId = await getSessionUserId();
  if (!userId) redirect("/login");
  return userId;
}
