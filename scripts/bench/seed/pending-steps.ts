// Parts of the national dataset whose features are built on other branches.
// Each becomes a real step in main.ts once its tables are on main (official
// results and evidence metadata already are). Until then the seed says so
// instead of inventing tables.
export type PendingStep = { name: string; feature: string };

export const PENDING_STEPS: PendingStep[] = [{ name: "planes de acción", feature: "planes de acción" }];
