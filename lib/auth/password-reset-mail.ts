// The e-mail that carries a password-reset link. Plain text, like the invitation.
import { formatDateTime } from "@/lib/format/dates";
import type { MailMessage } from "@/lib/mail/send-mail";

export function composePasswordResetMail(input: { to: string; personName: string; url: string; expiresAt: Date }): MailMessage {
  return {
    to: input.to,
    subject: "Restablecer su contraseña de Faro MIPG",
    text: [
      `Hola, ${input.personName}:`,
      "",
      "Recibimos una solicitud para restablecer su contraseña de Faro MIPG. Para elegir una nueva abra este enlace. " +
        `Sirve una sola vez y vence el ${formatDateTime(input.expiresAt)} (hora de Colombia):`,
      "",
      input.url,
      "",
      "Si usted no lo pidió, ignore este mensaje: su contraseña actual sigue funcionando y nadie podrá cambiarla sin este enlace.",
    ].join("\n"),
  };
}
