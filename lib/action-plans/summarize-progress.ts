// Progress of a set of items, grouped (per policy, per responsible). Cancelled
// items are shown but do not count towards the average: they no longer
// belong to what the plan must achieve.
import type { EffectiveStatus } from "./effective-status";

export type ProgressItem = { status: EffectiveStatus; progress: number };

export type ProgressSummary = {
  total: number;
  done: number;
  overdue: number;
  cancelled: number;
  /** Mean percent progress of the items that are not cancelled; null if none. */
  progress: number | null;
};

export function summarizeProgress(items: readonly ProgressItem[]): ProgressSummary {
  const active = items.filter((i) => i.status !== "CANCELADA");
  return {
    total: items.length,
    done: items.filter((i) => i.status === "CUMPLIDA").length,
    overdue: items.filter((i) => i.status === "VENCIDA").length,
    cancelled: items.length - active.length,
    progress: active.length ? active.reduce((sum, i) => sum + (i.status === "CUMPLIDA" ? 100 : i.progress), 0) / active.length : null,
  };
}

export function summarizeBy<T extends ProgressItem>(items: readonly T[], keyOf: (item: T) => string): { key: string; summary: ProgressSummary }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, "es")).map(([key, group]) => ({ key, summary: summarizeProgress(group) }));
}

/** A progress percentage as plans show it and export it: one decimal. */
export function roundedProgress(progress: number | null): number | null {
  return progress === null ? null : Math.round(progress * 10) / 10;
}
