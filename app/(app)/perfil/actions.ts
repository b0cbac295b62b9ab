"use server";

// The profile page's actions: only about the signed-in person (userAction),
// with no ids in their input: the row they change is the session's own.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/authz/actions";
import { changeOwnPassword } from "@/lib/profile/change-own-password";
import { ZChangeOwnPassword, ZUpdateProfileName } from "@/lib/profile/profile-schemas";
import { updateOwnName } from "@/lib/profile/update-own-name";

export const updateMyName = userAction(ZUpdateProfileName, async (userId, input) => {
  const result = await updateOwnName(userId, input);
  revalidatePath("/", "layout"); // the header shows the name on every page
  return result;
});

export const changeMyPassword = userAction(ZChangeOwnPassword, (userId, input) => changeOwnPassword(userId, input));
