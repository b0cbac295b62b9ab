// Spanish names of the plan's states, item statuses and priorities, shared by
// pages, exports and notifications.
import type { ActionPlanState, PlanItemPriority, PlanItemSourceKind } from "@/lib/generated/prisma/enums";
import type { EffectiveStatus } from "./effective-status";

export const PLAN_STATE_LABELS: Record<ActionPlanState, string> = {
  BORRADOR: "Borrador",
  APROBADO: "Aprobado",
  EN_SEGUIMIENTO: "En seguimiento",
  CERRADO: "Cerrado",
};

export const ITEM_STATUS_LABELS: Record<EffectiveStatus, string> = {
  PENDIENTE: "Pendiente",
  EN_CURSO: "En curso",
  CUMPLIDA: "Cumplida",
  VENCIDA: "Vencida",
  CANCELADA: "Cancelada",
};

export const PRIORITY_LABELS: Record<PlanItemPriority, string> = { ALTA: "Alta", MEDIA: "Media", BAJA: "Baja" };

/** Badge colours per status (text colour on fill keeps AA contrast). */
export const ITEM_STATUS_STYLES: Record<EffectiveStatus, string> = {
  PENDIENTE: "bg-slate-100 text-slate-800",
  EN_CURSO: "bg-sky-100 text-sky-900",
  CUMPLIDA: "bg-emerald-100 text-emerald-900",
  VENCIDA: "bg-red-100 text-red-900",
  CANCELADA: "bg-slate-200 text-slate-600 line-through",
};

/** Headings of the gap sources in the generator, in the order of GAP_SOURCES. */
export const GAP_SOURCE_LABELS: Record<PlanItemSourceKind, string> = {
  ACTIVITY: "Actividades del autodiagnóstico",
  FURAG_OPTION: "Opciones FURAG no cumplidas",
  FINDING: "Hallazgos abiertos de control interno",
  // Not a gap source: a commitment becomes an item when the committee converts it.
  COMMITMENT: "Compromisos del comité",
};

/** The sources in the generator's URL (?fuente=actividades&fuente=furag…). */
export const SOURCE_PARAMS: Record<PlanItemSourceKind, string> = { ACTIVITY: "actividades", FURAG_OPTION: "furag", FINDING: "hallazgos", COMMITMENT: "compromisos" };
