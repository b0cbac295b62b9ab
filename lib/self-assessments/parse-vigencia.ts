import { defaultVigencia } from "./default-vigencia";

/** A vigencia from the URL; anything odd falls back to the current year. */
export function parseVigencia(value: string | undefined): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= 2018 && year <= defaultVigencia() + 1 ? year : defaultVigencia();
}
