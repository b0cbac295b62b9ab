/**
 * Comparable form of a label typed by people: no accents, lower case, single
 * spaces, trimmed. Official files carry trailing spaces ("Autodiagnóstico "),
 * line breaks inside headers ("Puntaje ⏎(0 - 100)") and mixed case.
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
