// Spanish names of the review states and finding values, shared by pages and badges.
import type { EvidenceReviewState, FindingSeverity, FindingState } from "@/lib/generated/prisma/enums";

export const REVIEW_STATE_LABELS: Record<EvidenceReviewState, string> = {
  PENDIENTE: "Pendiente",
  ACEPTADA: "Aceptada",
  CON_OBSERVACIONES: "Con observaciones",
  RECHAZADA: "Rechazada",
};

export const SEVERITY_LABELS: Record<FindingSeverity, string> = { BAJA: "Baja", MEDIA: "Media", ALTA: "Alta", CRITICA: "Crítica" };

export const FINDING_STATE_LABELS: Record<FindingState, string> = { ABIERTO: "Abierto", RESPONDIDO: "Respondido", CERRADO: "Cerrado" };
