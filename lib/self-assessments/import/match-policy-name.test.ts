import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { matchPolicyName, policyWords } from "./match-policy-name";

type CatalogFile = { dimensiones: { politicas: { codigo: string; nombre: string }[] }[] };
const catalog = JSON.parse(readFileSync("prisma/seed/catalog/version-b-manual-operativo-v6.json", "utf8")) as CatalogFile;
const POLICIES = catalog.dimensiones.flatMap((d) => d.politicas.map((p) => ({ code: p.codigo, name: p.nombre })));

describe("matchPolicyName", () => {
  it("reconoce el título del libro oficial de Talento Humano (sin «del», en mayúsculas)", () => {
    expect(matchPolicyName("GESTIÓN ESTRATÉGICA DE TALENTO HUMANO", POLICIES)).toBe("POL01");
  });

  it("reconoce cada política por su propio nombre, con o sin tildes", () => {
    for (const policy of POLICIES) {
      expect(matchPolicyName(policy.name.toUpperCase(), POLICIES), policy.name).toBe(policy.code);
      expect(matchPolicyName(policy.name.normalize("NFD").replace(/[\u0300-\u036f]/g, ""), POLICIES), policy.name).toBe(policy.code);
    }
  });

  it("acepta títulos abreviados cuando solo una política los explica", () => {
    expect(matchPolicyName("TRANSPARENCIA Y ACCESO A LA INFORMACIÓN", POLICIES)).toBe("POL15");
    expect(matchPolicyName("POLÍTICA DE SEGURIDAD DIGITAL", POLICIES)).toBe("POL08");
    expect(matchPolicyName("GESTIÓN DE LA INTEGRIDAD", POLICIES)).toBe("POL02");
  });

  it("no adivina: un título ambiguo o desconocido no se asigna a ninguna política", () => {
    expect(matchPolicyName("DIGITAL", POLICIES)).toBeNull();
    expect(matchPolicyName("GESTIÓN AMBIENTAL", POLICIES)).toBeNull();
    expect(matchPolicyName("", POLICIES)).toBeNull();
  });

  it("compara raíces: plural y género no cuentan", () => {
    expect(policyWords("Servicios Ciudadanos")).toEqual(policyWords("Servicio al Ciudadano"));
  });
});
