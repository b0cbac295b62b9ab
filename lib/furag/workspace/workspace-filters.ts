// The workspace filters (module, policy, responsible, state), read from the
// URL so a filtered list can be shared or bookmarked, and applied to items.
import type { FuragAnswerState } from "@/lib/generated/prisma/enums";
import type { FuragItem } from "./load-furag-items";

export const ANSWER_STATES: FuragAnswerState[] = ["SIN_RESPONDER", "RESPONDIDA", "REVISADA", "CON_OBSERVACIONES"];
export const NO_POLICY = "ninguna";
export const UNASSIGNED = "sin-asignar";

export type WorkspaceFilters = { module: string; policy: string; responsible: string; state: string };

type Raw = Partial<Record<"modulo" | "politica" | "responsable" | "estado", string | string[]>>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export function readFilters(raw: Raw): WorkspaceFilters {
  return { module: one(raw.modulo), policy: one(raw.politica), responsible: one(raw.responsable), state: one(raw.estado) };
}

export function applyFilters(items: readonly FuragItem[], f: WorkspaceFilters): FuragItem[] {
  return items.filter(({ question, answer }) => {
    if (f.module && question.modulePrefix !== f.module) return false;
    if (f.policy && (question.policyCode ?? NO_POLICY) !== f.policy) return false;
    if (f.responsible === UNASSIGNED ? Boolean(answer?.responsible) : f.responsible && answer?.responsible?.id !== f.responsible) return false;
    if (f.state && (answer?.state ?? "SIN_RESPONDER") !== f.state) return false;
    return true;
  });
}

/** The query string of the filters (and extra keys), without empty values. */
export function filtersQuery(f: WorkspaceFilters, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...extra, modulo: f.module, politica: f.policy, responsable: f.responsible, estado: f.state })) {
    if (value !== "" && value !== undefined) params.set(key, String(value));
  }
  return params.toString();
}
