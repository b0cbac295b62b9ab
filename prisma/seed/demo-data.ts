// The demo tenants: two alcaldías of Antioquia and their gobernación, with a
// person for every role in each, a departmental advisor, the platform operator
// and one person who belongs to two entities (to try the entity switcher).
// DANE codes are real; NIT and SIGEP codes are invented for the demo.
import type { EntityInput } from "./factories";
import type { MemberRole } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "Faro-Demo-2026";

export const DEMO_ENTITIES = [
  {
    slug: "rionegro",
    entity: {
      name: "Alcaldía de Rionegro",
      nit: "890907317-2",
      sigepCode: "900615",
      type: "ALCALDIA",
      departmentCode: "05",
      departmentName: "Antioquia",
      municipalityCode: "05615",
      municipalityName: "Rionegro",
      municipalCategory: "PRIMERA",
      peerGroup: "Municipios categoría 1 y 2",
    },
  },
  {
    slug: "guarne",
    entity: {
      name: "Alcaldía de Guarne",
      nit: "890982055-6",
      sigepCode: "900318",
      type: "ALCALDIA",
      departmentCode: "05",
      departmentName: "Antioquia",
      municipalityCode: "05318",
      municipalityName: "Guarne",
      municipalCategory: "SEXTA",
      peerGroup: "Municipios categoría 5 y 6",
    },
  },
  {
    slug: "antioquia",
    entity: {
      name: "Gobernación de Antioquia",
      nit: "890900286-0",
      sigepCode: "900005",
      type: "GOBERNACION",
      departmentCode: "05",
      departmentName: "Antioquia",
      municipalCategory: "ESPECIAL",
      peerGroup: "Departamentos",
    },
  },
] as const satisfies readonly { slug: string; entity: EntityInput }[];

export const DEMO_ROLES: { role: MemberRole; label: string; person: string }[] = [
  { role: "ADMIN", label: "Administrador de la entidad", person: "Ana Administradora" },
  { role: "PLANEACION", label: "Oficina de planeación", person: "Pedro Planeación" },
  { role: "RESPONSABLE", label: "Responsable de política", person: "Rosa Responsable" },
  { role: "COMITE", label: "Comité Institucional de Gestión y Desempeño", person: "Carlos Comité" },
  { role: "CONTROL_INTERNO", label: "Control interno", person: "Clara Control" },
  { role: "LECTOR", label: "Solo lectura", person: "Luis Lector" },
];

export function demoEmail(role: string, slug: string): string {
  return `${role.toLowerCase().replace(/_/g, "-")}.${slug}@demo.faro.co`;
}

export const DEMO_ADVISOR_EMAIL = "asesor.antioquia@demo.faro.co";
export const DEMO_SUPERADMIN_EMAIL = "operador@demo.faro.co";
export const DEMO_MULTI_ENTITY_EMAIL = "multi.entidad@demo.faro.co";
