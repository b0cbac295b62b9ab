import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "@/lib/errors/translate-error";
import { ZInviteMember, ZMemberRef, ZSetMemberPolicies } from "./member-schemas";

const entityId = "0190f0c4-4b1e-7000-8000-000000000001";

describe("formularios de miembros", () => {
  it("normaliza el correo y ordena y deduplica las políticas", () => {
    const parsed = ZInviteMember.parse({
      entityId,
      email: " Ana@Rionegro.GOV.co ",
      name: " Ana Pérez ",
      role: "RESPONSABLE",
      policyCodes: ["POL07", "POL01", "POL07"],
    });
    expect(parsed).toEqual({ entityId, email: "ana@rionegro.gov.co", name: "Ana Pérez", role: "RESPONSABLE", policyCodes: ["POL01", "POL07"] });
    expect(ZInviteMember.parse({ entityId, email: "a@b.co", name: "Ana", role: "LECTOR" }).policyCodes).toEqual([]);
  });

  it("dice en español qué falta", () => {
    const result = ZInviteMember.safeParse({ entityId, email: "", name: "", role: "" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(zodFieldErrors(result.error)).toEqual({
      email: ["Escriba el correo electrónico."],
      name: ["Escriba el nombre completo (al menos 3 letras)."],
      role: ["Elija un rol de la lista."],
    });
  });

  it("rechaza campos que el formulario no envía", () => {
    const result = ZMemberRef.safeParse({ entityId, membershipId: entityId, role: "ADMIN" });
    expect(result.success ? [] : zodFieldErrors(result.error)._).toEqual(["Campos no permitidos: role."]);
  });

  it("solo acepta POL01 a POL19", () => {
    expect(ZSetMemberPolicies.safeParse({ entityId, membershipId: entityId, policyCodes: ["POL19"] }).success).toBe(true);
    expect(ZSetMemberPolicies.safeParse({ entityId, membershipId: entityId, policyCodes: ["POL20"] }).success).toBe(false);
  });
});
