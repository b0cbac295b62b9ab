// Inputs of the autodiagnóstico actions and routes. The same schemas validate
// the forms in the browser and every write on the server.
import { z } from "zod";

export const ZPolicyCode = z.string().regex(/^POL(0[1-9]|1[0-9])$/, "Código de política no válido (POL01 a POL19).");
export const ZVigencia = z.number().int().min(2018, "La vigencia debe ser 2018 o posterior.").max(2100, "Vigencia no válida.");

export const ZScore = z
  .number({ error: "El puntaje debe ser un número entre 0 y 100." })
  .min(0, "El puntaje no puede ser menor que 0.")
  .max(100, "El puntaje no puede ser mayor que 100.")
  .refine((n) => Math.round(n * 100) === n * 100, "Use como máximo dos decimales.");

export const ZStartAssessment = z.strictObject({
  entityId: z.uuid(),
  vigencia: ZVigencia,
  policyCode: ZPolicyCode,
  instrumentId: z.uuid().optional(),
  /** Start from the previous vigencia's scores as a baseline. */
  fromPrevious: z.boolean().default(false),
});

/** One activity's answer; `baseVersion` is the version the person edited (0: none yet). */
export const ZSaveResponse = z.strictObject({
  score: ZScore.nullable(),
  notApplicable: z.boolean(),
  observations: z.string().trim().max(4000, "Las observaciones admiten hasta 4.000 caracteres.").nullable(),
  baseVersion: z.number().int().min(0),
});

export const ZTransitionAssessment = z.strictObject({
  entityId: z.uuid(),
  assessmentId: z.uuid(),
  transition: z.enum(["submit", "approve", "return", "reopen"]),
  reason: z.string().trim().max(2000, "El motivo admite hasta 2.000 caracteres.").optional(),
});

export type StartAssessmentInput = z.infer<typeof ZStartAssessment>;
export type SaveResponseInput = z.infer<typeof ZSaveResponse>;
export type TransitionAssessmentInput = z.infer<typeof ZTransitionAssessment>;
