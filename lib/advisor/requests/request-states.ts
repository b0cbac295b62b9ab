// The steps of a request, in order, with their Spanish names (seed 004,
// Tablas 9-14) and which step may follow which. One table, used by the pages
// and by the server checks.
import type { AdvisoryRequestState } from "@/lib/generated/prisma/enums";

export const REQUEST_STEPS: { state: AdvisoryRequestState; label: string; table: string }[] = [
  { state: "RECIBIDA", label: "Recibida", table: "Tabla 9: recepción de solicitud" },
  { state: "ASIGNADA", label: "Responsable asignado", table: "Tabla 10: asignación de responsable" },
  { state: "REMITIDA_LIDER", label: "Remitida al líder de política", table: "Tabla 11: solicitud al líder de política" },
  { state: "PLAN_DEFINIDO", label: "Plan de asistencia definido", table: "Tabla 12: análisis y diseño de la asistencia" },
  { state: "EN_EJECUCION", label: "En ejecución", table: "Tabla 13: ejecución de la asistencia" },
  { state: "CERRADA", label: "Cerrada", table: "Tabla 14: seguimiento y cierre" },
];

export function stateLabel(state: AdvisoryRequestState): string {
  return REQUEST_STEPS.find((s) => s.state === state)?.label ?? state;
}

export function stepIndex(state: AdvisoryRequestState): number {
  return REQUEST_STEPS.findIndex((s) => s.state === state);
}

/** The states from which each step may be recorded (again). */
export const ALLOWED_FROM: Record<"assign" | "refer" | "plan" | "session" | "close", readonly AdvisoryRequestState[]> = {
  assign: ["RECIBIDA", "ASIGNADA", "REMITIDA_LIDER", "PLAN_DEFINIDO", "EN_EJECUCION"],
  refer: ["ASIGNADA", "REMITIDA_LIDER"],
  plan: ["ASIGNADA", "REMITIDA_LIDER", "PLAN_DEFINIDO"],
  session: ["PLAN_DEFINIDO", "EN_EJECUCION"],
  close: ["EN_EJECUCION"],
};

export const REFUSED_STEP_MESSAGES: Record<keyof typeof ALLOWED_FROM, string> = {
  assign: "La solicitud ya está cerrada: no se puede cambiar el responsable.",
  refer: "Solo se remite al líder de política una solicitud con responsable y sin plan de asistencia.",
  plan: "Primero asigne un responsable; una solicitud en ejecución o cerrada ya tiene su plan.",
  session: "Registre primero el plan de asistencia; en una solicitud cerrada no se registran sesiones.",
  close: "Para cerrar la solicitud registre antes al menos una sesión de asistencia.",
};
