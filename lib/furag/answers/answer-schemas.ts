// Inputs of the workspace actions (entity-scoped), shared by forms and server.
import { z } from "zod";
import { ZFuragAnswerValue } from "./answer-value";

const ZId = z.uuid({ error: "Identificador no válido." });

export const ZSaveFuragAnswer = z
  .strictObject({
    entityId: z.string(),
    questionId: ZId,
    /** The version the form was loaded with; 0 when nobody had answered yet. */
    baseVersion: z.number().int().min(0),
    value: ZFuragAnswerValue,
    notApplicable: z.boolean(),
    notApplicableReason: z.string().trim().max(1000, "Máximo 1.000 caracteres.").default(""),
  })
  .refine((input) => !input.notApplicable || input.notApplicableReason.length >= 5, {
    path: ["notApplicableReason"],
    message: "Explique por qué la pregunta no aplica a la entidad.",
  });
export type SaveFuragAnswerInput = z.infer<typeof ZSaveFuragAnswer>;

export const ZReviewFuragAnswer = z
  .strictObject({
    entityId: z.string(),
    questionId: ZId,
    outcome: z.enum(["REVISADA", "CON_OBSERVACIONES"], { error: "Elija el resultado de la revisión." }),
    observation: z.string().trim().max(2000, "Máximo 2.000 caracteres.").default(""),
  })
  .refine((input) => input.outcome === "REVISADA" || input.observation.length >= 5, {
    path: ["observation"],
    message: "Escriba la observación para quien responde.",
  });
export type ReviewFuragAnswerInput = z.infer<typeof ZReviewFuragAnswer>;

export const ZAssignFuragResponsible = z.strictObject({
  entityId: z.string(),
  questionId: ZId,
  /** "" removes the responsible. */
  responsibleUserId: z.union([ZId, z.literal("")]),
});
export type AssignFuragResponsibleInput = z.infer<typeof ZAssignFuragResponsible>;

export const ZAddFuragComment = z.strictObject({
  entityId: z.string(),
  questionId: ZId,
  body: z.string().trim().min(1, "Escriba el comentario.").max(2000, "Máximo 2.000 caracteres."),
});
export type AddFuragCommentInput = z.infer<typeof ZAddFuragComment>;
