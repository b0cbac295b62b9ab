// A DATE column comes back as midnight UTC. Formatting it in Bogotá time
// (UTC-5) would show the day before, so a calendar date is read in UTC.
export function formatPublishedOn(date: Date | null): string {
  if (!date) return "Sin fecha";
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}
