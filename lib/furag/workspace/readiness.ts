// How ready an entity is to fill the official form: per module, per policy
// and overall — % answered, % of answers needing evidence that have it, %
// reviewed by control interno — and what blocks readiness. Pure: computed
// from the loaded items, shown by the readiness page and the workspace.
import type { FuragItem } from "./load-furag-items";

/** What readiness reads of an item: the workspace's items, or the tablero's lighter ones (lib/dashboard/sections/furag-readiness.ts). */
export type ReadinessItem = {
  question: Pick<FuragItem["question"], "code" | "modulePrefix" | "policyCode">;
  answer: Pick<NonNullable<FuragItem["answer"]>, "state"> | null;
  evidence: FuragItem["evidence"];
};

export type ReadinessCounts = {
  total: number;
  answered: number;
  /** Evidence keys required by the answers given, and those supported. */
  evidenceRequired: number;
  evidenceSupported: number;
  reviewed: number;
  withObservations: number;
};

export type ReadinessPercents = { answered: number; evidence: number | null; reviewed: number };

export type Blocker = { code: string; kind: "SIN_RESPONDER" | "CON_OBSERVACIONES" | "SIN_EVIDENCIA"; message: string };

export type Readiness = {
  overall: ReadinessCounts;
  byModule: Map<string, ReadinessCounts>;
  byPolicy: Map<string, ReadinessCounts>;
  blockers: Blocker[];
};

const empty = (): ReadinessCounts => ({ total: 0, answered: 0, evidenceRequired: 0, evidenceSupported: 0, reviewed: 0, withObservations: 0 });

function add(counts: ReadinessCounts, item: ReadinessItem): void {
  const state = item.answer?.state ?? "SIN_RESPONDER";
  counts.total++;
  if (state !== "SIN_RESPONDER") counts.answered++;
  if (state === "REVISADA") counts.reviewed++;
  if (state === "CON_OBSERVACIONES") counts.withObservations++;
  counts.evidenceRequired += item.evidence.required.length;
  counts.evidenceSupported += item.evidence.supported.length;
}

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

export function readinessPercents(c: ReadinessCounts): ReadinessPercents {
  return { answered: pct(c.answered, c.total), evidence: c.evidenceRequired === 0 ? null : pct(c.evidenceSupported, c.evidenceRequired), reviewed: pct(c.reviewed, c.total) };
}

export function computeReadiness(items: readonly ReadinessItem[]): Readiness {
  const overall = empty();
  const byModule = new Map<string, ReadinessCounts>();
  const byPolicy = new Map<string, ReadinessCounts>();
  const blockers: Blocker[] = [];
  for (const item of items) {
    add(overall, item);
    const prefix = item.question.modulePrefix;
    if (!byModule.has(prefix)) byModule.set(prefix, empty());
    add(byModule.get(prefix)!, item);
    const policy = item.question.policyCode ?? "—";
    if (!byPolicy.has(policy)) byPolicy.set(policy, empty());
    add(byPolicy.get(policy)!, item);
    const { code } = item.question;
    const state = item.answer?.state ?? "SIN_RESPONDER";
    if (state === "SIN_RESPONDER") blockers.push({ code, kind: "SIN_RESPONDER", message: "Sin responder." });
    if (state === "CON_OBSERVACIONES") blockers.push({ code, kind: "CON_OBSERVACIONES", message: "Control interno dejó observaciones sin atender." });
    if (item.evidence.missing.length > 0) {
      const n = item.evidence.missing.length;
      blockers.push({ code, kind: "SIN_EVIDENCIA", message: n === 1 ? "Falta el soporte de 1 opción declarada." : `Falta el soporte de ${n} opciones declaradas.` });
    }
  }
  return { overall, byModule, byPolicy, blockers };
}
