// Checks an e-mail and password. Runs in system scope: before sign-in there
// is no person to scope the query to.
import { z } from "zod";
import { withSystem } from "@/lib/db/context";
import { verifyPassword } from "./password";

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export type AuthenticatedUser = { id: string; email: string; name: string };

export async function authenticateWithPassword(raw: unknown): Promise<AuthenticatedUser | null> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await withSystem(null, (db) =>
    db.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, passwordHash: true, isActive: true },
    }),
  );
  if (!user?.passwordHash || !user.isActive) return null;
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  await withSystem(user.id, (db) => db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } }));
  return { id: user.id, email: user.email, name: user.name };
}
