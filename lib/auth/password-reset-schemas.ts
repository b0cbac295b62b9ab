// Inputs of the public password-reset pages. The same schemas validate the
// forms in the browser and the server actions; the password rules themselves
// are ZNewPassword (password-rules.ts), checked against the account's e-mail.
import { z } from "zod";

/** Refuses fields the form never sends, in Spanish. */
export const strictFields = {
  error: (issue: { code?: string }) => (issue.code === "unrecognized_keys" ? "La solicitud trae campos que no se esperaban." : undefined),
};

export const ZAccountEmail = z
  .string({ error: "Escriba su correo electrónico." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Escriba su correo electrónico." })
  .max(254, { error: "El correo es demasiado largo." })
  .pipe(z.email({ error: "Escriba un correo electrónico válido, como nombre@entidad.gov.co." }));

export const ZRequestPasswordReset = z.strictObject({ email: ZAccountEmail }, strictFields);

/** Whatever is typed goes to ZNewPassword on the server; here only size bounds. */
const ZTypedPassword = z.string({ error: "Escriba la nueva contraseña." }).max(1_000, { error: "La contraseña es demasiado larga." });

export const ZResetPassword = z.strictObject(
  {
    token: z.string({ error: "El enlace no es válido." }).min(1, { error: "El enlace no es válido." }).max(200, { error: "El enlace no es válido." }),
    password: ZTypedPassword,
    confirmPassword: ZTypedPassword,
  },
  strictFields,
);

export type RequestPasswordResetInput = z.infer<typeof ZRequestPasswordReset>;
export type ResetPasswordInput = z.infer<typeof ZResetPassword>;

export const RESET_REQUEST_ANSWERS = {
  mailed:
    "Si el correo corresponde a una cuenta activa, le enviamos un enlace para restablecer la contraseña. Revise su bandeja de entrada y la de correo no deseado; el enlace sirve una sola vez y vence en 72 horas.",
  noMail:
    "Esta instalación de Faro MIPG no envía correos. Pida al administrador de su entidad que genere un enlace para restablecer su contraseña desde la página de miembros.",
} as const;
