// The items an evidence can be linked to, by kind. Each feature registers a
// resolver that finds its item inside the entity (null for a missing or
// foreign one) and says how to show and reach it. Kinds nobody registered yet
// are refused.
import type { DbClient } from "@/lib/db/prisma";
import type { EvidenceTargetKind } from "@/lib/generated/prisma/enums";
import { NotFoundError, ValidationError } from "@/lib/errors/app-error";
import { resolvePlanItem } from "@/lib/action-plans/evidence/plan-item-target";
import { resolveFuragOption } from "@/lib/furag/evidence/resolve-furag-option";

export type TargetIds = { targetId: string; targetSubId: string };
/** `vigencia`: the item's own, proposed for evidence uploaded from it. */
/** `refusal`: why no new evidence may be linked to it now (it is still shown). */
export type ResolvedTarget = { label: string; href: string; policyCode: string | null; vigencia?: number; refusal?: string };
export type TargetResolver = (db: DbClient, entityId: string, ids: TargetIds) => Promise<ResolvedTarget | null>;

export const TARGET_KIND_LABELS: Record<EvidenceTargetKind, string> = {
  ACTIVITY: "Actividad de autodiagnóstico",
  FURAG_OPTION: "Pregunta FURAG",
  PLAN_ITEM: "Tarea del plan de acción",
  FINDING: "Hallazgo",
};

const resolveActivity: TargetResolver = async (db, entityId, { targetId, targetSubId }) => {
  const assessment = await db.selfAssessment.findFirst({
    where: { id: targetId, entityId },
    select: { vigencia: true, policyCode: true, instrumentId: true },
  });
  if (!assessment || !/^[0-9a-f-]{36}$/i.test(targetSubId)) return null;
  const activity = await db.instrumentActivity.findFirst({
    where: { id: targetSubId, instrumentId: assessment.instrumentId },
    select: { code: true, activityText: true, itemText: true },
  });
  if (!activity) return null;
  return {
    label: `${assessment.policyCode} ${assessment.vigencia} · ${activity.code} ${activity.itemText ?? activity.activityText}`,
    href: `/e/${entityId}/autodiagnosticos/${assessment.policyCode}?vigencia=${assessment.vigencia}#actividad-${activity.code}`,
    policyCode: assessment.policyCode,
    vigencia: assessment.vigencia,
  };
};

const resolveFinding: TargetResolver = async (db, entityId, { targetId }) => {
  const finding = await db.finding.findFirst({ where: { id: targetId, entityId }, select: { description: true, policyCode: true } });
  if (!finding) return null;
  const text = finding.description.length > 80 ? `${finding.description.slice(0, 79)}…` : finding.description;
  return { label: `Hallazgo: ${text}`, href: `/e/${entityId}/hallazgos/${targetId}`, policyCode: finding.policyCode };
};

const registry = new Map<EvidenceTargetKind, TargetResolver>([
  ["ACTIVITY", resolveActivity],
  ["FINDING", resolveFinding],
  ["FURAG_OPTION", resolveFuragOption],
  ["PLAN_ITEM", resolvePlanItem],
]);

/** For other features (FURAG, action plans): plug in their item kind. */
export function registerLinkTarget(kind: EvidenceTargetKind, resolver: TargetResolver): void {
  registry.set(kind, resolver);
}

export function isLinkTargetAvailable(kind: EvidenceTargetKind): boolean {
  return registry.has(kind);
}

/** The target inside the entity, or NotFoundError (missing and foreign look the same). */
export async function resolveLinkTarget(db: DbClient, entityId: string, kind: EvidenceTargetKind, ids: TargetIds): Promise<ResolvedTarget> {
  const resolver = registry.get(kind);
  if (!resolver) throw new ValidationError(`Vincular evidencias a «${TARGET_KIND_LABELS[kind]}» todavía no está disponible.`);
  const target = await resolver(db, entityId, ids);
  if (!target) throw new NotFoundError();
  if (target.refusal) throw new ValidationError(target.refusal, { target: [target.refusal] });
  return target;
}

/** Like resolveLinkTarget, but a target that disappeared shows as such instead of failing a page. */
export async function describeLinkTarget(db: DbClient, entityId: string, kind: EvidenceTargetKind, ids: TargetIds): Promise<ResolvedTarget> {
  const resolver = registry.get(kind);
  const target = resolver ? await resolver(db, entityId, ids) : null;
  return target ?? { label: `${TARGET_KIND_LABELS[kind]} (no disponible)`, href: "", policyCode: null };
}
