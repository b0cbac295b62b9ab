// The e-mail that carries an invitation link. Plain text: it must read well
// in any municipal mail client, and the link is the only thing that matters.
import { formatDateTime } from "@/lib/format/dates";
import type { MailMessage } from "@/lib/mail/send-mail";

export type InvitationMailInput = {
  to: string;
  personName: string;
  /** Where they are invited: an entity's name, or the advisory role. */
  placeName: string;
  url: string;
  expiresAt: Date;
};

export function composeInvitationMail(input: InvitationMailInput): MailMessage {
  return {
    to: input.to,
    subject: `Invitación a Faro MIPG: ${input.placeName}`,
    text: [
      `Hola, ${input.personName}:`,
      "",
      `Le dieron acceso a Faro MIPG (${input.placeName}), la herramienta para el autodiagnóstico, el FURAG y los planes de acción del MIPG.`,
      "",
      "Para crear su contraseña abra este enlace. Sirve una sola vez y vence el " +
        `${formatDateTime(input.expiresAt)} (hora de Colombia):`,
      "",
      input.url,
      "",
      "Si no esperaba este mensaje, puede ignorarlo: nadie podrá entrar con su correo sin este enlace.",
    ].join("\n"),
  };
}
