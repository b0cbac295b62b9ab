// What an entity's administrator may edit about the entity, validated the same
// way in the browser form and in the server action. Codes follow DANE and
// DIAN formats so official results files (which carry them) match the entity.
import { z } from "zod";
import { EntityType, MunicipalCategory } from "@/lib/generated/prisma/enums";
import { departmentName } from "@/lib/platform/dane-departments";
import { NIT_PATTERN, normalizeNit } from "@/lib/platform/nit";

/** Entity types that always belong to one municipality. */
export const MUNICIPAL_ENTITY_TYPES: ReadonlySet<EntityType> = new Set(["ALCALDIA", "CONCEJO", "PERSONERIA"]);

const required = (label: string, max: number) =>
  z.string(`Escriba ${label}.`).trim().min(1, `Escriba ${label}.`).max(max, `Admite como máximo ${max} caracteres.`);

/** Empty means "none": stored as null. */
const optional = (max: number) =>
  z.string().trim().max(max, `Admite como máximo ${max} caracteres.`).nullish().transform((value) => value || null);

export const ZEntitySettings = z
  .strictObject({
    entityId: z.string(),
    name: required("el nombre de la entidad", 200),
    nit: z
      .string("Escriba el NIT.")
      .transform(normalizeNit)
      .refine((nit) => NIT_PATTERN.test(nit), "Escriba el NIT con su dígito de verificación, así: 890907317-2."),
    sigepCode: z.string("Escriba el código SIGEP.").trim().regex(/^\d{1,20}$/, "El código SIGEP lleva solo dígitos (hasta 20)."),
    type: z.enum(EntityType, "Elija la naturaleza jurídica."),
    departmentCode: z
      .string("Escriba el código DANE del departamento.")
      .trim()
      .regex(/^\d{2}$/, "El código DANE del departamento tiene 2 dígitos (05 es Antioquia).")
      .refine((code) => departmentName(code) !== undefined, "Ese código no es de ningún departamento (DANE)."),
    departmentName: required("el nombre del departamento", 100),
    municipalityCode: z
      .string()
      .trim()
      .regex(/^(\d{5})?$/, "El código DANE del municipio tiene 5 dígitos (05615 es Rionegro).")
      .nullish()
      .transform((value) => value || null),
    municipalityName: optional(100),
    municipalCategory: z
      .union([z.enum(MunicipalCategory), z.literal("")], "Elija una categoría de la lista.")
      .nullish()
      .transform((value) => value || null),
    peerGroup: optional(120),
    sharesWithAdvisor: z.boolean("Indique sí o no."),
  })
  .superRefine((entity, ctx) => {
    const { municipalityCode, municipalityName, departmentCode, type } = entity;
    // Refinements run even when a field failed: compare only well-formed codes.
    if (municipalityCode && /^\d{2}$/.test(departmentCode) && !municipalityCode.startsWith(departmentCode)) {
      ctx.addIssue({ code: "custom", path: ["municipalityCode"], message: `El código del municipio debe empezar por el del departamento (${departmentCode}).` });
    }
    if (MUNICIPAL_ENTITY_TYPES.has(type) && !municipalityCode) {
      ctx.addIssue({ code: "custom", path: ["municipalityCode"], message: "Una alcaldía, un concejo o una personería debe indicar su municipio." });
    }
    if (municipalityCode && !municipalityName) {
      ctx.addIssue({ code: "custom", path: ["municipalityName"], message: "Escriba el nombre del municipio." });
    }
    if (municipalityName && !municipalityCode) {
      ctx.addIssue({ code: "custom", path: ["municipalityCode"], message: "Escriba el código DANE del municipio." });
    }
  });

export type EntitySettingsInput = z.input<typeof ZEntitySettings>;
export type EntitySettings = z.output<typeof ZEntitySettings>;

/** MIPG (Decreto 1499) measures from vigencia 2018; next year's can be prepared ahead. */
export const FIRST_VIGENCIA = 2018;
export function lastVigencia(now = new Date()): number {
  return now.getFullYear() + 1;
}

export const ZCatalogVersionChoice = z.strictObject({
  entityId: z.string(),
  vigencia: z
    .number("Elija la vigencia.")
    .int("Elija la vigencia.")
    .min(FIRST_VIGENCIA, `La vigencia va de ${FIRST_VIGENCIA} en adelante.`)
    .refine((year) => year <= lastVigencia(), { message: `La vigencia puede ser a lo sumo el año siguiente al actual.` }),
  versionCode: z.string("Elija una versión del catálogo.").trim().min(1, "Elija una versión del catálogo.").max(20, "Elija una versión del catálogo."),
});

export type CatalogVersionChoice = z.infer<typeof ZCatalogVersionChoice>;
