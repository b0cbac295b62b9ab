import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-data";
import { isCommonPassword, ZNewPassword } from "./password-rules";

const email = "ana.perez@rionegro.gov.co";

function errorsOf(password: string, confirmPassword = password) {
  const result = ZNewPassword.safeParse({ email, password, confirmPassword });
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

describe("ZNewPassword", () => {
  it("acepta una frase larga con letras y números, y la contraseña de la demo", () => {
    expect(errorsOf("Faro sigue 19 políticas")).toEqual({});
    expect(ZNewPassword.safeParse({ email: "planeacion.rionegro@demo.faro.co", password: DEMO_PASSWORD, confirmPassword: DEMO_PASSWORD }).success).toBe(true);
  });

  it("exige al menos 12 caracteres y como máximo 200", () => {
    expect(errorsOf("corta12").password).toContain("La contraseña debe tener al menos 12 caracteres.");
    expect(errorsOf(`a1${"x".repeat(199)}`).password).toContain("La contraseña no puede tener más de 200 caracteres.");
  });

  it("exige una letra y un número", () => {
    expect(errorsOf("123456789012345").password).toContain("La contraseña debe tener al menos una letra.");
    expect(errorsOf("solo-letras-sin-numero").password).toContain("La contraseña debe tener al menos un número.");
  });

  it("no admite el correo dentro de la contraseña, en mayúsculas o minúsculas", () => {
    expect(errorsOf("Ana.Perez-2026!").password).toContain("La contraseña no puede contener su correo electrónico.");
  });

  it("rechaza contraseñas comunes", () => {
    expect(isCommonPassword("Colombia2026")).toBe(true);
    expect(errorsOf("Password1234").password).toContain("Esa contraseña es de las más usadas y fáciles de adivinar. Elija otra.");
  });

  it("pide que la confirmación coincida", () => {
    expect(errorsOf("Faro sigue 19 políticas", "otra cosa").confirmPassword).toEqual(["Las dos contraseñas no coinciden."]);
  });
});
