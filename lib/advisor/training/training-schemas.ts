// Inputs of the training offers (seed 004, Tablas 5-8).
import { z } from "zod";
import { POLICY_CODES } from "../department-table-types";
import { ZIsoDate, ZModality } from "../requests/request-schemas";

const text = (label: string, max: number) =>
  z.string(`Escriba ${label}.`).trim().min(1, `Escriba ${label}.`).max(max, `Máximo ${max} caracteres.`);

/** Tabla 6: an offer for a group of entities whose weakest policy is the same. */
export const ZCreateTrainingOffer = z.strictObject({
  departmentCode: z.string().regex(/^\d{2}$/, "Departamento no válido."),
  policyCode: z.enum(POLICY_CODES as [string, ...string[]], "Elija una política."),
  vigencia: z.coerce.number("Elija la vigencia de los resultados.").int().min(2018).max(2100),
  title: text("el nombre de la capacitación", 200),
  description: text("el contenido y los materiales", 4000),
  scheduledOn: ZIsoDate,
  modality: ZModality,
  place: text("el lugar o el enlace", 300),
  sigepCodes: z.array(z.string().min(1).max(20)).min(1, "Elija al menos una entidad.").max(500),
});

/** Tabla 7-8: who attended, entity by entity. */
export const ZRecordAttendance = z.strictObject({
  departmentCode: z.string().regex(/^\d{2}$/, "Departamento no válido."),
  offerId: z.uuid("Capacitación no válida."),
  attendance: z
    .array(
      z.strictObject({
        sigepCode: z.string().min(1).max(20),
        attended: z.boolean("Indique si asistió."),
        attendeeCount: z.number().int("Escriba un número entero.").min(0, "No puede ser negativo.").max(500, "Máximo 500 personas.").nullable(),
      }),
    )
    .min(1, "Registre la asistencia de al menos una entidad."),
});

export type CreateTrainingOffer = z.infer<typeof ZCreateTrainingOffer>;
export type RecordAttendance = z.infer<typeof ZRecordAttendance>;
