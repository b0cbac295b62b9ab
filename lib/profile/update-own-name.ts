// The signed-in person renames themself. Scoped to their own row by the
// where clause and by row-level security; the audit trigger records it.
import { withUser } from "@/lib/db/context";
import type { Db } from "@/lib/db/prisma";
import { UnauthenticatedError } from "@/lib/errors/app-error";
import type { UpdateProfileNameInput } from "./profile-schemas";

export async function updateOwnName(userId: string, input: UpdateProfileNameInput, client?: Db): Promise<{ name: string }> {
  const { count } = await withUser(
    userId,
    (db) => db.user.updateMany({ where: { id: userId, isActive: true }, data: { name: input.name } }),
    client,
  );
  // Deactivated (or deleted) since signing in: the session no longer counts.
  if (count !== 1) throw new UnauthenticatedError();
  return { name: input.name };
}
