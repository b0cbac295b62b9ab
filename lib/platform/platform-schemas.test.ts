import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "@/lib/errors/translate-error";
import { ZAssignAdvisor, ZCreateEntity } from "./platform-schemas";

const valid = {
  name: "Alcaldía de Marinilla",
  nit: "890.907.317-2",
  sigepCode: "900440",
  type: "ALCALDIA",
  departmentCode: "05",
  departmentName: "Antioquia",
  municipalityCode: "05440",
  municipalityName: "Marinilla",
  municipalCategory: "",
  peerGroup: "",
  adminEmail: " Admin@Marinilla.gov.co ",
  adminName: "Ana Pérez",
};

function errorsOf(input: unknown) {
  const result = ZCreateEntity.safeParse(input);
  return result.success ? {} : zodFieldErrors(result.error);
}

describe("formulario de nueva entidad", () => {
  it("normaliza el NIT y el correo y deja en null lo opcional vacío", () => {
    const parsed = ZCreateEntity.parse(valid);
    expect(parsed).toMatchObject({ nit: "890907317-2", adminEmail: "admin@marinilla.gov.co", municipalCategory: null, peerGroup: null });
  });

  it("explica en español cada campo equivocado", () => {
    const errors = errorsOf({ ...valid, nit: "890907317-5", sigepCode: "SIG-1", departmentCode: "00", adminEmail: "no-es-correo" });
    expect(errors.nit).toEqual(["El dígito de verificación no corresponde a ese NIT: revíselo."]);
    expect(errors.sigepCode?.[0]).toMatch(/solo dígitos/);
    expect(errors.departmentCode?.[0]).toMatch(/departamento de la lista/);
    expect(errors.adminEmail?.[0]).toMatch(/correo electrónico válido/);
  });

  it("un campo vacío dice qué falta, con un solo mensaje", () => {
    const errors = errorsOf({ ...valid, nit: "", sigepCode: " " });
    expect(errors.nit).toEqual(["Escriba el NIT."]);
    expect(errors.sigepCode).toEqual(["Escriba el código SIGEP."]);
    expect(errorsOf({ ...valid, nit: "89090731" }).nit).toEqual(["Escriba el NIT con su dígito de verificación, como 890907317-2."]);
  });

  it("una alcaldía exige municipio, y su código empieza por el del departamento", () => {
    expect(errorsOf({ ...valid, municipalityCode: "", municipalityName: "" }).municipalityCode?.[0]).toMatch(/es municipal/);
    expect(errorsOf({ ...valid, municipalityCode: "08001" }).municipalityCode?.[0]).toMatch(/empezar por el del departamento \(05\)/);
    expect(ZCreateEntity.safeParse({ ...valid, type: "GOBERNACION", municipalityCode: "", municipalityName: "" }).success).toBe(true);
  });

  it("rechaza campos desconocidos y tipos equivocados sin fallar", () => {
    expect(errorsOf({ ...valid, isSuperadmin: true })._?.[0]).toBeTruthy();
    expect(Object.keys(errorsOf({ ...valid, type: 7, municipalityCode: 5 }))).toEqual(expect.arrayContaining(["type", "municipalityCode"]));
  });

  it("asesor: correo, nombre y departamento DANE", () => {
    expect(ZAssignAdvisor.safeParse({ email: "a@b.co", name: "Alba Ruiz", departmentCode: "05" }).success).toBe(true);
    expect(ZAssignAdvisor.safeParse({ email: "a@b.co", name: "Alba Ruiz", departmentCode: "5" }).success).toBe(false);
  });
});
