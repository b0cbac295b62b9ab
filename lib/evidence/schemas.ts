// Inputs of the evidence and finding actions and routes. The same schemas
// validate the forms in the browser and every write on the server.
import { z } from "zod";
import { ZPolicyCode, ZVigencia } from "@/lib/self-assessments/schemas";

const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Escriba una fecha válida (dd/mm/aaaa).");
const ZOptionalIsoDate = z.union([ZIsoDate, z.literal("")]).optional();
const ZTitle = z.string().trim().min(3, "Escriba un título de al menos 3 caracteres.").max(200, "El título admite hasta 200 caracteres.");
const ZOptionalPolicy = z.union([ZPolicyCode, z.literal("")]).optional();

export const ZReviewState = z.enum(["PENDIENTE", "ACEPTADA", "CON_OBSERVACIONES", "RECHAZADA"], "Elija un estado de revisión.");
export const ZTargetKind = z.enum(["ACTIVITY", "FURAG_OPTION", "PLAN_ITEM", "FINDING"], "Tipo de elemento no válido.");

/** What an evidence is linked to: kind + target ids (see link-targets.ts). */
export const ZLinkTarget = z.strictObject({
  kind: ZTargetKind,
  targetId: z.uuid("Elemento no válido."),
  // FURAG option texts reach ~350 characters in the 2025 questionnaire.
  targetSubId: z.string().max(1000, "Elemento no válido.").default(""),
});

const ZUrl = z
  .url({ protocol: /^https?$/, error: "Escriba direcciones que empiecen por http:// o https://." })
  .max(2000, "La dirección es demasiado larga.");

/** The text fields of a new evidence (the files travel beside them in the multipart form). */
export const ZEvidenceFields = z
  .strictObject({
    title: ZTitle,
    description: z.string().trim().max(4000, "La descripción admite hasta 4.000 caracteres.").optional(),
    vigencia: z.coerce.number<string | number>().pipe(ZVigencia),
    documentDate: ZIsoDate,
    ownerId: z.uuid("Elija el responsable de la evidencia."),
    policyCode: ZOptionalPolicy,
    validUntil: ZOptionalIsoDate,
    urls: z.array(ZUrl).max(20, "Máximo 20 enlaces.").default([]),
  })
  .refine((v) => !v.validUntil || v.validUntil >= v.documentDate, { path: ["validUntil"], message: "La vigencia de la evidencia no puede terminar antes de la fecha del documento." });

/** A new revision: new files and links, optionally keeping the previous ones. */
export const ZRevisionFields = z.strictObject({
  note: z.string().trim().max(2000, "La nota admite hasta 2.000 caracteres.").optional(),
  keepPrevious: z.boolean().default(true),
  urls: z.array(ZUrl).max(20, "Máximo 20 enlaces.").default([]),
});

export const ZUpdateEvidence = z
  .strictObject({
    entityId: z.uuid(),
    evidenceId: z.uuid(),
    title: ZTitle,
    description: z.string().trim().max(4000, "La descripción admite hasta 4.000 caracteres.").optional(),
    documentDate: ZIsoDate,
    ownerId: z.uuid("Elija el responsable de la evidencia."),
    policyCode: ZOptionalPolicy,
    validUntil: ZOptionalIsoDate,
  })
  .refine((v) => !v.validUntil || v.validUntil >= v.documentDate, { path: ["validUntil"], message: "La vigencia de la evidencia no puede terminar antes de la fecha del documento." });

export const ZLinkEvidence = z.strictObject({ entityId: z.uuid(), evidenceId: z.uuid("Elija una evidencia."), target: ZLinkTarget });
export const ZUnlinkEvidence = z.strictObject({ entityId: z.uuid(), linkId: z.uuid() });

const ZReviewComment = z.string().trim().max(4000, "El comentario admite hasta 4.000 caracteres.").optional();
export const ZReviewEvidence = z
  .strictObject({ entityId: z.uuid(), evidenceId: z.uuid(), linkId: z.uuid().optional(), state: ZReviewState, comment: ZReviewComment })
  .refine((v) => v.state === "ACEPTADA" || v.state === "PENDIENTE" || (v.comment ?? "").length >= 3, {
    path: ["comment"],
    message: "Explique las observaciones o el motivo del rechazo.",
  });

export const ZFindingSeverity = z.enum(["BAJA", "MEDIA", "ALTA", "CRITICA"], "Elija la severidad.");

export const ZCreateFinding = z.strictObject({
  entityId: z.uuid(),
  severity: ZFindingSeverity,
  description: z.string().trim().min(10, "Describa el hallazgo (al menos 10 caracteres).").max(8000, "La descripción admite hasta 8.000 caracteres."),
  policyCode: ZOptionalPolicy,
  /** "<assessmentId>:<activityId>" of the linked activity, or "". */
  activityRef: z.union([z.string().regex(/^[0-9a-f-]{36}:[0-9a-f-]{36}$/, "Actividad no válida."), z.literal("")]).optional(),
  evidenceId: z.union([z.uuid(), z.literal("")]).optional(),
  responsibleId: z.uuid("Elija quién debe responder."),
  dueDate: ZIsoDate,
});

export const ZAnswerFinding = z.strictObject({
  entityId: z.uuid(),
  findingId: z.uuid(),
  answer: z.string().trim().min(10, "Escriba la respuesta (al menos 10 caracteres).").max(8000, "La respuesta admite hasta 8.000 caracteres."),
});

export const ZCloseFinding = z.strictObject({
  entityId: z.uuid(),
  findingId: z.uuid(),
  comment: z.string().trim().min(3, "Escriba el comentario de cierre.").max(4000, "El comentario admite hasta 4.000 caracteres."),
});

export type LinkTarget = z.infer<typeof ZLinkTarget>;
export type EvidenceFields = z.infer<typeof ZEvidenceFields>;
export type RevisionFields = z.infer<typeof ZRevisionFields>;
export { ZPolicyCode };
