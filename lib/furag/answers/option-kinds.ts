// Reading the meaning of an option from its text. The questionnaire marks
// nothing, so the checks recognise the wordings Función Pública uses: 84
// "Ninguna de las anteriores", 21 "Ninguno de los anteriores", "No aplica.
// Justifique…", plain "No", "La entidad no estructuró…" (see the 2025 file).
import { normalizeLabel } from "@/lib/autodiagnostico/import/normalize-label";

const NONE_OF_THE_ABOVE = /^ningun[oa] de (las|los) anteriores/;
const NOTHING_DONE = /^(la entidad )?no (implemento|desarrollo|realizo|ejecuto|emplea|se ha implementado|ha implementado) ningun/;

/** "Ninguna de las anteriores" and equivalents: excludes every other option. */
export function isNoneOption(option: string): boolean {
  const label = normalizeLabel(option);
  return NONE_OF_THE_ABOVE.test(label) || NOTHING_DONE.test(label);
}

/** An option that declares something was NOT done, does not apply or is unknown. */
export function isNegativeOption(option: string): boolean {
  const label = normalizeLabel(option);
  return isNoneOption(option) || /^no\b/.test(label) || /^la entidad no\b/.test(label) || /^ningun/.test(label);
}

/** "Explique…", "¿Cuál?", "Ingrese el enlace…": the option asks for a written detail. */
export function asksForDetail(option: string): boolean {
  return /(explique|justifique|indique|cu[aá]l(es)?\?|ingrese|especifique)/i.test(option);
}
