// Inputs of the committee session pages. The same schemas validate the forms
// in the browser and the server actions.
import { z } from "zod";
import { strictInput } from "@/lib/members/member-schemas";

const ZId = z.uuid({ error: "Identificador no válido." });

const ZIsoDate = z.iso.date({ error: "Escriba una fecha válida (dd/mm/aaaa)." });

const text = (what: string, max: number) =>
  z
    .string({ error: `Escriba ${what}.` })
    .trim()
    .min(3, { error: `Escriba ${what} (al menos 3 caracteres).` })
    .max(max, { error: `El texto es demasiado largo (máximo ${max} caracteres).` });

export const ZGuest = strictInput({
  name: text("el nombre del invitado", 120),
  position: z.string().trim().max(160, { error: "El cargo es demasiado largo (máximo 160 caracteres)." }),
});

export const ZCommitteeSession = strictInput({
  entityId: ZId,
  heldOn: ZIsoDate,
  place: z.string().trim().max(200, { error: "El lugar es demasiado largo (máximo 200 caracteres)." }),
  agenda: z.array(text("el punto del orden del día", 500), { error: "Escriba el orden del día." }).min(1, { error: "Escriba al menos un punto del orden del día." }).max(30, { error: "Máximo 30 puntos en el orden del día." }),
  memberIds: z.array(ZId).max(100, { error: "Demasiados asistentes." }),
  guests: z.array(ZGuest).max(40, { error: "Máximo 40 invitados externos." }),
});
export type CommitteeSessionInput = z.infer<typeof ZCommitteeSession>;

export const ZUpdateCommitteeSession = ZCommitteeSession.extend({ sessionId: ZId });

export const ZAddDecision = strictInput({ entityId: ZId, sessionId: ZId, text: text("la decisión", 2000) });

export const ZAddCommitment = strictInput({
  entityId: ZId,
  sessionId: ZId,
  text: text("el compromiso", 2000),
  responsible: text("quién responde por el compromiso", 160),
  /** "" when the committee set no date. */
  dueOn: z.union([z.literal(""), ZIsoDate], { error: "Escriba una fecha válida (dd/mm/aaaa) o déjela vacía." }),
});

/** transitionId: an autodiagnóstico's or an action plan's transition to APROBADO. */
export const ZLinkApproval = strictInput({ entityId: ZId, sessionId: ZId, transitionId: ZId });

/** "Convertir en tarea del plan": the commitment and the open plan that receives it. */
export const ZConvertCommitment = strictInput({ entityId: ZId, commitmentId: ZId, planId: z.uuid({ error: "Elija un plan de la lista." }) });

/** Removing one item of a session: a decision, a commitment or a linked approval. */
export const ZRemoveSessionItem = strictInput({ entityId: ZId, itemId: ZId });
