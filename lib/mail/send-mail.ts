// Sends e-mail when SMTP is configured (SMTP_HOST, SMTP_PORT, SMTP_USER,
// SMTP_PASSWORD, SMTP_FROM). Without it nothing is sent and callers show the
// link on screen instead, so the app works in a municipality with no mail server.
import nodemailer from "nodemailer";

export type MailMessage = { to: string; subject: string; text: string };

export function isMailConfigured(): boolean {
  return Boolean(process.env.SMTP_HOST && process.env.SMTP_FROM);
}

/** Returns whether the message was handed to the SMTP server. Never throws. */
export async function sendMail(message: MailMessage): Promise<boolean> {
  if (!isMailConfigured()) return false;
  const port = Number(process.env.SMTP_PORT ?? 587);
  try {
    const transport = nodemailer.createTransport({
      host: process.env.SMTP_HOST,
      port,
      secure: port === 465,
      auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD ?? "" } : undefined,
    });
    await transport.sendMail({ from: process.env.SMTP_FROM, ...message });
    return true;
  } catch (error) {
    console.error(`No se pudo enviar el correo a ${message.to}: ${(error as Error).message}`);
    return false;
  }
}

/** Absolute link for e-mails and for the admin to copy. */
export function appUrl(path: string): string {
  const base = (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
  return `${base}${path}`;
}
