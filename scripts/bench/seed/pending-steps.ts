// Parts of the national dataset whose features are built on other branches.
// Each becomes a real step here once its tables are on main (official results
// for 5 vigencias of all 6,000 entities; evidence metadata; action plans).
// Until then the seed says so instead of inventing tables.
export type PendingStep = { name: string; feature: string };

export const PENDING_STEPS: PendingStep[] = [
  { name: "resultados oficiales FURAG (5 vigencias, todas las entidades)", feature: "resultados oficiales" },
  { name: "metadatos de evidencias", feature: "evidencias" },
  { name: "planes de acción", feature: "planes de acción" },
];
