// The official workbook has no "no aplica" field: people write it at the
// start of Observaciones (see isNotApplicable). Faro stores it as a flag
// beside the observations. These two functions translate between both so
// that export then import gives back the same flag and the same text:
//   flag, no text          <-> "No aplica"
//   flag, "Sin planta"     <-> "No aplica — Sin planta"
//   flag, "No aplica: ET"  <-> "No aplica: ET" (already says it: left alone)
import { isNotApplicable } from "@/lib/autodiagnostico";

const NOT_APPLICABLE = "No aplica";
const PREFIX = `${NOT_APPLICABLE} — `;

/** What the Observaciones cell says for a stored answer. */
export function observationsForWorkbook(notApplicable: boolean, observations: string | null): string | null {
  if (!notApplicable) return observations;
  if (observations === null) return NOT_APPLICABLE;
  const alreadySaysIt = isNotApplicable(observations) && observations !== NOT_APPLICABLE && !observations.startsWith(PREFIX);
  return alreadySaysIt ? observations : `${PREFIX}${observations}`;
}

/** The observations to store for a cell the parser read (notApplicable as it decided). */
export function observationsFromWorkbook(notApplicable: boolean, observations: string | null): string | null {
  if (!notApplicable || observations === null) return observations;
  if (observations === NOT_APPLICABLE) return null;
  return observations.startsWith(PREFIX) ? observations.slice(PREFIX.length) : observations;
}
