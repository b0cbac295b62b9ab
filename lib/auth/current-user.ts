// The signed-in person with the entities they belong to, for the app shell.
import { cache } from "react";
import { redirect } from "next/navigation";
import { withUser } from "@/lib/db/context";
import { requireSessionUserId } from "./session";

export const getCurrentUser = cache(async () => {
  const userId = await requireSessionUserId();
  const user = await withUser(userId, (db) => db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      isActive: true,
      isSuperadmin: true,
      memberships: {
        select: { role: true, entity: { select: { id: true, name: true, departmentName: true, municipalityName: true } } },
        orderBy: { entity: { name: "asc" } },
      },
      advisorTerritories: { select: { departmentCode: true } },
    },
  }));
  // A deleted or deactivated person keeps a valid cookie until it expires.
  if (!user || !user.isActive) redirect("/login?error=SessionRequired");
  return user;
});
