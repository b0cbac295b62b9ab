import { describe, expect, it } from "vitest";
import { lastVigencia, ZCatalogVersionChoice, ZEntitySettings, type EntitySettingsInput } from "./entity-settings-schema";

const rionegro: EntitySettingsInput = {
  entityId: "0190a6b2-0000-7000-8000-000000000001",
  name: "Alcaldía de Rionegro",
  nit: "890907317-2",
  sigepCode: "900615",
  type: "ALCALDIA",
  departmentCode: "05",
  departmentName: "Antioquia",
  municipalityCode: "05615",
  municipalityName: "Rionegro",
  municipalCategory: "PRIMERA",
  peerGroup: "Municipios categoría 1 y 2",
  sharesWithAdvisor: false,
};

function fieldMessages(input: unknown): Record<string, string[]> {
  const result = ZEntitySettings.safeParse(input);
  if (result.success) return {};
  const fields: Record<string, string[]> = {};
  for (const issue of result.error.issues) (fields[issue.path.join(".")] ??= []).push(issue.message);
  return fields;
}

describe("datos de la entidad", () => {
  it("acepta los datos de una alcaldía y guarda los vacíos como null", () => {
    const parsed = ZEntitySettings.parse({ ...rionegro, peerGroup: "  ", nit: "890.907.317-2" });
    expect(parsed.peerGroup).toBeNull();
    expect(parsed.nit).toBe("890907317-2");
  });

  it("una gobernación no necesita municipio", () => {
    const parsed = ZEntitySettings.parse({ ...rionegro, type: "GOBERNACION", municipalityCode: "", municipalityName: "", municipalCategory: "" });
    expect(parsed).toMatchObject({ municipalityCode: null, municipalityName: null, municipalCategory: null });
  });

  it("explica en español qué está mal en cada campo", () => {
    expect(fieldMessages({ ...rionegro, nit: "8909073172", sigepCode: "90A", departmentCode: "5" })).toEqual({
      nit: ["Escriba el NIT con su dígito de verificación, así: 890907317-2."],
      sigepCode: ["El código SIGEP lleva solo dígitos (hasta 20)."],
      departmentCode: ["El código DANE del departamento tiene 2 dígitos (05 es Antioquia).", "Ese código no es de ningún departamento (DANE)."],
    });
  });

  it("el municipio empieza por el código del departamento y es obligatorio en alcaldías, concejos y personerías", () => {
    expect(fieldMessages({ ...rionegro, municipalityCode: "08001" })).toEqual({
      municipalityCode: ["El código del municipio debe empezar por el del departamento (05)."],
    });
    expect(fieldMessages({ ...rionegro, type: "CONCEJO", municipalityCode: "", municipalityName: "" })).toEqual({
      municipalityCode: ["Una alcaldía, un concejo o una personería debe indicar su municipio."],
    });
    expect(fieldMessages({ ...rionegro, municipalityCode: "0561" })).toEqual({
      municipalityCode: ["El código DANE del municipio tiene 5 dígitos (05615 es Rionegro)."],
    });
  });

  it("rechaza campos que no son de la entidad", () => {
    expect(Object.keys(fieldMessages({ ...rionegro, isSuperadmin: true }))).toEqual([""]);
  });
});

describe("versión del catálogo por vigencia", () => {
  const entityId = rionegro.entityId;
  it("acepta vigencias de 2018 al año siguiente al actual", () => {
    expect(ZCatalogVersionChoice.safeParse({ entityId, vigencia: 2018, versionCode: "A" }).success).toBe(true);
    expect(ZCatalogVersionChoice.safeParse({ entityId, vigencia: lastVigencia(), versionCode: "B" }).success).toBe(true);
  });
  it("rechaza vigencias fuera de ese rango", () => {
    expect(ZCatalogVersionChoice.safeParse({ entityId, vigencia: 2017, versionCode: "A" }).error?.issues[0]?.message).toBe("La vigencia va de 2018 en adelante.");
    expect(ZCatalogVersionChoice.safeParse({ entityId, vigencia: lastVigencia() + 1, versionCode: "A" }).success).toBe(false);
  });
});
