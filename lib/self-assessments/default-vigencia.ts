// The vigencia people work on by default: the current year in Bogotá.
export function defaultVigencia(now = new Date()): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone: "America/Bogota", year: "numeric" }).format(now));
}
