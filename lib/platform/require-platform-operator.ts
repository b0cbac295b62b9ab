// Page guard of /plataforma: the platform operator, or the same 404 anyone
// else gets for a page that does not exist (the section's existence leaks nothing).
import { notFound } from "next/navigation";
import { requireSessionUserId } from "@/lib/auth/session";
import { isSuperadmin } from "@/lib/authz/actions";

export async function requirePlatformOperator(): Promise<string> {
  const userId = await requireSessionUserId();
  if (!(await isSuperadmin(userId))) notFound();
  return userId;
}
