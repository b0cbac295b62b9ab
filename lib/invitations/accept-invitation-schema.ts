// The set-password form of an invitation. Only sizes here: the password rules
// (ZNewPassword) need the account's e-mail, which the server takes from the
// database and the form from the page, never from what the browser sends.
import { z } from "zod";
import { strictInput } from "@/lib/members/member-schemas";

const ZTypedPassword = z.string({ error: "Escriba la contraseña." }).max(1_000, { error: "La contraseña es demasiado larga." });

export const ZAcceptInvitation = strictInput({
  token: z.string({ error: "Este enlace no es válido." }).min(1, { error: "Este enlace no es válido." }).max(200, { error: "Este enlace no es válido." }),
  password: ZTypedPassword,
  confirmPassword: ZTypedPassword,
});

export type AcceptInvitationInput = z.infer<typeof ZAcceptInvitation>;
