import { describe, expect, it } from "vitest";
import { composeInvitationMail } from "./invitation-mail";

describe("correo de invitación", () => {
  it("lleva el enlace, la entidad y el vencimiento en hora de Colombia", () => {
    const mail = composeInvitationMail({
      to: "ana@rionegro.gov.co",
      personName: "Ana Pérez",
      placeName: "Alcaldía de Rionegro",
      url: "https://faro.example/invitacion/abc",
      expiresAt: new Date("2026-03-01T03:30:00Z"),
    });
    expect(mail.to).toBe("ana@rionegro.gov.co");
    expect(mail.subject).toBe("Invitación a Faro MIPG: Alcaldía de Rionegro");
    expect(mail.text).toContain("Hola, Ana Pérez:");
    expect(mail.text).toContain("https://faro.example/invitacion/abc");
    expect(mail.text).toContain("vence el 28/02/2026 22:30 (hora de Colombia)");
  });
});
