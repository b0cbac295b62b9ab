import { z } from "zod";

/**
 * Formato de los instrumentos de referencia Faro MIPG
 * (`prisma/seed/reference-instruments/POLxx.json`).
 *
 * Son instrumentos propios de Faro, elaborados a partir de los requisitos
 * públicos de cada política (preguntas FURAG y normas); no son la herramienta
 * oficial de autodiagnóstico de Función Pública.
 *
 * Estructura: Componente > Categoría > Actividad de gestión, y cada actividad
 * tiene una rúbrica de cinco bandas (0-20, 21-40, 41-60, 61-80, 81-100).
 */

export const REFERENCE_ENTITY_TYPES = [
  "ALCALDIA",
  "GOBERNACION",
  "ESTABLECIMIENTO_PUBLICO",
  "EMPRESA_SOCIAL_DEL_ESTADO",
  "EMPRESA_INDUSTRIAL_Y_COMERCIAL",
  "CONCEJO",
  "PERSONERIA",
  "CONTRALORIA",
  "ASAMBLEA",
  "OTRA",
] as const;

export const REFERENCE_MUNICIPAL_CATEGORIES = [
  "ESPECIAL",
  "PRIMERA",
  "SEGUNDA",
  "TERCERA",
  "CUARTA",
  "QUINTA",
  "SEXTA",
] as const;

/** Códigos de las 19 políticas, en el orden de los resultados oficiales. */
export const REFERENCE_POLICY_CODES = Array.from(
  { length: 19 },
  (_, i) => `POL${String(i + 1).padStart(2, "0")}`,
);

export const POLICY_CODE_PATTERN = /^POL\d{2}$/;
export const ACTIVITY_CODE_PATTERN = /^POL\d{2}-\d{2}$/;

/** Referencias a preguntas FURAG: "FURAG 2025 GTH200" (el código tal como figura en el cuestionario). */
export const FURAG_REFERENCE_PATTERN = /^FURAG (\d{4}) ([A-Z]{2,4}\d{2,3})$/;

/** Las cinco bandas de puntaje de la rúbrica, en orden. */
export const RUBRIC_BANDS = ["0-20", "21-40", "41-60", "61-80", "81-100"] as const;

const nonEmptyText = z.string().trim().min(1, "El texto no puede estar vacío");

export const applicabilitySchema = z
  .strictObject({
    entityTypes: z.array(z.enum(REFERENCE_ENTITY_TYPES)).min(1).optional(),
    municipalCategories: z.array(z.enum(REFERENCE_MUNICIPAL_CATEGORIES)).min(1).optional(),
    note: nonEmptyText,
  })
  .refine((a) => a.entityTypes !== undefined || a.municipalCategories !== undefined, {
    message: "Una regla de aplicabilidad debe indicar entityTypes o municipalCategories",
  });

export const rubricSchema = z.tuple([nonEmptyText, nonEmptyText, nonEmptyText, nonEmptyText, nonEmptyText]);

export const referenceActivitySchema = z.strictObject({
  code: z.string().regex(ACTIVITY_CODE_PATTERN, "El código debe tener la forma POLxx-NN"),
  text: nonEmptyText,
  rubric: rubricSchema,
  applicability: applicabilitySchema.nullable(),
  references: z.array(nonEmptyText).min(1, "Cada actividad debe citar al menos una referencia"),
});

export const referenceCategorySchema = z.strictObject({
  name: nonEmptyText,
  activities: z.array(referenceActivitySchema).min(1),
});

export const referenceComponentSchema = z.strictObject({
  name: nonEmptyText,
  categories: z.array(referenceCategorySchema).min(1),
});

export const referenceInstrumentSchema = z
  .strictObject({
    policyCode: z.string().regex(POLICY_CODE_PATTERN, "El código de política debe tener la forma POLxx"),
    policyName: nonEmptyText,
    title: nonEmptyText,
    source: nonEmptyText,
    version: nonEmptyText,
    components: z.array(referenceComponentSchema).min(1),
  })
  .superRefine((instrument, ctx) => {
    const seen = new Set<string>();
    instrument.components.forEach((component, ci) => {
      component.categories.forEach((category, ki) => {
        category.activities.forEach((activity, ai) => {
          const path = ["components", ci, "categories", ki, "activities", ai, "code"];
          if (!activity.code.startsWith(`${instrument.policyCode}-`)) {
            ctx.addIssue({
              code: "custom",
              path,
              message: `El código ${activity.code} no corresponde a la política ${instrument.policyCode}`,
            });
          }
          if (seen.has(activity.code)) {
            ctx.addIssue({ code: "custom", path, message: `Código de actividad repetido: ${activity.code}` });
          }
          seen.add(activity.code);
        });
      });
    });
  });

export type ReferenceEntityType = (typeof REFERENCE_ENTITY_TYPES)[number];
export type ReferenceMunicipalCategory = (typeof REFERENCE_MUNICIPAL_CATEGORIES)[number];
export type ReferenceApplicability = z.infer<typeof applicabilitySchema>;
export type ReferenceActivity = z.infer<typeof referenceActivitySchema>;
export type ReferenceCategory = z.infer<typeof referenceCategorySchema>;
export type ReferenceComponent = z.infer<typeof referenceComponentSchema>;
export type ReferenceInstrument = z.infer<typeof referenceInstrumentSchema>;

/** Todas las actividades de un instrumento, en orden. */
export function listActivities(instrument: ReferenceInstrument): ReferenceActivity[] {
  return instrument.components.flatMap((c) => c.categories.flatMap((k) => k.activities));
}
