import { z } from "zod";

/**
 * An autodiagnóstico as read from (or written to) the official Función
 * Pública workbook: Componente > Categoría > scored items.
 *
 * The unit of scoring is the ITEM, i.e. one scored row of the sheet (a
 * 5-row block with its own Puntaje). A numbered activity ("12") is an item,
 * and so is each of its lettered sub-items ("12A", "12B"…), which the
 * workbook scores separately and averages together with everything else.
 * activityNumber/activityText keep the numbered activity for grouping.
 */

const text = z.string().trim().min(1);

export const autodiagnosticoItemSchema = z.strictObject({
  /** "12" for a numbered activity, "12A" for a sub-item. Unique in the policy. */
  code: text,
  activityNumber: z.number().int().positive(),
  activityText: text,
  /** The activity text itself for a numbered activity; the sub-item text otherwise. */
  itemText: text,
  /** Sub-heading printed above some sub-items ("Incluyendo los siguientes temas:"). */
  group: text.nullable(),
  /** "Criterio de Calificación" column. */
  criterion: text.nullable(),
  /** "Periodo de análisis" column ("Al día", "1 año"…). */
  analysisPeriod: text.nullable(),
  /** Descriptions of the bands 0-20, 21-40, 41-60, 61-80, 81-100, in that order. */
  rubric: z.array(z.string()).length(5),
  score: z.number().min(0).max(100).nullable(),
  observations: text.nullable(),
  /** True when the observations say "No aplica": excluded from every average. */
  notApplicable: z.boolean(),
});

export const autodiagnosticoCategorySchema = z.strictObject({
  name: text,
  /** 1-based, restarting in each component. */
  order: z.number().int().positive(),
  items: z.array(autodiagnosticoItemSchema).min(1),
});

export const autodiagnosticoComponentSchema = z.strictObject({
  name: text,
  order: z.number().int().positive(),
  categories: z.array(autodiagnosticoCategorySchema).min(1),
});

export const importWarningSchema = z.strictObject({
  row: z.number().int().positive().nullable(),
  column: z.string().nullable(),
  message: text,
});

export const autodiagnosticoSchema = z.strictObject({
  /** As printed in the title, without "AUTODIAGNÓSTICO DE". */
  policyName: text,
  entityName: text.nullable(),
  components: z.array(autodiagnosticoComponentSchema).min(1),
  warnings: z.array(importWarningSchema),
});

export type AutodiagnosticoItem = z.infer<typeof autodiagnosticoItemSchema>;
export type AutodiagnosticoCategory = z.infer<typeof autodiagnosticoCategorySchema>;
export type AutodiagnosticoComponent = z.infer<typeof autodiagnosticoComponentSchema>;
export type ImportWarning = z.infer<typeof importWarningSchema>;
export type Autodiagnostico = z.infer<typeof autodiagnosticoSchema>;

/** A numbered activity's own row, as opposed to one of its lettered sub-items. */
export function isActivityRow(item: AutodiagnosticoItem): boolean {
  return item.code === String(item.activityNumber);
}
