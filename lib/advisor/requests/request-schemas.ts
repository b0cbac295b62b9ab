// Inputs of the advisory request workflow (seed 004, Tablas 9-14). The same
// schemas check the forms in the browser and the actions on the server.
import { z } from "zod";
import { POLICY_CODES } from "../department-table-types";

const text = (label: string, max: number) =>
  z.string(`Escriba ${label}.`).trim().min(1, `Escriba ${label}.`).max(max, `Máximo ${max} caracteres.`);

const ZPolicyCode = z.enum(POLICY_CODES as [string, ...string[]], "Elija una política.");
const ZDepartmentCode = z.string().regex(/^\d{2}$/, "Departamento no válido.");
const ZRequestId = z.uuid("Solicitud no válida.");

/** Tabla 9: the entity files a formal request about one policy. */
export const ZFileAdvisoryRequest = z.strictObject({
  entityId: z.string(),
  policyCode: ZPolicyCode,
  subject: text("el asunto", 200),
  description: text("qué necesita la entidad", 4000),
});

/** Tabla 10: the department assigns a responsible (an advisor of the territory). */
export const ZAssignResponsible = z.strictObject({
  departmentCode: ZDepartmentCode,
  requestId: ZRequestId,
  responsibleId: z.uuid("Elija a la persona responsable."),
});

/** Tabla 11: the office sent to the policy leader. */
export const ZReferToLeader = z.strictObject({
  departmentCode: ZDepartmentCode,
  requestId: ZRequestId,
  referral: text("a quién se remitió y con qué oficio", 2000),
});

/** Tabla 12: the individual plan of assistance. */
export const ZRecordPlan = z.strictObject({
  departmentCode: ZDepartmentCode,
  requestId: ZRequestId,
  plan: text("el plan de asistencia", 4000),
});

export const MODALITY_LABELS = { PRESENCIAL: "Presencial", VIRTUAL: "Virtual" } as const;
export const ZModality = z.enum(["PRESENCIAL", "VIRTUAL"], "Elija la modalidad.");
/** An <input type="date"> value, not in the future for things already held. */
export const ZIsoDate = z.string("Escriba la fecha.").regex(/^\d{4}-\d{2}-\d{2}$/, "Escriba la fecha (dd/mm/aaaa).")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "La fecha no existe.");

/** Tabla 13: one session of assistance held. */
export const ZRecordSession = z.strictObject({
  departmentCode: ZDepartmentCode,
  requestId: ZRequestId,
  heldOn: ZIsoDate,
  modality: ZModality,
  attendees: text("quiénes asistieron", 1000),
  topics: text("los temas tratados", 4000),
});

/** Tabla 14: closing, with what was achieved. */
export const ZCloseRequest = z.strictObject({
  departmentCode: ZDepartmentCode,
  requestId: ZRequestId,
  summary: text("el resultado de la asesoría", 4000),
});

export type FileAdvisoryRequest = z.infer<typeof ZFileAdvisoryRequest>;
