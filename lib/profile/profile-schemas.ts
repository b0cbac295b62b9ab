// Inputs of the profile page (/perfil). Strict: the actions only ever touch
// the signed-in person's own row, and an unexpected field (an id, a role, a
// flag) is refused with 422 rather than ignored.
import { z } from "zod";
import { strictFields } from "@/lib/auth/password-reset-schemas";

export const ZProfileName = z
  .string({ error: "Escriba su nombre." })
  .trim()
  .min(2, { error: "Escriba su nombre (al menos 2 caracteres)." })
  .max(120, { error: "El nombre es demasiado largo (máximo 120 caracteres)." });

export const ZUpdateProfileName = z.strictObject({ name: ZProfileName }, strictFields);

const ZTypedPassword = z.string({ error: "Escriba la nueva contraseña." }).max(1_000, { error: "La contraseña es demasiado larga." });

/** The new password's rules are ZNewPassword's, checked against the account's e-mail. */
export const ZChangeOwnPassword = z.strictObject(
  {
    currentPassword: z
      .string({ error: "Escriba su contraseña actual." })
      .min(1, { error: "Escriba su contraseña actual." })
      .max(1_000, { error: "La contraseña es demasiado larga." }),
    password: ZTypedPassword,
    confirmPassword: ZTypedPassword,
  },
  strictFields,
);

export type UpdateProfileNameInput = z.infer<typeof ZUpdateProfileName>;
export type ChangeOwnPasswordInput = z.infer<typeof ZChangeOwnPassword>;
