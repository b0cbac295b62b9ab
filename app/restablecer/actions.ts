"use server";

// Public actions of the password-reset pages (no session: the person cannot
// sign in). Asking for a link answers the same whatever the e-mail, and the
// work happens after the response, so not even its timing tells whether the
// account exists. Setting the password is authorised by the one-time token.
import { after } from "next/server";
import { publicAction } from "@/lib/auth/public-action";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { RESET_REQUEST_ANSWERS, ZRequestPasswordReset, ZResetPassword } from "@/lib/auth/password-reset-schemas";
import { resetPasswordWithToken } from "@/lib/auth/reset-password-with-token";
import { isMailConfigured } from "@/lib/mail/send-mail";

export const requestPasswordResetLink = publicAction(ZRequestPasswordReset, async ({ email }) => {
  if (!isMailConfigured()) return { message: RESET_REQUEST_ANSWERS.noMail };
  after(() => requestPasswordReset(email).catch((error) => console.error("No se pudo atender la solicitud de restablecimiento:", error)));
  return { message: RESET_REQUEST_ANSWERS.mailed };
});

export const setPasswordWithResetLink = publicAction(ZResetPassword, async (input) => {
  await resetPasswordWithToken(input);
  return { done: true as const };
});
