// One-sentence Spanish summaries of the follow-up sections (evidence review,
// open findings, FURAG readiness), for screen readers, the PDF and a phone.
// Pure functions.
import { roundedProgress } from "@/lib/action-plans/summarize-progress";
import type { ActionPlansSection, EvidenceReviewSection, FuragReadinessSection, OpenFindingsSection } from "./types";

/** "1 aceptada" / "2 aceptadas". */
export function counted(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** 12.5 → "12,5 %" (a no-break space, so "%" never starts a line); null → "—". */
export function percentText(percent: number | null): string {
  return percent === null ? "—" : `${percent.toLocaleString("es-CO", { maximumFractionDigits: 1 })}\u00a0%`;
}

export function summarizeEvidenceReviewText(section: EvidenceReviewSection): string {
  if (section.total === 0) return `No hay evidencias cargadas para la vigencia ${section.vigencia}.`;
  const { states } = section;
  return (
    `${counted(section.total, "evidencia", "evidencias")} en la vigencia ${section.vigencia}: ` +
    `${counted(states.ACEPTADA, "aceptada", "aceptadas")}, ${states.CON_OBSERVACIONES} con observaciones, ` +
    `${counted(states.RECHAZADA, "rechazada", "rechazadas")} y ${counted(states.PENDIENTE, "pendiente", "pendientes")} de revisión. ` +
    `${counted(section.expired, "vencida", "vencidas")} y ${section.expiringSoon} por vencer en los próximos ${section.expiringSoonDays} días.`
  );
}

export function summarizeOpenFindingsText(section: OpenFindingsSection): string {
  if (section.open === 0) return "No hay hallazgos abiertos.";
  const { bySeverity } = section;
  const overdue =
    section.overdue === 0 ? "Ninguno tiene el plazo vencido." : `${section.overdue} ${section.overdue === 1 ? "tiene" : "tienen"} el plazo vencido.`;
  const answered = section.answered === 0 ? "" : ` ${counted(section.answered, "ya respondido espera", "ya respondidos esperan")} el cierre de control interno.`;
  return (
    `${counted(section.open, "hallazgo abierto", "hallazgos abiertos")}. Por severidad: crítica ${bySeverity.CRITICA}, alta ${bySeverity.ALTA}, ` +
    `media ${bySeverity.MEDIA}, baja ${bySeverity.BAJA}. ${overdue}${answered}`
  );
}

export function summarizeFuragReadinessText(section: FuragReadinessSection): string {
  if (!section.hasQuestionnaire) return `No hay cuestionario FURAG cargado para la vigencia ${section.vigencia}.`;
  const { percents } = section;
  const evidence =
    percents.evidence === null
      ? "ninguna respuesta requiere evidencia aún"
      : `${percentText(percents.evidence)} de los soportes requeridos tienen evidencia (${section.evidenceSupported} de ${section.evidenceRequired})`;
  const weakest = section.weakestModules.map((m) => `${m.prefix} (${percentText(m.percents.answered)})`);
  const unstarted = section.modulesWithoutAnswers === 0 ? "" : ` ${section.modulesWithoutAnswers} de ${section.moduleCount} módulos sin ninguna respuesta.`;
  return (
    `Preparación FURAG ${section.vigencia}: ${percentText(percents.answered)} de las ${section.total} preguntas respondidas (${section.answered}); ` +
    `${evidence}; ${percentText(percents.reviewed)} revisadas por control interno (${section.reviewed}).${unstarted}` +
    (weakest.length > 0 ? ` Módulos más rezagados: ${weakest.join(", ")}.` : "")
  );
}

export function summarizeActionPlansText(section: ActionPlansSection): string {
  const { totals, statusCounts } = section;
  const plans = counted(section.plans.length, "plan de acción", "planes de acción");
  if (totals.total === 0) return `${plans} en la vigencia ${section.vigencia}, sin acciones todavía.`;
  const overdue =
    statusCounts.VENCIDA === 0 ? "Ninguna acción está vencida." : `${counted(statusCounts.VENCIDA, "acción vencida", "acciones vencidas")}: el plazo pasó sin cumplirse.`;
  return (
    `${plans} en la vigencia ${section.vigencia} con ${counted(totals.total, "acción", "acciones")}; avance medio ${percentText(roundedProgress(totals.progress))}. ` +
    `${counted(statusCounts.CUMPLIDA, "cumplida", "cumplidas")}, ${statusCounts.EN_CURSO} en curso, ${counted(statusCounts.PENDIENTE, "pendiente", "pendientes")} ` +
    `y ${counted(statusCounts.CANCELADA, "cancelada", "canceladas")}. ${overdue}`
  );
}
