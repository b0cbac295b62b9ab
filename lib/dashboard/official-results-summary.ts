// The one-sentence summary of the official FURAG results section: the IDI,
// its change from the previous vigencia that has one, the grupo par median,
// and how many policies went up or down. Official figures only.
import { formatScore } from "@/lib/scoring";
import type { OfficialResultsSection } from "./types";

/** "subió 3,1 puntos", "bajó 0,4 puntos", "sin cambio". */
export function changeText(change: number): string {
  if (Math.abs(change) < 0.05) return "sin cambio";
  return `${change > 0 ? "subió" : "bajó"} ${formatScore(Math.abs(change), 1)} puntos`;
}

/** "+3,1", "−0,4", "0,0", or "—" without a previous score. */
export function signedChange(change: number | null): string {
  if (change === null) return "—";
  if (Math.abs(change) < 0.05) return "0,0";
  return `${change > 0 ? "+" : "−"}${formatScore(Math.abs(change), 1)}`;
}

function idiText(section: OfficialResultsSection): string {
  const index = section.vigencias.findIndex((v) => v.vigencia === section.vigencia);
  const current = section.vigencias[index]!;
  if (current.meciOnly && current.idi === null) return "sin IDI (la entidad reportó solo MECI).";
  if (section.idi === null) return "sin IDI publicado.";
  const previous = section.vigencias.slice(0, index).findLast((v) => v.idi !== null);
  const change = previous && section.idiChange !== null ? `, ${changeText(section.idiChange)} frente a ${previous.vigencia} (${formatScore(previous.idi, 1)})` : "";
  const median = current.peerMedianIdi === null ? "" : ` Mediana del grupo par${section.peerGroup ? ` (${section.peerGroup})` : ""}: ${formatScore(current.peerMedianIdi, 1)}.`;
  return `IDI ${formatScore(section.idi, 1)}${change}.${median}`;
}

function policiesText(section: OfficialResultsSection): string {
  const changed = section.policies.filter((p): p is typeof p & { change: number } => p.change !== null);
  if (changed.length === 0) return "";
  const up = changed.filter((p) => p.change >= 0.05).length;
  const down = changed.filter((p) => p.change <= -0.05).length;
  const worst = [...changed].sort((a, b) => a.change - b.change)[0]!;
  const drop = worst.change <= -0.05 ? `; la mayor caída fue ${worst.name} (${signedChange(worst.change)})` : "";
  return ` Frente a la vigencia anterior, ${up} ${up === 1 ? "política subió" : "políticas subieron"} y ${down} ${down === 1 ? "bajó" : "bajaron"}${drop}.`;
}

export function summarizeOfficialResultsText(section: OfficialResultsSection): string {
  return `Resultados oficiales FURAG ${section.vigencia}: ${idiText(section)}${policiesText(section)}`;
}
