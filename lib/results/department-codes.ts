// The results workbook names departments ("Antioquia", "Bogotá D.C."); the
// platform groups by DANE code. Names are compared without accents,
// punctuation or case, so "BOGOTA, D.C." and "Bogotá D.C." are the same.
import { DANE_DEPARTMENTS } from "@/lib/platform/dane-departments";
import { normaliseHeader } from "./official-layout";

const CODE_BY_NAME = new Map<string, string>(Object.entries(DANE_DEPARTMENTS).map(([code, name]) => [normaliseHeader(name), code]));
// Short names used in published files.
CODE_BY_NAME.set("bogota", "11");
CODE_BY_NAME.set("bogota d c", "11");
CODE_BY_NAME.set("san andres", "88");
CODE_BY_NAME.set("san andres providencia y santa catalina", "88");
CODE_BY_NAME.set("archipielago de san andres", "88");

export function departmentCodeOf(name: string | null): string | null {
  return name ? (CODE_BY_NAME.get(normaliseHeader(name)) ?? null) : null;
}
