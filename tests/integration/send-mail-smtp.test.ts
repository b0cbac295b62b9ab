// E-mail really goes out over SMTP when it is configured: a real SMTP server
// on loopback (nodemailer's smtp-server) receives what sendMail sends. Without
// a reachable server sendMail reports false and never throws, so the caller
// shows the link on screen instead.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isMailConfigured, sendMail } from "@/lib/mail/send-mail";

type Received = { from: string; to: string[]; raw: string };

describe("correo por SMTP", () => {
  const received: Received[] = [];
  let server: SMTPServer;
  let port: number;
  const saved = { ...process.env };

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        let raw = "";
        stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    server.listen(0, "127.0.0.1");
    await once(server.server, "listening");
    port = (server.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    process.env = saved;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  beforeEach(() => {
    received.length = 0;
    process.env = { ...saved, SMTP_HOST: "127.0.0.1", SMTP_PORT: String(port), SMTP_FROM: "Faro MIPG <no-responder@faro.test>" };
    delete process.env.SMTP_USER;
  });

  it("entrega el mensaje al servidor SMTP configurado", async () => {
    expect(isMailConfigured()).toBe(true);
    const sent = await sendMail({ to: "persona@entidad.gov.co", subject: "Su enlace de Faro MIPG", text: "Abra https://faro.test/invitacion/abc123" });
    expect(sent).toBe(true);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: "no-responder@faro.test", to: ["persona@entidad.gov.co"] });
    expect(received[0]!.raw).toContain("Subject: Su enlace de Faro MIPG");
    expect(received[0]!.raw).toContain("https://faro.test/invitacion/abc123");
  });

  it("si el servidor no responde, informa que no se envió y no lanza error", async () => {
    process.env.SMTP_PORT = "1";
    expect(await sendMail({ to: "persona@entidad.gov.co", subject: "x", text: "y" })).toBe(false);
    expect(received).toHaveLength(0);
  });

  it("sin SMTP configurado no intenta enviar", async () => {
    delete process.env.SMTP_HOST;
    expect(isMailConfigured()).toBe(false);
    expect(await sendMail({ to: "persona@entidad.gov.co", subject: "x", text: "y" })).toBe(false);
  });
});
