"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/authz/actions";
import { markNotificationsRead } from "@/lib/notifications/my-notifications";

/** Without ids: every notification of the signed-in person. Only their own rows are touched. */
const ZMarkNotificationsRead = z.strictObject({ ids: z.array(z.uuid()).max(200).optional() });

export const markNotificationsReadAction = userAction(ZMarkNotificationsRead, async (userId, input) => {
  const result = await markNotificationsRead(userId, input.ids);
  revalidatePath("/", "layout");
  return result;
});
