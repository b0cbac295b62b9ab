// Inputs of the action-plan actions. The same schemas validate the forms in
// the browser and every write on the server.
import { z } from "zod";

const ZSourceKeys = z
  .array(z.string().min(1).max(1200)) // FURAG keys carry the option's text
  .min(1, "Elija al menos una brecha para incluir en el plan.")
  .max(500, "Se pueden incluir hasta 500 brechas a la vez.");

export const ZGapThreshold = z
  .number({ error: "El umbral debe ser un número entre 1 y 100." })
  .int("El umbral debe ser un número entero.")
  .min(1, "El umbral debe ser al menos 1.")
  .max(100, "El umbral no puede ser mayor que 100.");
export const ZTargetLevel = z.number({ error: "Elija el nivel meta." }).int().min(2, "El nivel meta va de 2 a 5.").max(5, "El nivel meta va de 2 a 5.");

export const ZCreatePlan = z.strictObject({
  entityId: z.uuid(),
  assessmentId: z.uuid(),
  name: z.string().trim().min(3, "Escriba un nombre de al menos 3 caracteres.").max(200, "El nombre admite hasta 200 caracteres."),
  threshold: ZGapThreshold,
  targetLevel: ZTargetLevel,
  sourceKeys: ZSourceKeys,
});

export const ZAddPlanGaps = z.strictObject({ entityId: z.uuid(), planId: z.uuid(), sourceKeys: ZSourceKeys });

const ZIsoDay = z.union([z.literal(""), z.iso.date("Escriba la fecha como dd/mm/aaaa.")]);
const text = (max: number, label: string) => z.string().trim().max(max, `${label} admite hasta ${max.toLocaleString("es-CO")} caracteres.`);

export const ZUpdatePlanItem = z
  .strictObject({
    entityId: z.uuid(),
    itemId: z.uuid(),
    /** The version the person edited: an older one is refused (409). */
    version: z.number().int().min(1),
    action: z.string().trim().min(3, "Describa la acción (al menos 3 caracteres).").max(2000, "La acción admite hasta 2.000 caracteres."),
    deliverable: text(1000, "El entregable"),
    indicator: text(500, "El indicador"),
    goal: text(500, "La meta"),
    responsibleId: z.union([z.literal(""), z.uuid("Elija un responsable de la lista.")]),
    startDate: ZIsoDay,
    dueDate: ZIsoDay,
    priority: z.enum(["ALTA", "MEDIA", "BAJA"], "Elija la prioridad."),
    status: z.enum(["PENDIENTE", "EN_CURSO", "CUMPLIDA", "CANCELADA"], "Elija el estado."),
    progress: z.number({ error: "El avance debe ser un número de 0 a 100." }).int("El avance debe ser un número entero.").min(0, "El avance va de 0 a 100.").max(100, "El avance va de 0 a 100."),
    cancelReason: text(2000, "El motivo"),
    completionNote: text(2000, "La nota de cumplimiento"),
  })
  .superRefine((item, ctx) => {
    if (item.startDate && item.dueDate && item.startDate > item.dueDate) {
      ctx.addIssue({ code: "custom", path: ["dueDate"], message: "La fecha límite no puede ser anterior a la fecha de inicio." });
    }
    if (item.status === "CANCELADA" && item.cancelReason.length < 10) {
      ctx.addIssue({ code: "custom", path: ["cancelReason"], message: "Explique por qué se cancela (al menos 10 caracteres)." });
    }
    if (item.status === "CUMPLIDA" && item.completionNote.length < 10) {
      ctx.addIssue({ code: "custom", path: ["completionNote"], message: "Describa cómo se cumplió y dónde está la evidencia (al menos 10 caracteres)." });
    }
  });

export const ZAddItemNote = z.strictObject({
  entityId: z.uuid(),
  itemId: z.uuid(),
  body: z.string().trim().min(3, "Escriba la nota (al menos 3 caracteres).").max(2000, "La nota admite hasta 2.000 caracteres."),
});

export const ZDeletePlanItem = z.strictObject({ entityId: z.uuid(), itemId: z.uuid() });

export const ZTransitionPlan = z.strictObject({
  entityId: z.uuid(),
  planId: z.uuid(),
  transition: z.enum(["approve", "start", "close", "reopen"]),
  reason: z.string().trim().max(2000, "El motivo admite hasta 2.000 caracteres.").optional(),
});

export type CreatePlanInput = z.infer<typeof ZCreatePlan>;
export type AddPlanGapsInput = z.infer<typeof ZAddPlanGaps>;
export type UpdatePlanItemInput = z.infer<typeof ZUpdatePlanItem>;
export type AddItemNoteInput = z.infer<typeof ZAddItemNote>;
export type TransitionPlanInput = z.infer<typeof ZTransitionPlan>;
